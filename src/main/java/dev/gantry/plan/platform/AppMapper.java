package dev.gantry.plan.platform;

import dev.gantry.diag.Problem;
import dev.gantry.model.EnvValue;
import dev.gantry.model.Environment;
import dev.gantry.model.Image;
import dev.gantry.model.Located;
import dev.gantry.model.Project;
import dev.gantry.model.Service;
import dev.gantry.model.Stage;
import dev.gantry.model.Storage;
import dev.gantry.model.platformsh.AppSettings;
import dev.gantry.model.platformsh.PlatformshSettings;
import dev.gantry.model.platformsh.Sizing;
import dev.gantry.util.Similarity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Turns an application service, and the services that become its workers, into an application:
 * its runtime, relationships, variables, mounts and disk, start command and workers; its crons are
 * checked against the platform's shortest interval.
 */
final class AppMapper {

    /** An application with the relationships of itself and of each of its workers, by service. */
    record Mapped(Application application, Map<String, Relationships> relationships) {
    }

    private final Project project;
    private final Environment env;
    private final PlatformshSettings settings;
    private final Map<String, Placement> placements;
    private final Endpoints endpoints;
    private final MountMapper mounts;
    private final Problems problems;

    AppMapper(Project project, Environment env, PlatformshSettings settings, Map<String, Placement> placements,
            Endpoints endpoints, MountMapper mounts, Problems problems) {
        this.project = project;
        this.env = env;
        this.settings = settings;
        this.placements = placements;
        this.endpoints = endpoints;
        this.mounts = mounts;
        this.problems = problems;
    }

    Mapped map(Service app) {
        AppSettings as = settings.appSettings(app.id());
        boolean routed = app.id().equals(settings.app().value());
        Relationships relationships = relationships(app, as);
        Map<String, Relationships> all = new LinkedHashMap<>();
        all.put(app.id(), relationships);
        Map<String, String> variables = variables(app);
        List<Service> workers = workersOf(app);
        checkWorkerSettings(app, as, workers);
        Map<String, Application.Worker> mapped = new LinkedHashMap<>();
        for (Service worker : workers) {
            Relationships own = relationships(worker, as);
            all.put(worker.id(), own);
            mapped.put(worker.id(), worker(app, worker, as, own.declared().equals(relationships.declared())
                    ? Optional.empty() : Optional.of(own.declared()), variables));
            NotCarried.report(problems, env, worker, NotCarried.ofApp(worker, false),
                    Problem.PLATFORM_APP_FIELDS_NOT_CARRIED);
        }
        NotCarried.report(problems, env, app, NotCarried.ofApp(app, routed), Problem.PLATFORM_APP_FIELDS_NOT_CARRIED);
        if (routed && as.locations().isEmpty() && app.process().command().isEmpty()) {
            problems.report(Problem.PLATFORM_APP_NOT_SERVED, app.name().at(), app.id(), env.id());
        }
        checkCrons(app, as);
        return new Mapped(new Application(app.id(), app.description(), new RuntimeType(project, problems).of(app, as),
                as.root().or(project::sourceFolder).filter(f -> !f.equals(".")),
                new Application.Variables(variables, as.runtime().php()), relationships,
                mounts.storage(app, as.sizing(), "application `" + app.id() + "`",
                        "platformsh.apps." + app.id() + ".disk"),
                app.process().command(), mapped, additionalHosts(app), as), all);
    }

    /** Extra hosts with an address; the Docker host ({@code host-gateway}) has no place on Platform.sh. */
    private Map<String, String> additionalHosts(Service app) {
        Map<String, String> out = new LinkedHashMap<>();
        app.network().extraHosts().forEach((host, address) -> {
            if (address.equals("host-gateway")) {
                problems.report(Problem.PLATFORM_HOST_GATEWAY, app.name().at(), host, app.id());
            } else {
                out.put(host, address);
            }
        });
        return out;
    }

