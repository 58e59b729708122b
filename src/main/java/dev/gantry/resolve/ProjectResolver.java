package dev.gantry.resolve;

import dev.gantry.bind.Fields;
import dev.gantry.bind.ImageBinder;
import dev.gantry.bind.RawBinder;
import dev.gantry.bind.ServiceBinder;
import dev.gantry.bind.SettingsBlocks;
import dev.gantry.diag.Diagnostics;
import dev.gantry.diag.Position;
import dev.gantry.diag.Problem;
import dev.gantry.load.SourceFile;
import dev.gantry.load.YMap;
import dev.gantry.load.YNode;
import dev.gantry.load.YScalar;
import dev.gantry.model.Environment;
import dev.gantry.model.EnvironmentKind;
import dev.gantry.model.EnvironmentSettings;
import dev.gantry.model.Image;
import dev.gantry.model.ImageBuild;
import dev.gantry.model.ImageSource;
import dev.gantry.model.Located;
import dev.gantry.model.Network;
import dev.gantry.model.Project;
import dev.gantry.model.ProjectSettings;
import dev.gantry.model.SecretSource;
import dev.gantry.model.Service;
import dev.gantry.model.ServiceSource;
import dev.gantry.model.Storage;
import dev.gantry.model.dockerfile.DockerfileSettings;
import dev.gantry.model.dump.DumpSettings;
import dev.gantry.util.Cycles;
import dev.gantry.util.Similarity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a schema-valid tree into the resolved project: images bound, and for every environment its
 * {@code extends} chain applied, its services overridden, filtered and bound, and its target
 * settings bound. A project always comes out: what cannot be resolved, and settings a target cannot
 * use, are reported and left out, and the caller stops before planning.
 */
public final class ProjectResolver {

    private final SourceFile source;
    private final YMap root;
    private final Diagnostics diagnostics;
    private final Set<String> imageNames;
    private final String projectName;
    /**
     * What the settings binders found: kept apart, because settings a target cannot use leave the
     * project whole, and lint still has something to say about it.
     */
    private final Diagnostics settingsFindings;
    /** The environments on an {@code extends} cycle. */
    private final Set<String> inCycle = new HashSet<>();
    /** Each environment's merged {@code extends} chain, once worked out; empty when it cannot be resolved. */
    private final Map<String, Optional<YMap>> chains = new HashMap<>();

    private ProjectResolver(SourceFile source, YMap root, Diagnostics diagnostics) {
        this.source = source;
        this.root = root;
        this.diagnostics = diagnostics;
        this.imageNames = Fields.map(root, "images").entries().keySet();
        this.projectName = Fields.string(Fields.map(root, "project"), "name").orElseThrow();
        this.settingsFindings = new Diagnostics(diagnostics.file());
    }

    /**
     * The resolved project. What cannot be resolved (an environment whose {@code extends} chain is broken, a
     * service without an image) is reported and left out, so that lint can check the rest.
     */
    public static Project resolve(SourceFile source, YNode root, Diagnostics diagnostics) {
        return new ProjectResolver(source, (YMap) root, diagnostics).run();
    }

    private Project run() {
        YMap project = Fields.map(root, "project");
        Map<String, Image> images = new LinkedHashMap<>();
        Fields.map(root, "images").entries().forEach((name, entry) ->
                images.put(name, ImageBinder.bind(name, (YMap) entry.value(), entry.keyPosition(), imageNames)));
        Map<String, Optional<String>> secrets = new LinkedHashMap<>();
        Fields.map(root, "secrets").entries().forEach((name, entry) ->
                secrets.put(name, entry.value() instanceof YMap m ? Fields.string(m, "description") : Optional.empty()));
        Map<String, Environment> environments = new LinkedHashMap<>();
        YMap envs = Fields.map(root, "environments");
        reportCycles(envs);
        for (Map.Entry<String, YMap.Entry> e : envs.entries().entrySet()) {
            chain(e.getKey(), envs).ifPresent(chain -> environments.put(e.getKey(),
                    environment(e.getKey(), envs.keyPosition(e.getKey()), chain)));
        }
        diagnostics.addAll(settingsFindings);
        return new Project(source.path(), projectName, Fields.string(project, "description"),
                Fields.string(project, "registry"), Fields.string(project, "source"), Fields.string(root, "templates"),
                images, storage(Optional.empty()), secrets, declaredServices(),
                environments, new ProjectSettings(SettingsBlocks.PROJECT_PIPELINES.bind(Fields.optionalMap(root,
                        "pipelines")), SettingsBlocks.PROJECT_DOCKERFILE.bind(Fields.optionalMap(root, "dockerfile"))
                        .orElse(DockerfileSettings.DEFAULT)));
    }

