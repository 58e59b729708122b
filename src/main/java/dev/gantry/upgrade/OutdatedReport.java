package dev.gantry.upgrade;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.gantry.catalog.Lifecycle;
import dev.gantry.targets.ArtifactSummary;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** `gantry outdated`'s report of the rows of a file on a day, as a table for a terminal, Markdown or JSON. */
public final class OutdatedReport {

    private static final List<String> HEADERS = List.of("where", "pin", "pinned", "line", "end of life", "newest",
            "upgrade to");

    private final String file;
    private final LocalDate day;
    private final List<Outdated.Row> rows;

    public OutdatedReport(String file, LocalDate day, List<Outdated.Row> rows) {
        this.file = file;
        this.day = day;
        this.rows = rows;
    }

    /** Whether a pinned line's support ended before the day. */
    public boolean anyPastEndOfLife() {
        return rows.stream().anyMatch(r -> r.pastEndOfLife(day));
    }

    public String text() {
        List<List<String>> table = new ArrayList<>();
        table.add(HEADERS);
        rows.forEach(r -> table.add(cells(r, r.pastEndOfLife(day) ? " (past)" : "")));
        int[] widths = new int[HEADERS.size()];
        table.forEach(row -> {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        });
        StringBuilder out = new StringBuilder(headline()).append("\n\n");
        for (List<String> row : table) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                line.append(String.format(Locale.ROOT, "%-" + widths[i] + "s  ", row.get(i)));
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.append(heldBack(false)).append('\n').append(sources(false)).toString();
    }

    public String markdown() {
        StringBuilder out = new StringBuilder("### Pinned versions in ").append(ArtifactSummary.code(file))
                .append("\n\n").append(headline()).append("\n\n| ").append(String.join(" | ", HEADERS)).append(" |\n|")
                .append("---|".repeat(HEADERS.size())).append('\n');
        for (Outdated.Row row : rows) {
            List<String> cells = new ArrayList<>(cells(row, ""));
            cells.set(1, ArtifactSummary.code(cells.get(1)));
            cells.set(2, ArtifactSummary.code(cells.get(2)));
            if (row.pastEndOfLife(day)) {
                cells.set(4, "**" + cells.get(4) + " (past)**");
            }
            out.append("| ").append(String.join(" | ", cells.stream().map(c -> c.replace("|", "\\|")).toList()))
                    .append(" |\n");
        }
        return out.append(heldBack(true)).append('\n').append(sources(true)).toString();
    }

    public String json() {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
            json.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")).withSeparators(Separators
                            .createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER)));
            json.writeStartObject();
            json.writeStringField("file", file);
            json.writeStringField("date", day.toString());
            json.writeBooleanField("pastEndOfLife", anyPastEndOfLife());
            json.writeArrayFieldStart("pins");
            for (Outdated.Row row : rows) {
                pin(json, row);
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }

    private void pin(JsonGenerator json, Outdated.Row row) throws IOException {
        Pin pin = row.pin();
        json.writeStartObject();
        json.writeNumberField("line", pin.at().line());
        json.writeNumberField("column", pin.at().column());
        json.writeStringField("pin", pin.path());
        json.writeStringField("kind", pin.kind().name().toLowerCase(Locale.ROOT));
        json.writeStringField("value", pin.value());
        json.writeStringField("name", pin.owner());
        json.writeStringField("product", pin.product());
        optional(json, "version", pin.version());
        optional(json, "releaseLine", row.line());
        json.writeStringField("support", row.support().map(s -> s.support().name().toLowerCase(Locale.ROOT)
                .replace('_', ' ')).orElse("unknown"));
        optional(json, "endOfLife", row.support().flatMap(Lifecycle.Line::eol).map(LocalDate::toString));
        json.writeBooleanField("pastEndOfLife", row.pastEndOfLife(day));
        optional(json, "newest", row.newest());
        optional(json, "upgradeTo", row.move().to());
        optional(json, "upgradeValue", row.move().value());
        json.writeBooleanField("crossesMajor", row.move().crossesMajor());
        json.writeArrayFieldStart("heldBack");
        for (Move.Refusal refusal : row.move().refused()) {
            json.writeStartObject();
            json.writeStringField("version", refusal.version());
            json.writeStringField("reason", refusal.reason());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("environments");
        for (String env : pin.environments()) {
            json.writeString(env);
        }
        json.writeEndArray();
        optional(json, "source", pin.lifecycle().map(Lifecycle::source));
        optional(json, "checked", pin.lifecycle().map(l -> l.checked().toString()));
        json.writeEndObject();
    }

    private static void optional(JsonGenerator json, String field, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            json.writeStringField(field, value.get());
        } else {
            json.writeNullField(field);
        }
    }

    private String headline() {
        long past = rows.stream().filter(r -> r.pastEndOfLife(day)).count();
        long newer = rows.stream().filter(r -> r.move().to().isPresent()).count();
        return file + " on " + day + ": " + rows.size() + (rows.size() == 1 ? " pinned version, " : " pinned versions, ")
                + past + " past " + (past == 1 ? "its" : "their") + " end of life, " + newer + " to upgrade";
    }

    private static List<String> cells(Outdated.Row row, String past) {
        Pin pin = row.pin();
        Move move = row.move();
        return List.of(pin.at().toString(), pin.path(), pin.value(), row.line().orElse("?"),
                row.support().map(Lifecycle.Line::end).orElse("unknown") + past, row.newest().orElse("unknown"),
                move.to().map(to -> to + (move.crossesMajor() ? " (new major)" : "")).orElse("-"));
    }

    /** The newer versions that were tried and refused, each with its reason; empty when there are none. */
    private String heldBack(boolean markdown) {
        StringBuilder out = new StringBuilder();
        for (Outdated.Row row : rows) {
            for (Move.Refusal refusal : row.move().refused()) {
                String path = markdown ? ArtifactSummary.code(row.pin().path()) : row.pin().path();
                String value = markdown ? ArtifactSummary.code(row.pin().with(refusal.version()))
                        : row.pin().with(refusal.version());
                out.append(markdown ? "- " : "  ").append(path)
                        .append(refusal.version().isEmpty() ? "" : " -> " + value)
                        .append(": ").append(refusal.reason()).append('\n');
            }
        }
        return out.isEmpty() ? "" : "\nHeld back (newer versions a target of this file cannot run):\n"
                + (markdown ? "\n" : "") + out;
    }

    /** Where the support dates shown come from, each source once. */
    private String sources(boolean markdown) {
        Map<String, Lifecycle> used = new TreeMap<>();
        rows.forEach(r -> r.pin().lifecycle().ifPresent(l -> used.put(l.product(), l)));
        if (used.isEmpty()) {
            return "No support dates are known for these versions.\n";
        }
        List<String> each = new ArrayList<>();
        used.values().forEach(l -> each.add((markdown ? "[" + l.product() + "](" + l.source() + ")"
                : l.product() + " " + l.source()) + " (checked " + l.checked() + ")"));
        return "Support dates: " + String.join(", ", each) + ".\n";
    }
}
