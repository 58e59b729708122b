package dev.gantry.plan.platform;

import dev.gantry.catalog.Runtimes;
import dev.gantry.diag.Code;
import dev.gantry.model.Command;
import dev.gantry.model.EnvValue;
import dev.gantry.model.Environment;
import dev.gantry.model.Image;
import dev.gantry.model.ImageSource;
import dev.gantry.model.Located;
import dev.gantry.model.Project;
import dev.gantry.model.Service;
import dev.gantry.model.Stage;
import dev.gantry.model.Storage;
import dev.gantry.model.Volume;
import dev.gantry.model.platformsh.AppSettings;
import dev.gantry.model.platformsh.PlatformshSettings;
import dev.gantry.util.Sizes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns an application service, and the services that become its workers, into a Platform.sh
 * application: its runtime, build, relationships, variables, mounts, disk, web and crons.
 */
final class AppMapper {

    static final String STORAGE_SERVICE = "storage";
    static final long MIN_DISK_MIB = 128;

    /** An application with the relationships of itself and of each of its workers, by service. */
    record Mapped(Application application, Map<String, Relationships> relationships) {
    }

    private final Project project;
    private final Environment env;
    private final PlatformshSettings settings;
    private final Map<String, Placement> placements;
    private final Endpoints endpoints;
    private final Problems problems;

    AppMapper(Project project, Environment env, PlatformshSettings settings, Map<String, Placement> placements,
            Endpoints endpoints, Problems problems) {
        this.project = project;
        this.env = env;
        this.settings = settings;
        this.placements = placements;
        this.endpoints = endpoints;
        this.problems = problems;
    }

    Mapped map(Service app) {
        AppSettings as = settings.appSettings(app.id());
        boolean routed = app.id().equals(settings.app().value());
        Relationships relationships = relationships(app, as);
        Map<String, Relationships> all = new LinkedHashMap<>();
        all.put(app.id(), relationships);
        Map<String, String> variables = variables(app);
        Map<String, Application.Worker> workers = new LinkedHashMap<>();
        for (Service worker : workersOf(app)) {
            Relationships own = relationships(worker, as);
            all.put(worker.id(), own);
            Map<String, String> workerVariables = variables(worker);
            workers.put(worker.id(), new Application.Worker(worker.description(),
                    worker.process().command().orElseThrow(),
                    own.declared().equals(relationships.declared()) ? Optional.empty() : Optional.of(own.declared()),
                    workerVariables.equals(variables) ? Optional.empty()
                            : Optional.of(new Application.Variables(workerVariables, as.runtime().php()))));
            NotCarried.report(problems, env, worker, NotCarried.ofApp(worker, false, true), notCarriedHint());
        }
        NotCarried.report(problems, env, app, NotCarried.ofApp(app, routed, false), notCarriedHint());
        Map<String, Application.Mount> mounts = mounts(app);
        if (routed && as.locations().isEmpty() && app.process().command().isEmpty()) {
            problems.error(Code.TARGET_CONFIG, app.name().at(),
                    "application `" + app.id() + "` gets the requests of the routes, but nothing says how to serve"
                            + " them",
                    "give `platformsh.apps." + app.id() + ".web.locations` in environment `" + env.id()
                            + "`, e.g. `{\"/\": {root: public, passthru: /index.php}}`, or a `command` that serves"
                            + " on $PORT");
        }
        return new Mapped(new Application(app.id(), app.description(), type(app, as),
                as.root().or(project::sourceFolder).filter(f -> !f.equals(".")),
                new Application.Variables(variables, as.runtime().php()), relationships,
                new Application.Storage(disk(app, as, mounts), mounts, nfsMount(mounts)),
                app.process().command(), workers, app.network().extraHosts(), as), all);
    }

    private String notCarriedHint() {
        return problems.title() + " runs applications and workers from the repository with its own runtime, restarts"
                + " and sizes them itself, and mounts only named volumes inside the app";
    }

    private List<Service> workersOf(Service app) {
        return env.services().values().stream().filter(s -> placements.get(s.id()).role() == Placement.Role.WORKER
                && placements.get(s.id()).app().orElseThrow().equals(app.id())).toList();
    }