    /**
     * The environment's mapping with every ancestor of its {@code extends} chain laid under it; empty when
     * the chain reaches an undefined environment or a cycle. Each environment's chain is merged once and
     * reused by those that extend it, and every cycle is reported once ({@link #reportCycles}).
     */
    private Optional<YMap> chain(String name, YMap envs) {
        List<String> unmerged = new ArrayList<>();
        String current = name;
        while (current != null && !chains.containsKey(current)) {
            if (inCycle.contains(current)) {
                unmerged.forEach(n -> chains.put(n, Optional.empty()));
                return Optional.empty();
            }
            unmerged.add(current);
            Optional<Located<String>> parent = Fields.located(layer(current, envs), "extends");
            if (parent.isPresent() && envs.get(parent.get().value()).isEmpty()) {
                diagnostics.report(Problem.UNKNOWN_EXTENDS, parent.get().at(), current, parent.get().value(),
                        Similarity.didYouMean(parent.get().value(), envs.entries().keySet(), "environments"));
                unmerged.forEach(n -> chains.put(n, Optional.empty()));
                return Optional.empty();
            }
            current = parent.map(Located::value).orElse(null);
        }
        Optional<YMap> merged = current == null ? null : chains.get(current);
        for (int i = unmerged.size() - 1; i >= 0; i--) {
            YMap layer = layer(unmerged.get(i), envs);
            merged = merged == null ? Optional.of(layer) : merged.map(base -> YMerge.overlay(base, layer));
            chains.put(unmerged.get(i), merged);
        }
        return merged;
    }

    /** An environment's own mapping (an empty one when it is given as null). */
    private static YMap layer(String name, YMap envs) {
        return envs.get(name).filter(YMap.class::isInstance).map(YMap.class::cast)
                .orElse(new YMap(Map.of(), envs.keyPosition(name)));
    }

    /**
     * Reports every {@code extends} cycle once, at the {@code extends} of its first environment in the file,
     * and remembers its members: they and the environments that extend them cannot be resolved.
     */
    private void reportCycles(YMap envs) {
        for (List<String> cycle : Cycles.of(envs.entries().keySet(),
                name -> Fields.located(layer(name, envs), "extends").map(Located::value))) {
            inCycle.addAll(cycle);
            diagnostics.report(Problem.EXTENDS_CYCLE,
                    Fields.located(layer(cycle.get(0), envs), "extends").orElseThrow().at(), cycle.get(0),
                    Cycles.describe(cycle));
        }
    }

