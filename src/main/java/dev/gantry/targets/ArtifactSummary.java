package dev.gantry.targets;

import java.util.List;

/**
 * Says what a change to an artifact means, for `gantry diff`: not which lines changed, but that an
 * image tag, a port, an environment variable or a memory size did, and for which service. A target
 * returns one from {@link Target#summary()} when it can say more than the generic reading of its
 * artifacts' format (Dockerfile instructions; key paths of JSON and YAML files); what it says comes
 * after the generic reading.
 */
public interface ArtifactSummary {

    /**
     * The changes in meaning between two versions of the artifact at {@code path}, in the order a
     * reviewer should read them; empty when none can be told.
     */
    List<Meaning> describe(String path, String before, String after);

    /**
     * One change: {@code subject} is what it concerns ("service `app`", "build target `base`"),
     * {@code change} what happened to it ("`memory`: `1024` -> `2048`", "added").
     */
    record Meaning(String subject, String change) {
    }

    /**
     * What the change would cost an environment that runs, which a reviewer must not miss: data no
     * longer used, secrets no longer read. Shown before everything else, by {@code generate} too.
     * None by default.
     */
    default List<Warning> warnings(String path, String before, String after) {
        return List.of();
    }

    /** A warning: what happens ("prod: the data of `db` ... is no longer used"), and how to avoid it. */
    record Warning(String message, String hint) {
    }

    /**
     * Whether this summary's meanings are the headline of a report (what runs where): they come
     * before every other file's, and the generic reading of the file, which says the same in key
     * paths, is left out. No by default.
     */
    default boolean leads() {
        return false;
    }

    /**
     * Pictures of what changed, for the Markdown report: each titled, as Mermaid code. None by
     * default.
     */
    default List<Figure> figures(String path, String before, String after) {
        return List.of();
    }

    /** A titled Mermaid diagram. */
    record Figure(String title, String mermaid) {
    }

    /** The longest value a summary shows; a reviewer finds the rest in the diff. */
    int MAX_VALUE = 80;

    /**
     * {@code value} as a Markdown code span on one line (a line break shows as backslash-n), shortened
     * to {@link #MAX_VALUE} characters: how summaries quote values, readable as plain text too.
     */
    static String code(String value) {
        if (value.isEmpty()) {
            return "(empty)";
        }
        String line = value.replace("\r", "").replace("\n", "\\n");
        if (line.codePointCount(0, line.length()) > MAX_VALUE) {
            line = line.substring(0, line.offsetByCodePoints(0, MAX_VALUE - 3)) + "...";
        }
        String fence = fence(line, 1);
        String pad = line.startsWith("`") || line.endsWith("`") ? " " : "";
        return fence + pad + line + pad + fence;
    }

    /** A Markdown fence for {@code text}: more backticks than any run in it, at least {@code minimum}. */
    static String fence(String text, int minimum) {
        int longest = 0;
        for (int i = 0, run = 0; i < text.length(); i++) {
            run = text.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return "`".repeat(Math.max(minimum, longest + 1));
    }
}