    /**
     * The relationships the settings name, then one to each service depended on or referenced that
     * none of them leads to through its primary endpoint, named after the service.
     */
    private Relationships relationships(Service service, AppSettings as) {
        Map<String, String> declared = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        as.relationships().forEach((name, target) -> {
            String[] parts = target.value().split(":", 2);
            String primary = endpoints.primary(parts[0]);
            declared.put(name, parts[0] + ":" + (parts.length == 2 ? parts[1] : primary));
            if (parts.length == 1 || parts[1].equals(primary)) {
                names.putIfAbsent(parts[0], name); // references read the service through its primary endpoint
            }
        });
        for (Located<String> target : reached(service)) {
            Placement placement = placements.get(target.value());
            if (placement == null || names.containsKey(target.value())) {
                continue;
            }
            if (placement.role() == Placement.Role.WORKER) {
                problems.warning(target.at(), "service `" + service.id() + "` reaches `" + target.value()
                        + "`, which runs as a worker on " + problems.title() + ": no relationship can lead to a worker",
                        "reach the application the worker belongs to, or make `" + target.value()
                                + "` an application of its own under `platformsh.apps`");
            } else if (placement.reachable()) {
                if (declared.containsKey(target.value())) {
                    problems.error(Code.TARGET_CONFIG, as.relationships().get(target.value()).at(),
                            "relationship `" + target.value() + "` of application `" + as.service()
                                    + "` leads elsewhere, but service `" + service.id() + "` needs a relationship of"
                                    + " that name to service `" + target.value() + "`",
                            "give the relationship another name");
                    continue;
                }
                declared.put(target.value(), target.value() + ":" + endpoints.primary(target.value()));
                names.put(target.value(), target.value());
            }
        }
        return new Relationships(declared, names);
    }

    /** The services a service depends on, then those its env references, each once, where it names them. */
    private static List<Located<String>> reached(Service service) {
        Set<String> seen = new LinkedHashSet<>();
        List<Located<String>> out = new ArrayList<>();
        service.network().dependsOn().forEach(d -> {
            if (seen.add(d.value())) {
                out.add(d);
            }
        });
        service.variables().env().values().forEach(v -> {
            if (v.value() instanceof EnvValue.Ref ref && seen.add(ref.service())) {
                out.add(new Located<>(ref.service(), v.at()));
            }
        });
        return out;
    }

    /** The image's env (its parents' first), the S3 coordinates, then the service's literal env. */
    private Map<String, String> variables(Service service) {
        Map<String, String> out = new LinkedHashMap<>();
        imageEnv(service.builtImage().orElseThrow(), out);
        env.storage().filter(Storage::isS3).ifPresent(s -> out.putAll(s.s3Variables()));
        service.variables().env().forEach((name, value) -> {
            if (value.value() instanceof EnvValue.Literal literal) {
                out.put(name, literal.value());
            }
        });
        return out;
    }

    private void imageEnv(String imageId, Map<String, String> out) {
        Image image = project.images().get(imageId);
        image.parent().ifPresent(parent -> imageEnv(parent, out));
        for (Stage stage : image.stages()) {
            stage.env().forEach((k, v) -> out.put(k, v.value()));
        }
        image.config().env().forEach((k, v) -> out.put(k, v.value()));
    }

    /** Named volumes inside the app's working directory become local mounts; NFS storage a network-storage mount. */
    private Map<String, Application.Mount> mounts(Service app) {
        Map<String, Application.Mount> out = new LinkedHashMap<>();
        Optional<String> workdir = project.workdir(app.builtImage().orElseThrow());
        for (Volume volume : app.mounts().volumes()) {
            if (!volume.isBindMount() && !volume.readOnly()) {
                relative(app, workdir, volume.target(), "volume `" + volume.source() + ":" + volume.target() + "`")
                        .ifPresent(path -> out.put(path, new Application.Mount("local", volume.mountFolder(), Optional.empty())));
            }
        }
        env.storage().filter(Storage::isNfs).ifPresent(s -> relative(app, workdir, s.mountPath(),
                "the NFS storage mount `" + s.mountPath() + "`").ifPresent(path -> out.put(path,
                new Application.Mount("service", STORAGE_SERVICE, Optional.of(STORAGE_SERVICE)))));
        return out;
    }

    private static Optional<String> nfsMount(Map<String, Application.Mount> mounts) {
        return mounts.entrySet().stream().filter(e -> e.getValue().service().isPresent()).map(Map.Entry::getKey)
                .findFirst();
    }

