package dev.gantry.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** One kind of the service catalog, as catalog.yaml describes it. */
public record CatalogEntry(String kind, String description, Category category, Versions versions,
        Container container, Settings settings, Map<String, String> connection, boolean inFront,
        EcsMapping ecs, ServiceType platformsh, Optional<DumpCommands> dump) {

    private static final Pattern PATCH = Pattern.compile("\\.[0-9]+");

    /** What a kind is for; ECS asks an environment to decide how it runs databases, caches, ... */
    public enum Category {
        DATABASE, CACHE, HTTP_CACHE, SEARCH, QUEUE, CONFIG, STORAGE, TOOL;

        public static Category of(String value) {
            return valueOf(value.toUpperCase(Locale.ROOT).replace('-', '_'));
        }

        /** The category as catalog.yaml writes it: {@code http-cache}. */
        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * The version lines the catalog supports (with {@code full} a patch number is required), and the
     * {@code retired} ones past their end of life, accepted with a warning.
     */
    public record Versions(List<String> lines, boolean full, List<String> retired) {
    }

    /**
     * The container: image repository and tag template, ports, where it keeps data, environment,
     * command and health check templates, its config file and one-shot init container.
     */
    public record Container(String image, String tag, int port, List<Integer> extraPorts, Optional<String> data,
            Map<String, String> env, List<String> command, Optional<HealthTemplate> healthcheck,
            Optional<ConfigFile> configFile, Optional<InitTemplate> init) {
    }

    /** The {@code config:} settings users may give (defaults and further ones), and the kind's secrets. */
    public record Settings(Map<String, String> defaults, List<String> extra, List<String> secrets) {
    }

    public record HealthTemplate(List<String> test, Optional<String> interval, Optional<String> timeout,
            Optional<Integer> retries, Optional<String> startPeriod) {
    }

    /** A configuration file generated from {@code template} (or given by the user as {@code config.<key>}). */
    public record ConfigFile(String key, String template, String name, String mount) {
    }

    /** A one-shot container that prepares the service once it is healthy (e.g. creates a bucket). */
    public record InitTemplate(String image, String tag, Map<String, String> env, List<String> command) {
    }

    /**
     * How ECS runs the kind: the AWS service that replaces it (for the hint when an environment has
     * not decided), and the command that replaces the catalog's where ECS cannot mount its config file.
     */
    public record EcsMapping(Optional<String> managed, List<String> command) {
    }

    /**
     * How deploy/dump-prod.sh copies a database of this kind: dumps of one {@code format} import
     * into each other; {@code dump} runs in the service's container, {@code clientDump} against an
     * external host, {@code importCommand} reads the dump on stdin.
     */
    public record DumpCommands(String format, String dump, String clientDump, String importCommand) {
    }

    public String image() {
        return container.image();
    }

    public int port() {
        return container.port();
    }

    public Optional<String> data() {
        return container.data();
    }

    public Optional<ConfigFile> configFile() {
        return container.configFile();
    }

    /** Whether the catalog supports {@code version}: a listed line, or a line plus a patch number. */
    public boolean supports(String version) {
        return matches(versions.lines(), version);
    }

    /** Whether {@code version} is of a line past its end of life that the catalog still accepts. */
    public boolean retired(String version) {
        return matches(versions.retired(), version);
    }

    private boolean matches(List<String> lines, String version) {
        for (String line : lines) {
            if (version.equals(line) && !versions.full()) {
                return true;
            }
            if (version.startsWith(line) && PATCH.matcher(version.substring(line.length())).matches()) {
                return true;
            }
        }
        return false;
    }

    /** The settings users may give under {@code config:} for this kind. */
    public List<String> settingNames() {
        java.util.Set<String> keys = new java.util.TreeSet<>(settings.defaults().keySet());
        container.configFile().ifPresent(f -> keys.add(f.key()));
        container.data().ifPresent(d -> keys.add("disk"));
        keys.addAll(settings.extra());
        return List.copyOf(keys);
    }
}
