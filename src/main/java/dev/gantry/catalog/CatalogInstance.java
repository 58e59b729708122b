package dev.gantry.catalog;

import dev.gantry.model.CatalogConfig;
import dev.gantry.model.Command;
import dev.gantry.model.HealthCheck;
import dev.gantry.util.Sizes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A catalog entry applied to one service: its settings (defaults overlaid with the service's
 * {@code config:}), its secrets as variables named {@code <PREFIX>_<SECRET>} and its data volume
 * (both named after the service unless the file pins them: {@link InstanceNames}), and the endpoint
 * it is reached at.
 */
public final class CatalogInstance {

    private final CatalogEntry entry;
    private final String service;
    private final String version;
    private final InstanceNames names;
    private final Map<String, String> texts = new LinkedHashMap<>();
    private final Map<String, String> secretVariables = new LinkedHashMap<>();

    public CatalogInstance(CatalogEntry entry, String service, String version, CatalogConfig config,
            Endpoint endpoint) {
        this(entry, service, version, config, endpoint, InstanceNames.defaults(service));
    }

    public CatalogInstance(CatalogEntry entry, String service, String version, CatalogConfig config,
            Endpoint endpoint, InstanceNames names) {
        this.entry = entry;
        this.service = service;
        this.version = version;
        this.names = names;
        texts.putAll(entry.settings().defaults());
        config.settings().forEach((key, setting) -> {
            if (!setting.isList()) {
                texts.put(key, setting(key, setting));
            }
        });
        endpoint.user().ifPresent(u -> texts.put("user", u));
        endpoint.database().ifPresent(d -> texts.put("database", d));
        texts.put("service", service);
        texts.put("host", endpoint.host());
        texts.put("port", Integer.toString(endpoint.port().orElse(entry.port())));
        texts.put("version", version);
        for (String secret : entry.settings().secrets()) {
            secretVariables.put(secret, names.variable(secret));
        }
        endpoint.passwordVariable().ifPresent(v -> secretVariables.put("password", v));
    }

    private static String setting(String key, CatalogConfig.Setting value) {
        return switch (key) {
            case "memory" -> Long.toString(Sizes.toMiB(value.text()));
            case "persistent" -> Boolean.TRUE.equals(value.value()) ? "yes" : "no";
            default -> value.text();
        };
    }

    public CatalogEntry entry() {
        return entry;
    }

    public String service() {
        return service;
    }

    public String version() {
        return version;
    }

    /** The named volume the service keeps its data in, when its kind keeps data. */
    public Optional<String> dataVolume() {
        return entry.data().map(path -> names.dataVolume());
    }

    public String image() {
        return entry.image() + ":" + expand(entry.container().tag()).literal().orElseThrow();
    }

    /**
     * Whether the data in its data folder must outlive the container: not an HTTP cache's, nor that
     * of a store told not to persist ({@code config.persistent: false}).
     */
    public boolean keepsData() {
        return entry.data().isPresent() && entry.category() != CatalogEntry.Category.HTTP_CACHE
                && !"no".equals(texts.get("persistent"));
    }

    public Optional<String> setting(String key) {
        return Optional.ofNullable(texts.get(key));
    }

    public Map<String, Value> env() {
        Map<String, Value> out = new LinkedHashMap<>();
        entry.container().env().forEach((k, v) -> out.put(k, expand(v)));
        return out;
    }

    public List<Value> command() {
        return entry.container().command().stream().map(this::expand).toList();
    }

    public Optional<HealthCheck> healthcheck() {
        return entry.container().healthcheck().map(h -> new HealthCheck(
                Optional.of(new Command(h.test().stream().map(t -> expand(t).literal().orElseThrow()).toList(), false)),
                h.interval(), h.timeout(), h.retries().map(OptionalInt::of).orElse(OptionalInt.empty()),
                h.startPeriod(), false));
    }

    /** A connection detail ({@code host}, {@code url}, ...) that dependents may reference. */
    public Optional<Value> connection(String field) {
        return Optional.ofNullable(entry.connection().get(field)).map(this::expand);
    }

    /** The variables this instance needs from where it runs, each with what it holds, in a stable order. */
    public Map<String, String> secretVariables() {
        Map<String, String> out = new LinkedHashMap<>();
        secretVariables.forEach((secret, variable) -> out.put(variable,
                secret.replace('_', ' ') + " of service " + service + " (" + entry.kind() + ")"));
        return out;
    }

    public Optional<InitInstance> init() {
        return entry.container().init().map(i -> {
            Map<String, Value> env = new LinkedHashMap<>();
            i.env().forEach((k, v) -> env.put(k, expand(v)));
            List<Value> command = new ArrayList<>();
            i.command().forEach(c -> command.add(expand(c)));
            return new InitInstance(i.image() + ":" + i.tag(), env, command);
        });
    }

    /** A one-shot container of an instance, ready to run. */
    public record InitInstance(String image, Map<String, Value> env, List<Value> command) {
    }

    public Value expand(String template) {
        return Placeholders.expand(template, texts, secretVariables);
    }
}
