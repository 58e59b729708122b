package dev.gantry.emit.summary;

import static dev.gantry.targets.ArtifactSummary.code;

import dev.gantry.targets.ArtifactSummary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads two versions of a Dockerfile as build stages ({@code FROM ... AS name}) and says, per
 * stage, what changed: the base image, ENV, LABEL and ARG values by key, and any other instruction
 * (RUN, COPY, USER, CMD ...) added or removed.
 */
final class DockerfileSummary implements ArtifactSummary {

    private static final List<String> KEYED = List.of("ENV", "LABEL", "ARG");

    /** One build stage: its base, its keyed values, and its other instructions in order. */
    private record Stage(String from, Map<String, Map<String, String>> keyed, List<String> other) {
    }

    @Override
    public List<Meaning> describe(String path, String before, String after) {
        Map<String, Stage> old = parse(before);
        Map<String, Stage> now = parse(after);
        Set<String> names = new LinkedHashSet<>(old.keySet());
        names.addAll(now.keySet());
        List<Meaning> out = new ArrayList<>();
        for (String name : names) {
            String subject = "build target " + code(name);
            Stage a = old.get(name);
            Stage b = now.get(name);
            if (a == null) {
                out.add(new Meaning(subject, "added, FROM " + code(b.from())));
            } else if (b == null) {
                out.add(new Meaning(subject, "removed"));
            } else {
                compare(a, b).forEach(change -> out.add(new Meaning(subject, change)));
            }
        }
        return out;
    }

    private static List<String> compare(Stage a, Stage b) {
        List<String> changes = new ArrayList<>();
        if (!a.from().equals(b.from())) {
            changes.add("FROM " + code(a.from()) + " -> " + code(b.from()));
        }
        for (String keyword : KEYED) {
            Map<String, String> x = a.keyed().get(keyword);
            Map<String, String> y = b.keyed().get(keyword);
            Set<String> keys = new LinkedHashSet<>(x.keySet());
            keys.addAll(y.keySet());
            for (String key : keys) {
                if (!y.containsKey(key)) {
                    changes.add(keyword + " " + code(key) + " removed (was " + code(x.get(key)) + ")");
                } else if (!x.containsKey(key)) {
                    changes.add(keyword + " " + code(key) + " added: " + code(y.get(key)));
                } else if (!Objects.equals(x.get(key), y.get(key))) {
                    changes.add(keyword + " " + code(key) + ": " + code(x.get(key)) + " -> " + code(y.get(key)));
                }
            }
        }
        List<String> removed = new ArrayList<>(a.other());
        b.other().forEach(removed::remove);
        List<String> added = new ArrayList<>(b.other());
        a.other().forEach(added::remove);
        removed.forEach(i -> changes.add(keyword(i) + " removed: " + code(arguments(i))));
        added.forEach(i -> changes.add(keyword(i) + " added: " + code(arguments(i))));
        if (removed.isEmpty() && added.isEmpty() && !a.other().equals(b.other())) {
            changes.add("instructions reordered");
        }
        return changes;
    }

    /** The stages of a Dockerfile by name (or {@code #N} when unnamed), in file order. */
    private static Map<String, Stage> parse(String text) {
        Map<String, Stage> stages = new LinkedHashMap<>();
        Stage current = null;
        for (String instruction : instructions(text)) {
            String keyword = keyword(instruction);
            String args = arguments(instruction);
            if (keyword.equals("FROM")) {
                String[] words = args.split("\\s+");
                boolean named = words.length >= 3 && words[words.length - 2].equalsIgnoreCase("AS");
                String name = named ? words[words.length - 1] : "#" + stages.size();
                String from = named ? args.substring(0, args.toUpperCase(Locale.ROOT).lastIndexOf(" AS ")).strip()
                        : args;
                Map<String, Map<String, String>> keyed = new LinkedHashMap<>();
                KEYED.forEach(k -> keyed.put(k, new LinkedHashMap<>()));
                current = new Stage(from, keyed, new ArrayList<>());
                stages.put(name, current);
            } else if (current != null && KEYED.contains(keyword)) {
                current.keyed().get(keyword).putAll(KeyValues.parse(args));
            } else if (current != null) {
                current.other().add(keyword + " " + args);
            }
        }
        return stages;
    }

    /** Instructions with their continuation lines joined; comments and blank lines dropped. */
    private static List<String> instructions(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        for (String raw : text.split("\n", -1)) {
            String line = raw.strip();
            if (line.startsWith("#") || (line.isEmpty() && pending.isEmpty())) {
                continue;
            }
            if (line.endsWith("\\")) {
                pending.append(line, 0, line.length() - 1).append(' ');
            } else {
                out.add(pending.append(line).toString().strip());
                pending.setLength(0);
            }
        }
        if (!pending.isEmpty()) {
            out.add(pending.toString().strip());
        }
        return out;
    }

    private static String keyword(String instruction) {
        int space = instruction.indexOf(' ');
        return (space < 0 ? instruction : instruction.substring(0, space)).toUpperCase(Locale.ROOT);
    }

    private static String arguments(String instruction) {
        int space = instruction.indexOf(' ');
        return space < 0 ? "" : instruction.substring(space + 1).strip();
    }
}