    private Application.Worker worker(Service app, Service worker, AppSettings as,
            Optional<Map<String, String>> relationships, Map<String, String> appVariables) {
        AppSettings.WorkerSettings own = as.workers().get(worker.id());
        Sizing sizing = own == null ? Sizing.NONE : own.sizing();
        Map<String, String> variables = variables(worker);
        Optional<Application.Storage> storage = MountMapper.hasVolumes(worker) || sizing.diskMiB().isPresent()
                ? Optional.of(mounts.storage(worker, sizing, "worker `" + worker.id() + "`", "platformsh.apps."
                        + app.id() + ".workers." + worker.id() + ".disk"))
                : Optional.empty();
        return new Application.Worker(worker.description(), worker.process().command().orElseThrow(),
                Optional.ofNullable(own).flatMap(AppSettings.WorkerSettings::preStart), relationships,
                variables.equals(appVariables) ? Optional.empty()
                        : Optional.of(new Application.Variables(variables, as.runtime().php())),
                storage, sizing);
    }

    private List<Service> workersOf(Service app) {
        return env.services().values().stream().filter(s -> placements.get(s.id()).role() == Placement.Role.WORKER
                && placements.get(s.id()).app().orElseThrow().equals(app.id())).toList();
    }

    /** Settings under {@code workers} must name workers of the app. */
    private void checkWorkerSettings(Service app, AppSettings as, List<Service> workers) {
        List<String> names = workers.stream().map(Service::id).toList();
        as.workers().forEach((name, worker) -> {
            if (!names.contains(name)) {
                if (names.isEmpty()) {
                    problems.report(Problem.PLATFORM_APP_WITHOUT_WORKERS, worker.at(), app.id(), name);
                } else {
                    problems.report(Problem.PLATFORM_WORKER_UNKNOWN, worker.at(), app.id(), name,
                            Similarity.didYouMean(name, names, "workers"));
                }
            }
        });
    }

    /** Platform.sh and Upsun run a cron at most every five minutes. */
    private void checkCrons(Service app, AppSettings as) {
        as.commands().crons().forEach((name, cron) -> {
            OptionalInt gap = CronSpec.shortestGap(cron.spec().value());
            if (gap.isPresent() && gap.getAsInt() < CronSpec.MIN_INTERVAL) {
                problems.report(Problem.PLATFORM_CRON_TOO_OFTEN, cron.spec().at(), name, app.id(),
                        gap.getAsInt() == 1 ? "every minute" : gap.getAsInt() + " minutes apart", problems.title(),
                        CronSpec.MIN_INTERVAL);
            }
        });
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
            Placement placement = placements.get(parts[0]);
            if (placement == null || !placement.reachable()) {
                return; // a service that does not run here, for a reason already reported
            }
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
                problems.report(Problem.PLATFORM_REACHES_WORKER, target.at(), service.id(), target.value(),
                        problems.title());
            } else if (placement.reachable()) {
                if (declared.containsKey(target.value())) {
                    problems.report(Problem.PLATFORM_RELATIONSHIP_NAME_TAKEN,
                            as.relationships().get(target.value()).at(), target.value(), as.service(), service.id());
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
            if (seen.add(d.id())) {
                out.add(d.service());
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
            } else if (value.value() instanceof EnvValue.FromEnv from && from.variable().equals(name)) {
                from.fallback().ifPresent(fallback -> out.put(name, fallback));
            }
        });
        return out;
    }

    private void imageEnv(String imageId, Map<String, String> out) {
        Image image = project.images().get(imageId);
        if (image == null) {
            return; // an image lint reported
        }
        image.parent().ifPresent(parent -> imageEnv(parent, out));
        for (Stage stage : image.stages()) {
            stage.env().forEach((k, v) -> out.put(k, v.value()));
        }
        image.config().env().forEach((k, v) -> out.put(k, v.value()));
    }
}
