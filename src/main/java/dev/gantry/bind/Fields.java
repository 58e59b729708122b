package dev.gantry.bind;

import dev.gantry.load.YMap;
import dev.gantry.load.YNode;
import dev.gantry.load.YScalar;
import dev.gantry.load.YSeq;
import dev.gantry.model.Command;
import dev.gantry.model.HealthCheck;
import dev.gantry.model.Located;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** Typed reads from a mapping the schema has already validated. */
public final class Fields {

    private Fields() {
    }

    public static Optional<String> string(YMap map, String key) {
        return value(map, key) instanceof YScalar s && !s.isNull() ? Optional.of(s.asText()) : Optional.empty();
    }

    public static Optional<Located<String>> located(YMap map, String key) {
        return value(map, key) instanceof YScalar s && !s.isNull()
                ? Optional.of(new Located<>(s.asText(), s.position())) : Optional.empty();
    }

    public static boolean flag(YMap map, String key) {
        return value(map, key) instanceof YScalar s && Boolean.TRUE.equals(s.value());
    }

    public static Optional<Boolean> optionalFlag(YMap map, String key) {
        return value(map, key) instanceof YScalar s && s.value() instanceof Boolean b ? Optional.of(b)
                : Optional.empty();
    }

    public static OptionalInt integer(YMap map, String key) {
        return value(map, key) instanceof YScalar s && s.value() instanceof Long l ? OptionalInt.of(l.intValue())
                : OptionalInt.empty();
    }

    public static Optional<Double> number(YMap map, String key) {
        return value(map, key) instanceof YScalar s && s.value() instanceof Number n ? Optional.of(n.doubleValue())
                : Optional.empty();
    }

    public static YMap map(YMap map, String key) {
        return value(map, key) instanceof YMap m ? m : new YMap(Map.of(), map.position());
    }

    public static Optional<YMap> optionalMap(YMap map, String key) {
        return value(map, key) instanceof YMap m ? Optional.of(m) : Optional.empty();
    }

    public static List<YNode> list(YMap map, String key) {
        return value(map, key) instanceof YSeq seq ? seq.items() : List.of();
    }

    public static List<String> strings(YMap map, String key) {
        return locatedStrings(map, key).stream().map(Located::value).toList();
    }

    /** The node under {@code key}, or null: what the reads above test with {@code instanceof}. */
    private static YNode value(YMap map, String key) {
        return map.get(key).orElse(null);
    }

    public static List<Located<String>> locatedStrings(YMap map, String key) {
        List<Located<String>> out = new ArrayList<>();
        for (YNode item : list(map, key)) {
            if (item instanceof YScalar s) {
                out.add(new Located<>(s.asText(), s.position()));
            }
        }
        return out;
    }

    /** A mapping of scalars as strings, in source order; {@code 1.10} as written stays "1.10". */
    public static Map<String, Located<String>> scalarMap(YMap map, String key) {
        Map<String, Located<String>> out = new LinkedHashMap<>();
        for (YMap.Entry entry : map(map, key).entries().values()) {
            if (entry.value() instanceof YScalar s) {
                out.put(entry.key(), new Located<>(scalarText(s), s.position()));
            }
        }
        return out;
    }

    /** A scalar's value as text: strings as they are, numbers and booleans as written. */
    public static String scalarText(YScalar s) {
        return s.value() instanceof Boolean b ? b.toString() : s.asText();
    }

    public static Optional<Command> command(YMap map, String key) {
        YNode node = value(map, key);
        return node == null ? Optional.empty() : command(node);
    }

    /**
     * A command where a string runs in the shell, as in a Dockerfile and a health check: a string and
     * {@code {shell: ...}} run with {@code /bin/sh -c}, a list runs as it is.
     */
    public static Optional<Command> command(YNode node) {
        if (node instanceof YScalar s && !s.isNull()) {
            return Optional.of(new Command(List.of(s.asText()), true));
        }
        if (node instanceof YMap shell) {
            return string(shell, "shell").map(line -> new Command(List.of(line), true));
        }
        if (node instanceof YSeq seq) {
            List<String> args = new ArrayList<>();
            for (YNode item : seq.items()) {
                args.add(((YScalar) item).asText());
            }
            return Optional.of(new Command(args, false));
        }
        return Optional.empty();
    }

    public static Optional<HealthCheck> healthcheck(YMap map, String key) {
        if (!(value(map, key) instanceof YMap h)) {
            return Optional.empty();
        }
        return Optional.of(new HealthCheck(command(h, "test"), string(h, "interval"), string(h, "timeout"),
                integer(h, "retries"), string(h, "start_period"), flag(h, "disable")));
    }
}