    private Environment environment(String name, Position keyAt, YMap env) {
        Environment.Profile profile = Fields.string(env, "profile").map(p -> p.equals("simple")
                ? Environment.Profile.SIMPLE : Environment.Profile.FULL).orElse(Environment.Profile.FULL);
        Map<String, YMap> serviceMaps = serviceMaps(name, env);
        YMap environmentEnv = Fields.map(env, "env");
        Map<String, Service> services = new LinkedHashMap<>();
        serviceMaps.forEach((serviceName, given) -> {
            Optional<Located<ServiceSource>> source = ServiceBinder.source(given, imageNames);
            if (given.get("image").isPresent() && given.get("use").isPresent()) {
                diagnostics.report(Problem.SERVICE_SOURCE_TWICE, given.keyPosition("use"), serviceName);
                return;
            }
            if (source.isEmpty()) {
                diagnostics.report(Problem.SERVICE_SOURCE_MISSING, given.position(), serviceName, name);
                return;
            }
            YMap map = given;
            if (profile == Environment.Profile.SIMPLE) {
                if (map.get("in_front_of").isPresent()) {
                    return;
                }
                map = without(map, "replicas");
            }
            boolean built = source.get().value() instanceof ServiceSource.Image image
                    && image.source() instanceof ImageSource.Built;
            if (built && !environmentEnv.entries().isEmpty()) {
                map = with(map, "env", YMerge.overlayEntries(environmentEnv, Fields.map(map, "env")));
            }
            services.put(serviceName, ServiceBinder.bind(serviceName, positionOf(serviceName, name), map,
                    source.get(), diagnostics));
        });
        List<Located<String>> targets = Fields.locatedStrings(env, "targets");
        Located<String> located = new Located<>(name, keyAt);
        return new Environment(located, Fields.string(env, "description"),
                Fields.string(env, "kind").map(k -> EnvironmentKind.valueOf(k.toUpperCase(java.util.Locale.ROOT)))
                        .orElse(EnvironmentKind.fromName(name)),
                Fields.string(env, "branch"), profile, targets, services, secretSources(env),
                storage(Fields.optionalMap(env, "storage")), settings(located, env, targets), builds(env),
                networks(Fields.map(env, "networks")));
    }

    /** How the environment builds the project's images where that differs from the images' own settings. */
    private Map<String, ImageBuild> builds(YMap env) {
        Map<String, ImageBuild> out = new LinkedHashMap<>();
        Fields.map(env, "images").entries().forEach((name, entry) ->
                out.put(name, ImageBinder.build((YMap) entry.value(), imageNames)));
        return out;
    }

    /** The project's networks with the environment's laid over them, key by key. */
    private Map<String, Network> networks(YMap override) {
        Map<String, Network> out = new LinkedHashMap<>();
        YMerge.overlay(Fields.map(root, "networks"), override).entries().forEach((name, entry) -> {
            YMap n = entry.value() instanceof YMap m ? m : new YMap(Map.of(), entry.keyPosition());
            out.put(name, new Network(Fields.flag(n, "external"), Fields.string(n, "name"),
                    Fields.string(n, "driver"), Fields.flag(n, "attachable"), Fields.flag(n, "internal"),
                    entry.keyPosition()));
        });
        return out;
    }

    /** The environment's target settings, each bound when the environment uses its target. */
    private EnvironmentSettings settings(Located<String> name, YMap env, List<Located<String>> targets) {
        Map<String, Position> written = new LinkedHashMap<>();
        for (SettingsBlocks.EnvironmentBlock<?> block : SettingsBlocks.ENVIRONMENT) {
            Fields.optionalMap(env, block.key()).ifPresent(m -> written.put(block.key(), m.position()));
        }
        return new EnvironmentSettings(bind(SettingsBlocks.COMPOSE, name, env, targets),
                bind(SettingsBlocks.ECS, name, env, targets), bind(SettingsBlocks.PLATFORMSH, name, env, targets),
                bind(SettingsBlocks.MACHINE, name, env, targets), bind(SettingsBlocks.PIPELINES, name, env, targets),
                bind(SettingsBlocks.DUMP, name, env, targets).orElse(DumpSettings.NONE),
                bind(SettingsBlocks.KUBERNETES, name, env, targets), written, RawBinder.blocks(env));
    }

    private <T> Optional<T> bind(SettingsBlocks.EnvironmentBlock<T> block, Located<String> name, YMap env,
            List<Located<String>> targets) {
        Optional<Located<String>> target = targets.stream().filter(l -> block.targets().contains(l.value()))
                .findFirst();
        SettingsBlocks.Context context = new SettingsBlocks.Context(projectName, name,
                target.map(Located::at).orElse(name.at()), settingsFindings);
        return block.bind(context, Fields.optionalMap(env, block.key()), target.isPresent());
    }

