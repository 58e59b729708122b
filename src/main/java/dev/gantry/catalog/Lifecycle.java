package dev.gantry.catalog;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * How long each release line of one product is supported, as {@code lifecycles.yaml} says: where
 * the dates come from ({@code source}) and the day they were copied from it ({@code checked}).
 */
public record Lifecycle(String product, String source, LocalDate checked, Map<String, Line> lines) {

    /** What the source says of a line's end. */
    public enum Support { ENDS, NO_END_ANNOUNCED, UNKNOWN }

    /** One release line: when its support ends, and its newest patch release on the {@code checked} day. */
    public record Line(String name, Support support, Optional<LocalDate> eol, Optional<String> latest) {

        /** Whether support ended before {@code day}. */
        public boolean endedBefore(LocalDate day) {
            return eol.filter(day::isAfter).isPresent();
        }

        /** The end as a person reads it: a date, "none announced" or "unknown". */
        public String end() {
            return switch (support) {
                case ENDS -> eol.orElseThrow().toString();
                case NO_END_ANNOUNCED -> "none announced";
                case UNKNOWN -> "unknown";
            };
        }
    }

    /** The line {@code version} belongs to: 10.11 for 10.11.9; 9 for 9.7 when only 9 is dated. */
    public Optional<Line> line(String version) {
        return Versions.lineOf(lines.keySet(), version).map(lines::get);
    }
}
