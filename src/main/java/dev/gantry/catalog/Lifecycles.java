package dev.gantry.catalog;

import dev.gantry.bind.Fields;
import dev.gantry.load.BundledYaml;
import dev.gantry.load.YMap;
import dev.gantry.load.YScalar;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The support dates shipped in {@code lifecycles.yaml}, loaded on first use (only the commands that
 * report or move versions read them), found by catalog kind, official image or Platform.sh runtime.
 */
public final class Lifecycles {

    private final Map<String, Lifecycle> byKind = new HashMap<>();
    private final Map<String, Lifecycle> byImage = new HashMap<>();
    private final Map<String, Lifecycle> byRuntime = new HashMap<>();

    private static final class Holder {
        static final Lifecycles INSTANCE = new Lifecycles(BundledYaml.load("lifecycles.yaml"));
    }

    private Lifecycles(YMap root) {
        root.entries().forEach((product, e) -> {
            YMap m = (YMap) e.value();
            Lifecycle lifecycle = new Lifecycle(product, Fields.string(m, "source").orElseThrow(),
                    LocalDate.parse(Fields.string(m, "checked").orElseThrow()), lines(Fields.map(m, "lines")));
            Fields.strings(m, "kinds").forEach(kind -> byKind.put(kind, lifecycle));
            Fields.strings(m, "images").forEach(image -> byImage.put(image, lifecycle));
            Fields.strings(m, "runtimes").forEach(runtime -> byRuntime.put(runtime, lifecycle));
        });
    }

    public static Lifecycles get() {
        return Holder.INSTANCE;
    }

    public Optional<Lifecycle> ofKind(String kind) {
        return Optional.ofNullable(byKind.get(kind));
    }

    /** The lifecycle of an official image, by repository: {@code php}, {@code docker.io/library/php}. */
    public Optional<Lifecycle> ofImage(String repository) {
        return Optional.ofNullable(byImage.get(repository.replaceFirst("^(docker\\.io/)?(library/)?", "")));
    }

    /** The lifecycle of a Platform.sh runtime ({@code php}, {@code nodejs}). */
    public Optional<Lifecycle> ofRuntime(String runtime) {
        return Optional.ofNullable(byRuntime.get(runtime));
    }

    private static Map<String, Lifecycle.Line> lines(YMap lines) {
        Map<String, Lifecycle.Line> out = new LinkedHashMap<>();
        lines.entries().forEach((name, e) -> {
            YMap line = (YMap) e.value();
            Optional<YScalar> eol = line.get("eol").map(YScalar.class::cast);
            Lifecycle.Support support = eol.isEmpty() ? Lifecycle.Support.UNKNOWN
                    : Boolean.FALSE.equals(eol.get().value()) ? Lifecycle.Support.NO_END_ANNOUNCED
                    : Lifecycle.Support.ENDS;
            out.put(name, new Lifecycle.Line(name, support, support == Lifecycle.Support.ENDS
                    ? Optional.of(LocalDate.parse(eol.get().asText())) : Optional.empty(), Fields.string(line, "latest")));
        });
        return out;
    }
}