    /** The services as declared, before any environment; those that get their image only per environment are left out. */
    private Map<String, Service> declaredServices() {
        Map<String, Service> out = new LinkedHashMap<>();
        Fields.map(root, "services").entries().forEach((name, entry) -> {
            YMap map = (YMap) entry.value();
            ServiceBinder.source(map, imageNames).ifPresent(source ->
                    out.put(name, ServiceBinder.bind(name, entry.keyPosition(), map, source, diagnostics)));
        });
        return out;
    }

    /** The project's services that run in this environment, with the environment's overrides laid over them. */
    private Map<String, YMap> serviceMaps(String envName, YMap env) {
        Map<String, YMap> out = new LinkedHashMap<>();
        Fields.map(root, "services").entries().forEach((name, entry) -> {
            YMap map = (YMap) entry.value();
            List<String> only = Fields.strings(map, "environments");
            if (only.isEmpty() || only.contains(envName)) {
                out.put(name, map);
            }
        });
        Fields.map(env, "services").entries().forEach((name, entry) -> {
            if (entry.value() instanceof YScalar s && s.isNull()) {
                out.remove(name);
                return;
            }
            YMap override = (YMap) entry.value();
            YMap base = out.get(name);
            if (base == null) {
                out.put(name, override);
                return;
            }
            // Switching between an image and a catalog service replaces the other.
            if (override.get("image").isPresent()) {
                base = without(base, "use");
            } else if (override.get("use").isPresent()) {
                base = without(base, "image");
            }
            out.put(name, YMerge.overlay(base, override));
        });
        return out;
    }

    private static YMap without(YMap map, String key) {
        Map<String, YMap.Entry> entries = new LinkedHashMap<>(map.entries());
        entries.remove(key);
        return new YMap(entries, map.position());
    }

    private Position positionOf(String service, String envName) {
        YMap services = Fields.map(root, "services");
        if (services.entries().containsKey(service)) {
            return services.keyPosition(service);
        }
        YMap env = (YMap) Fields.map(root, "environments").get(envName).orElseThrow();
        return Fields.map(env, "services").keyPosition(service);
    }

    /** {@code map} with {@code key} set to {@code value}, in its place or at the end. */
    private static YMap with(YMap map, String key, YMap value) {
        Map<String, YMap.Entry> entries = new LinkedHashMap<>(map.entries());
        entries.put(key, new YMap.Entry(key, map.keyPosition(key), value));
        return new YMap(entries, map.position());
    }

    private Map<String, Located<SecretSource>> secretSources(YMap env) {
        Map<String, Located<SecretSource>> out = new LinkedHashMap<>();
        Fields.map(env, "secrets").entries().forEach((name, entry) -> {
            YMap s = (YMap) entry.value();
            SecretSource source;
            if (s.get("ssm").isPresent()) {
                source = new SecretSource.Ssm(Fields.string(s, "ssm").orElseThrow());
            } else if (s.get("secrets_manager").isPresent()) {
                source = new SecretSource.SecretsManager(Fields.string(s, "secrets_manager").orElseThrow(),
                        Fields.string(s, "key"));
            } else {
                source = new SecretSource.FromEnv(Fields.string(s, "env").orElseThrow());
            }
            out.put(name, new Located<>(source, entry.keyPosition()));
        });
        return out;
    }

    /** The project's storage, with an environment's storage settings laid over it when given. */
    private Optional<Storage> storage(Optional<YMap> override) {
        Optional<YMap> merged = Fields.optionalMap(root, "storage")
                .map(base -> override.map(o -> YMerge.overlay(base, o)).orElse(base));
        return merged.map(s -> new Storage(Storage.Kind.valueOf(Fields.string(s, "kind").orElseThrow()
                        .toUpperCase(java.util.Locale.ROOT)),
                Fields.string(s, "bucket"), Fields.string(s, "region"), Fields.string(s, "mount"),
                Fields.string(s, "server"), Fields.string(s, "export")));
    }
}
