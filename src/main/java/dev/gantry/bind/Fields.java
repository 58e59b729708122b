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
        return map.get(key).filter(YScalar.class::isInstance).map(n -> (YScalar) n)
                .filter(s -> !s.isNull()).map(YScalar::asText);
    }

    public static Optional<Located<String>> located(YMap map, String key) {
        return map.get(key).filter(YScalar.class::isInstance).map(n -> (YScalar) n)
                .filter(s -> !s.isNull()).map(s -> new Located<>(s.asText(), s.position()));
    }

    public static boolean flag(YMap map, String key) {
        return map.get(key).filter(YScalar.class::isInstance)
                .map(n -> Boolean.TRUE.equals(((YScalar) n).value())).orElse(false);
    }

    public static Optional<Boolean> optionalFlag(YMap map, String key) {
        return map.get(key).filter(YScalar.class::isInstance).map(n -> ((YScalar) n).value())
                .filter(Boolean.class::isInstance).map(Boolean.class::cast);
    }

    public static OptionalInt integer(YMap map, String key) {
        Optional<Object> v = map.get(key).filter(YScalar.class::isInstance).map(n -> ((YScalar) n).value());
        return v.filter(Long.class::isInstance).map(l -> OptionalInt.of(((Long) l).intValue())).orElse(OptionalInt.empty());
    }

    public static Optional<Double> number(YMap map, String key) {
        return map.get(key).filter(YScalar.class::isInstance).map(n -> ((YScalar) n).value())
                .filter(Number.class::isInstance).map(n -> ((Number) n).doubleValue());
    }

    public static YMap map(YMap map, String key) {
        return map.get(key).filter(YMap.class::isInstance).map(YMap.class::cast)
                .orElse(new YMap(Map.of(), map.position()));
    }

    public static Optional<YMap> optionalMap(YMap map, String key) {
        return map.get(key).filter(YMap.class::isInstance).map(YMap.class::cast);
    }

    public static List<YNode> list(YMap map, String key) {
        return map.get(key).filter(YSeq.class::isInstance).map(n -> ((YSeq) n).items()).orElse(List.of());
    }

    public static List<String> strings(YMap map, String key) {
        return locatedStrings(map, key).stream().map(Located::value).toList();
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
        map(map, key).entries().forEach((k, e) -> {
            if (e.value() instanceof YScalar s) {
                out.put(k, new Located<>(scalarText(s), s.position()));
            }
        });
        return out;
    }

    /** A scalar's value as text: strings as they are, numbers and booleans as written. */
    public static String scalarText(YScalar s) {
        return s.value() instanceof Boolean b ? b.toString() : s.asText();
    }

    public static Optional<Command> command(YMap map, String key) {
        return map.get(key).flatMap(Fields::command);
    }

    public static Optional<Command> command(YNode node) {
        if (node instanceof YScalar s && !s.isNull()) {
            return Optional.of(new Command(List.of(s.asText()), true));
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
        return optionalMap(map, key).map(h -> new HealthCheck(command(h, "test"), string(h, "interval"),
                string(h, "timeout"), integer(h, "retries"), string(h, "start_period"), flag(h, "disable")));
    }
}
