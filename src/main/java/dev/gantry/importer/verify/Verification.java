package dev.gantry.importer.verify;

import dev.gantry.importer.Carry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The outcome of {@code import --verify}: for each original file, its settings carried identically,
 * carried in another form (each named, with the form), and not carried (each named, with the
 * reason), and what Gantry added that no original says. Complete when every setting is carried.
 */
public record Verification(List<Row> rows, Map<String, List<String>> added, String method) {

    /** Whether every setting of the originals is carried, identically or in another form. */
    public boolean complete() {
        return merged().values().stream().flatMap(m -> m.values().stream()).allMatch(r -> r.carry() != Carry.NOT_CARRIED);
    }

    public long total() {
        return merged().values().stream().mapToLong(Map::size).sum();
    }

    public long count(Carry carry) {
        return merged().values().stream().flatMap(m -> m.values().stream()).filter(r -> r.carry() == carry).count();
    }

    /**
     * One row per setting of each file: a setting of a file that several environments read is
     * carried as well as it is carried in the worst of them (the note names that environment).
     */
    public Map<String, Map<String, Row>> merged() {
        Map<String, Map<String, Row>> out = new TreeMap<>();
        for (Row row : rows) {
            Map<String, Row> file = out.computeIfAbsent(row.origin().file(), f -> new LinkedHashMap<>());
            String key = row.origin() + " " + row.setting();
            Row existing = file.get(key);
            if (existing == null) {
                file.put(key, row);
            } else if (row.carry().ordinal() > existing.carry().ordinal()) {
                file.put(key, new Row(row.environment(), row.origin(), row.setting(), row.carry(),
                        (row.environment().isEmpty() ? "" : "in " + row.environment() + ": ") + row.note()));
            }
        }
        return out;
    }

    /** The tables, one per file, then the summary. */
    public String table() {
        StringBuilder out = new StringBuilder();
        out.append("Compared by meaning (").append(method).append(").\n");
        for (Map.Entry<String, Map<String, Row>> file : merged().entrySet()) {
            List<Row> rows = new ArrayList<>(file.getValue().values());
            rows.sort((a, b) -> a.origin().compareTo(b.origin()));
            out.append('\n').append(file.getKey()).append('\n');
            long identical = rows.stream().filter(r -> r.carry() == Carry.IDENTICAL).count();
            out.append(String.format("  %-28s %5d%n", "carried identically", identical));
            section(out, "carried in another form", rows, Carry.OTHER_FORM);
            section(out, "not carried", rows, Carry.NOT_CARRIED);
        }
        added.forEach((env, lines) -> {
            if (!lines.isEmpty()) {
                out.append("\nadded by Gantry in ").append(env).append(" (no original says it):\n");
                lines.forEach(l -> out.append("    ").append(l).append('\n'));
            }
        });
        long total = total();
        long notCarried = count(Carry.NOT_CARRIED);
        out.append('\n').append(notCarried == 0 ? "All " + total + " settings are carried"
                : notCarried + " of " + total + " settings are not carried").append(" (")
                .append(count(Carry.IDENTICAL)).append(" identically, ").append(count(Carry.OTHER_FORM))
                .append(" in another form).\n");
        return out.toString();
    }

    private static void section(StringBuilder out, String title, List<Row> rows, Carry carry) {
        List<Row> selected = rows.stream().filter(r -> r.carry() == carry).toList();
        out.append(String.format("  %-28s %5d%n", title, selected.size()));
        for (Row row : selected) {
            String at = row.origin().line() == 0 ? "" : row.origin().line() + ":" + row.origin().column();
            out.append("    ").append(String.format("%-8s", at)).append(row.setting()).append('\n');
            out.append("            ").append(row.note() == null ? "" : row.note()).append('\n');
        }
    }
}
