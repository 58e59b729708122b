package dev.gantry.catalog;

import dev.gantry.bind.Fields;
import dev.gantry.load.BundledYaml;
import dev.gantry.model.ImageReference;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Platform.sh runtimes ({@code php}, {@code nodejs}, ...), the versions Platform.sh offers, and
 * the official images that correspond to them, from {@code platformsh-runtimes.yaml}.
 */
public final class Runtimes {

    private static final Pattern LEADING_VERSION = Pattern.compile("^[0-9]+(\\.[0-9]+)*");
    private static final Runtimes INSTANCE = load();

    /**
     * A runtime: its name in {@code type}, the images it corresponds to, the versions offered, and
     * the versions past their end of life that Platform.sh still runs for projects that pin them.
     */
    public record Runtime(String name, List<String> images, List<String> versions, List<String> retired) {

        /** The version line offered for {@code version} ({@code 8.3.14} is {@code 8.3}), if any. */
        public Optional<String> line(String version) {
            return VersionLines.line(versions, version);
        }

        /** The retired version line {@code version} belongs to, if any. */
        public Optional<String> retiredLine(String version) {
            return VersionLines.line(retired, version);
        }
    }

    /** What an official image says about the runtime: the runtime, and the version its tag starts with. */
    public record Derived(Runtime runtime, String version) {
    }

    private final Map<String, Runtime> runtimes;

    private Runtimes(Map<String, Runtime> runtimes) {
        this.runtimes = runtimes;
    }

    public static Runtimes get() {
        return INSTANCE;
    }

    public Optional<Runtime> runtime(String name) {
        return Optional.ofNullable(runtimes.get(name));
    }

    public List<String> names() {
        return List.copyOf(runtimes.keySet());
    }

    /** The runtime an official image is, with the version its tag starts with ({@code php:8.3-fpm} is php 8.3). */
    public Optional<Derived> derive(ImageReference image) {
        String repository = image.repository().replaceFirst("^(docker\\.io/)?(library/)?", "");
        Optional<Runtime> runtime = runtimes.values().stream().filter(r -> r.images().contains(repository))
                .findFirst();
        Optional<Matcher> version = image.tag().map(LEADING_VERSION::matcher).filter(Matcher::find);
        if (runtime.isEmpty() || version.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Derived(runtime.get(), version.get().group()));
    }

    private static Runtimes load() {
        Map<String, Runtime> runtimes = new LinkedHashMap<>();
        BundledYaml.load("platformsh-runtimes.yaml").entries().forEach((name, e) -> {
            var m = (dev.gantry.load.YMap) e.value();
            runtimes.put(name, new Runtime(name, Fields.strings(m, "images"), Fields.strings(m, "versions"),
                    Fields.strings(m, "retired")));
        });
        return new Runtimes(runtimes);
    }
}
