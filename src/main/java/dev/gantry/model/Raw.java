package dev.gantry.model;

import dev.gantry.diag.Position;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A value of a {@code raw} block: a piece of a target's own format, written in environment.yaml
 * and merged into what Gantry generates. Mappings keep their order, every value and key keeps its
 * place in environment.yaml, and {@link Null} means "remove what Gantry generates here". Nothing
 * here is YAML: a writer of the artifact's format quotes each value as it quotes its own.
 */
public sealed interface Raw permits Raw.Mapping, Raw.Sequence, Raw.Text, Raw.Number, Raw.Flag, Raw.Null {

    Position at();

    /** One entry of a mapping, with the place of its key (where messages about the entry point). */
    record Entry(String key, Position keyAt, Raw value) {
    }

    record Mapping(Map<String, Entry> entries, Position at) implements Raw {

        public Mapping {
            entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        public boolean isEmpty() {
            return entries.isEmpty();
        }
    }

    record Sequence(List<Raw> items, Position at) implements Raw {

        public Sequence {
            items = List.copyOf(items);
        }
    }

    record Text(String value, Position at) implements Raw {
    }

    /** A number as JSON and YAML write it: decimal, no leading zeros ({@code 0x1F} is {@code 31}). */
    record Number(String text, Position at) implements Raw {
    }

    record Flag(boolean value, Position at) implements Raw {
    }

    /** Removes what Gantry would generate at this key. */
    record Null(Position at) implements Raw {
    }
}