    /** {@code target} relative to the app's working directory, where Platform.sh puts the app. */
    private Optional<String> relative(Service app, Optional<String> workdir, String target, String what) {
        String base = workdir.map(w -> w.endsWith("/") ? w : w + "/").orElse(null);
        if (base == null || !target.startsWith(base) || target.length() == base.length()) {
            problems.error(Code.TARGET_CONFIG, app.name().at(),
                    what + " of application `" + app.id() + "` is not inside its working directory"
                            + workdir.map(w -> " `" + w + "`").orElse(" (its image sets none)")
                            + ": " + problems.title() + " mounts folders of the app",
                    "mount a folder below the working directory, e.g. `" + workdir.orElse("/app") + "/var`");
            return Optional.empty();
        }
        return Optional.of(target.substring(base.length()).replaceAll("/+$", ""));
    }

    /** The disk the settings give, else the sum of the sizes of the volumes mounted locally. */
    private Optional<Long> disk(Service app, AppSettings as, Map<String, Application.Mount> mounts) {
        if (as.disk().isPresent()) {
            long mib = Sizes.toMiB(as.disk().get().value());
            if (mib < MIN_DISK_MIB) {
                problems.error(Code.OUT_OF_RANGE, as.disk().get().at(), problems.title() + " gives an application at least "
                        + MIN_DISK_MIB + " MB of disk, not " + mib, "give `disk: 128MB` or more");
            }
            return Optional.of(mib);
        }
        List<Volume> local = app.mounts().volumes().stream().filter(v -> !v.isBindMount() && !v.readOnly()).toList();
        if (local.isEmpty()) {
            return Optional.empty();
        }
        if (local.stream().allMatch(v -> v.size().isPresent())) {
            return Optional.of(local.stream().mapToLong(v -> Sizes.toMiB(v.size().get())).sum());
        }
        problems.error(Code.TARGET_CONFIG, app.name().at(), "application `" + app.id() + "` mounts "
                        + String.join(", ", mounts.keySet()) + " on its own disk, but no disk size is given",
                "give `platformsh.apps." + app.id() + ".disk` in environment `" + env.id()
                        + "`, e.g. `2GB`, or a `size` to each of its volumes");
        return Optional.empty();
    }

    /** The runtime the settings give, else the one the app's image starts from ({@code php:8.3-fpm} is php:8.3). */
    private String type(Service app, AppSettings as) {
        if (as.type().isPresent()) {
            Located<String> given = as.type().get();
            String[] parts = given.value().split(":", 2);
            Optional<Runtimes.Runtime> runtime = Runtimes.get().runtime(parts[0]);
            if (runtime.isEmpty()) {
                problems.error(Code.NOT_ALLOWED_VALUE, given.at(), problems.title() + " has no runtime `" + parts[0] + "`",
                        "runtimes: " + String.join(", ", Runtimes.get().names()));
                return given.value();
            }
            return offered(runtime.get(), parts[1], given, "").orElse(given.value());
        }
        Image image = project.images().get(app.builtImage().orElseThrow());
        while (image.parent().isPresent()) {
            image = project.images().get(image.parent().get());
        }
        Located<ImageSource> from = image.from();
        ImageSource.Published published = (ImageSource.Published) from.value();
        Optional<Runtimes.Derived> derived = Runtimes.get().derive(published.reference());
        if (derived.isEmpty()) {
            problems.error(Code.TARGET_CONFIG, app.name().at(), "Gantry cannot tell the " + problems.title() + " runtime of"
                            + " application `" + app.id() + "`: its image starts from `" + published.reference() + "`",
                    "give `platformsh.apps." + app.id() + ".type`, e.g. `php:8.3`; runtimes: "
                            + String.join(", ", Runtimes.get().names()));
            return "";
        }
        return offered(derived.get().runtime(), derived.get().version(), from,
                " (image `" + image.id() + "` starts from `" + published.reference() + "`)").orElse("");
    }

    private Optional<String> offered(Runtimes.Runtime runtime, String version, Located<?> at, String source) {
        Optional<String> line = runtime.line(version);
        if (line.isEmpty()) {
            problems.error(Code.UNSUPPORTED_VERSION, at.at(), problems.title() + " does not offer " + runtime.name() + " "
                            + version + source,
                    problems.title() + " offers " + runtime.name() + " " + String.join(", ", runtime.versions()));
        }
        return line.map(l -> runtime.name() + ":" + l);
    }
}
