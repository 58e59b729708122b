package dev.gantry.plan.ecs;

import dev.gantry.catalog.Catalog;
import dev.gantry.catalog.CatalogEntry;
import dev.gantry.diag.Diagnostics;
import dev.gantry.diag.Problem;
import dev.gantry.model.Environment;
import dev.gantry.model.Located;
import dev.gantry.model.Service;
import dev.gantry.model.ServiceSource;
import dev.gantry.model.ecs.EcsServiceSettings;
import dev.gantry.util.Similarity;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which containers run together on ECS: every service that runs a container in the environment is a
 * task of its own, unless its {@code ecs.task} names the service whose task it joins as a sidecar.
 * A database, cache, search, queue, config or storage service runs managed or as a container, and
 * the environment must say which: the undecided ones get no task.
 */
public final class TaskLayout {

    /** Catalog categories an ECS environment must run either as a managed service or as a container. */
    private static final Set<CatalogEntry.Category> DECIDED = EnumSet.of(CatalogEntry.Category.DATABASE,
            CatalogEntry.Category.CACHE, CatalogEntry.Category.SEARCH, CatalogEntry.Category.QUEUE,
            CatalogEntry.Category.CONFIG, CatalogEntry.Category.STORAGE);

    /** A task: the service it is named after, and its containers, that service first. */
    public record Task(Service main, List<Service> containers) {

        public boolean contains(Service service) {
            return containers.stream().anyMatch(c -> c.id().equals(service.id()));
        }
    }

    private final Map<String, Task> byService = new LinkedHashMap<>();
    private final List<Task> tasks = new ArrayList<>();

    private TaskLayout() {
    }

    /** The tasks of the environment's services; problems with the layout go to {@code findings}. */
    public static TaskLayout of(Environment env, Diagnostics findings) {
        Map<String, EcsServiceSettings> settings = new LinkedHashMap<>();
        env.services().values().forEach(s -> settings.put(s.id(), s.settings().ecs()));
        return of(env, settings, checkDecisions(env, findings), findings);
    }

    private static TaskLayout of(Environment env, Map<String, EcsServiceSettings> settings, Set<String> skipped,
            Diagnostics findings) {
        Map<String, List<Service>> sidecars = new LinkedHashMap<>();
        for (Service service : env.services().values()) {
            if (runs(service, skipped)) {
                settings.get(service.id()).task().flatMap(task -> checkedJoin(env, service, task, settings, findings))
                        .ifPresent(main -> sidecars.computeIfAbsent(main, k -> new ArrayList<>()).add(service));
            }
        }
        Set<String> joined = new HashSet<>();
        sidecars.values().forEach(list -> list.forEach(s -> joined.add(s.id())));
        TaskLayout layout = new TaskLayout();
        for (Service service : env.services().values()) {
            if (runs(service, skipped) && !joined.contains(service.id())) {
                List<Service> containers = new ArrayList<>(List.of(service));
                containers.addAll(sidecars.getOrDefault(service.id(), List.of()));
                Task task = new Task(service, List.copyOf(containers));
                layout.tasks.add(task);
                containers.forEach(c -> layout.byService.put(c.id(), task));
            }
        }
        return layout;
    }

    private static boolean runs(Service service, Set<String> skipped) {
        return !service.isExternal() && !skipped.contains(service.id());
    }

    /**
     * A database, cache, search, queue, config or storage service runs managed or as a container:
     * the user says which. Returns the services that are undecided, which get no task.
     */
    private static Set<String> checkDecisions(Environment env, Diagnostics findings) {
        Set<String> undecided = new HashSet<>();
        for (Service service : env.services().values()) {
            if (!(service.source().value() instanceof ServiceSource.Catalog use)) {
                continue;
            }
            Optional<CatalogEntry> entry = Catalog.get().entry(use.kind());
            boolean container = service.placement().container();
            if (service.isExternal() && container) {
                findings.report(Problem.ECS_EXTERNAL_CONTAINER, service.name().at(), service.id(), env.id());
            } else if (entry.isPresent() && DECIDED.contains(entry.get().category()) && !service.isExternal()
                    && !container) {
                String managed = entry.get().ecs().managed().orElse("a managed service");
                undecided.add(service.id());
                findings.report(Problem.UNDECIDED_SERVICE, service.name().at(), env.id(), service.id(), use.kind(),
                        use.version(), managed);
            }
        }
        return undecided;
    }

    /** The service whose task {@code service} joins, when {@code task} names one it can join. */
    private static Optional<String> checkedJoin(Environment env, Service service, Located<String> task,
            Map<String, EcsServiceSettings> settings, Diagnostics findings) {
        Service main = env.services().get(task.value());
        if (main == null) {
            findings.report(Problem.ECS_JOINS_UNKNOWN, task.at(), service.id(), task.value(), env.id(),
                    Similarity.didYouMean(task.value(), env.services().keySet(), "services"));
        } else if (main.id().equals(service.id())) {
            findings.report(Problem.ECS_JOINS_ITSELF, task.at(), service.id());
        } else if (main.isExternal()) {
            findings.report(Problem.ECS_JOINS_EXTERNAL, task.at(), service.id(), main.id(), env.id());
        } else if (settings.get(main.id()).task().isPresent()) {
            findings.report(Problem.ECS_JOINS_JOINER, task.at(), service.id(), main.id(),
                    settings.get(main.id()).task().get().value(), env.id());
        } else {
            return Optional.of(main.id());
        }
        return Optional.empty();
    }

    public List<Task> tasks() {
        return tasks;
    }

    public Optional<Task> taskOf(Service service) {
        return Optional.ofNullable(byService.get(service.id()));
    }

    public boolean sameTask(Service a, Service b) {
        return taskOf(a).map(t -> t.contains(b)).orElse(false);
    }
}
