package dev.gantry.target.platformsh;

import dev.gantry.bind.Sizes;
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
import dev.gantry.render.Quote;
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
    private static final String NOT_CARRIED_HINT = "Platform.sh runs applications and workers from the repository"
            + " with its own runtime, restarts and sizes them itself, and mounts only named volumes inside the app";
    private static final String SAFE_WORD = "[A-Za-z0-9_./:=@%+,-]+";

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
            workers.put(worker.id(), new Application.Worker(worker.description().orElse(null),
                    shell(worker.command().orElseThrow()),
                    own.declared().equals(relationships.declared()) ? null : own.declared(),
                    workerVariables.equals(variables) ? null : workerVariables));
            NotCarried.report(problems, env, worker, NotCarried.ofApp(worker, false, true), NOT_CARRIED_HINT);
        }
        NotCarried.report(problems, env, app, NotCarried.ofApp(app, routed, false), NOT_CARRIED_HINT);
        Map<String, Application.Mount> mounts = mounts(app);
        if (routed && as.locations().isEmpty() && app.command().isEmpty()) {
            problems.error(Code.TARGET_CONFIG, app.name().at(),
                    "application `" + app.id() + "` gets the requests of the routes, but nothing says how to serve"
                            + " them",
                    "give `platformsh.apps." + app.id() + ".web.locations` in environment `" + env.id()
                            + "`, e.g. `{\"/\": {root: public, passthru: /index.php}}`, or a `command` that serves"
                            + " on $PORT");
        }
        return new Mapped(new Application(app.id(), app.description().orElse(null), type(app, as),
                as.root().or(project::sourceFolder).filter(f -> !f.equals(".")).orElse(null),
                as.buildFlavor().orElse(null),
                as.dependencies(), as.extensions(), as.disabledExtensions(), variables, as.php(),
                relationships.declared(), disk(app, as, mounts), mounts,
                app.command().map(AppMapper::shell).orElse(null),
                as.locations(), workers, as.crons(), as.hooks(), app.extraHosts(), as.timezone().orElse(null)), all);
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
                        + "`, which runs as a worker on Platform.sh: no relationship can lead to a worker",
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
        service.dependsOn().forEach(d -> {
            if (seen.add(d.value())) {
                out.add(d);
            }
        });
        service.env().values().forEach(v -> {
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
        service.env().forEach((name, value) -> {
            if (value.value() instanceof EnvValue.Literal literal) {
                out.put(name, literal.value());
            }
        });
        return out;
    }

    /** The env of the image and the images it builds on, the image's own last: it overrides theirs. */
    private void imageEnv(String imageId, Map<String, String> out) {
        List<Image> chain = new ArrayList<>();
        for (Image image = project.images().get(imageId); image != null;
                image = image.parent().map(project.images()::get).orElse(null)) {
            chain.add(image);
        }
        java.util.Collections.reverse(chain);
        for (Image image : chain) {
            for (Stage stage : image.stages()) {
                stage.env().forEach((k, v) -> out.put(k, v.value()));
            }
            image.env().forEach((k, v) -> out.put(k, v.value()));
        }
    }

    /** Named volumes inside the app's working directory become local mounts; NFS storage a network-storage mount. */
    private Map<String, Application.Mount> mounts(Service app) {
        Map<String, Application.Mount> out = new LinkedHashMap<>();
        Optional<String> workdir = project.workdir(app.builtImage().orElseThrow());
        for (Volume volume : app.volumes()) {
            if (!volume.isBindMount() && !volume.readOnly()) {
                relative(app, workdir, volume.target(), "volume `" + volume.source() + ":" + volume.target() + "`")
                        .ifPresent(path -> out.put(path, new Application.Mount("local", volume.source(), null)));
            }
        }
        env.storage().filter(Storage::isNfs).ifPresent(s -> relative(app, workdir, s.mountPath(),
                "the NFS storage mount `" + s.mountPath() + "`").ifPresent(path -> out.put(path,
                new Application.Mount("service", STORAGE_SERVICE, STORAGE_SERVICE))));
        return out;
    }

    /** {@code target} relative to the app's working directory, where Platform.sh puts the app. */
    private Optional<String> relative(Service app, Optional<String> workdir, String target, String what) {
        String base = workdir.map(w -> w.endsWith("/") ? w : w + "/").orElse(null);
        if (base == null || !target.startsWith(base) || target.length() == base.length()) {
            problems.error(Code.TARGET_CONFIG, app.name().at(),
                    what + " of application `" + app.id() + "` is not inside its working directory"
                            + workdir.map(w -> " `" + w + "`").orElse(" (its image sets none)")
                            + ": Platform.sh mounts folders of the app",
                    "mount a folder below the working directory, e.g. `" + workdir.orElse("/app") + "/var`");
            return Optional.empty();
        }
        return Optional.of(target.substring(base.length()).replaceAll("/+$", ""));
    }

    /** The disk the settings give, else the sum of the sizes of the volumes mounted locally. */
    private Long disk(Service app, AppSettings as, Map<String, Application.Mount> mounts) {
        if (as.disk().isPresent()) {
            long mib = Sizes.toMiB(as.disk().get().value());
            if (mib < MIN_DISK_MIB) {
                problems.error(Code.OUT_OF_RANGE, as.disk().get().at(), "Platform.sh gives an application at least "
                        + MIN_DISK_MIB + " MB of disk, not " + mib, "give `disk: 128MB` or more");
            }
            return mib;
        }
        List<Volume> local = app.volumes().stream().filter(v -> !v.isBindMount() && !v.readOnly()).toList();
        if (local.isEmpty()) {
            return null;
        }
        if (local.stream().allMatch(v -> v.size().isPresent())) {
            return local.stream().mapToLong(v -> Sizes.toMiB(v.size().get())).sum();
        }
        problems.error(Code.TARGET_CONFIG, app.name().at(), "application `" + app.id() + "` mounts "
                        + String.join(", ", mounts.keySet()) + " on its own disk, but no disk size is given",
                "give `platformsh.apps." + app.id() + ".disk` in environment `" + env.id()
                        + "`, e.g. `2GB`, or a `size` to each of its volumes");
        return null;
    }

    /** The runtime the settings give, else the one the app's image starts from ({@code php:8.3-fpm} is php:8.3). */
    private String type(Service app, AppSettings as) {
        if (as.type().isPresent()) {
            Located<String> given = as.type().get();
            String[] parts = given.value().split(":", 2);
            Optional<Runtimes.Runtime> runtime = Runtimes.get().runtime(parts[0]);
            if (runtime.isEmpty()) {
                problems.error(Code.NOT_ALLOWED_VALUE, given.at(), "Platform.sh has no runtime `" + parts[0] + "`",
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
            problems.error(Code.TARGET_CONFIG, app.name().at(), "Gantry cannot tell the Platform.sh runtime of"
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
            problems.error(Code.UNSUPPORTED_VERSION, at.at(), "Platform.sh does not offer " + runtime.name() + " "
                            + version + source,
                    "Platform.sh offers " + runtime.name() + " " + String.join(", ", runtime.versions()));
        }
        return line.map(l -> runtime.name() + ":" + l);
    }

    /** A command as one shell line: a shell string as written, exec-form words quoted where they need it. */
    static String shell(Command command) {
        if (command.shell()) {
            return command.args().get(0);
        }
        Quote quote = new Quote();
        return String.join(" ", command.args().stream().map(a -> a.matches(SAFE_WORD) ? a : quote.sh(a)).toList());
    }
}
