package dev.gantry.emit;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;

/** Unified diffs (three lines of context), as `git diff` prints them and reviewers read them. */
public final class UnifiedDiff {

    private static final int CONTEXT = 3;
    private static final String NO_NEWLINE = "\\ No newline at end of file";

    private UnifiedDiff() {
    }

    /** The diff that turns the file on disk into what Gantry would write: {@code a/} is the disk. */
    public static String of(FileChange change) {
        String from = change.onDisk().isPresent() ? "a/" + change.path() : "/dev/null";
        String to = change.generated().isPresent() ? "b/" + change.path() : "/dev/null";
        return between(from, change.before(), to, change.after());
    }

    /** The diff from {@code oldText} (named {@code oldName}) to {@code newText}; empty when they are equal. */
    public static String between(String oldName, String oldText, String newName, String newText) {
        List<String> oldLines = lines(oldText);
        List<String> newLines = lines(newText);
        Patch<String> patch = DiffUtils.diff(oldLines, newLines);
        if (patch.getDeltas().isEmpty()) {
            return "";
        }
        List<String> diff = UnifiedDiffUtils.generateUnifiedDiff(oldName, newName, oldLines, patch, CONTEXT);
        return String.join("\n", diff) + "\n";
    }

    /** The lines of a text; a last line without a line break is followed by git's marker for it. */
    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        if (lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        } else {
            lines.add(NO_NEWLINE);
        }
        return lines;
    }
}
