package dev.gantry.targets.ecs;

import dev.gantry.diag.Code;
import dev.gantry.model.Environment;
import dev.gantry.model.Located;
import dev.gantry.model.Service;
import dev.gantry.util.Similarity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which containers run together: every service that runs a container in the environment is a task
 * of its own, unless its {@code ecs.task} names the service whose task it joins as a sidecar.
 */
final class TaskLayout {

    /** A task: the service it is named after, and its containers, that service first. */
    record Task(Service main, List<Service> containers) {

        boolean contains(Service service) {
            return containers.stream().anyMatch(c -> c.id().equals(service.id()));
        }
    }

    private final Map<String, Task> byService = new LinkedHashMap<>();
    private final List<Task> tasks = new ArrayList<>();

    private TaskLayout() {
    }

    /** The tasks of the services that run a container, leaving out {@code skipped} ones. */
    static TaskLayout of(Environment env, Map<String, EcsServiceSettings> settings, Set<String> skipped,
            Findings findings) {
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
        return service.external().isEmpty() && !skipped.contains(service.id());
    }

    /** The service whose task {@code service} joins, when {@code task} names one it can join. */
    private static Optional<String> checkedJoin(Environment env, Service service, Located<String> task,
            Map<String, EcsServiceSettings> settings, Findings findings) {
        Service main = env.services().get(task.value());
        String where = " in environment `" + env.id() + "`";
        if (main == null) {
            findings.error(Code.UNKNOWN_REFERENCE, task.at(), "`" + service.id() + "` joins the task of `"
                    + task.value() + "`, which environment `" + env.id() + "` does not run",
                    Similarity.didYouMean(task.value(), env.services().keySet(), "services"));
        } else if (main.id().equals(service.id())) {
            findings.error(Code.TARGET_CONFIG, task.at(), "`" + service.id() + "` cannot join its own task",
                    "leave `ecs.task` out: every service is a task of its own unless it joins another");
        } else if (main.external().isPresent()) {
            findings.error(Code.TARGET_CONFIG, task.at(), "`" + service.id() + "` joins the task of `" + main.id()
                    + "`, which is an external service" + where + " and runs no task",
                    "join the task of a service that runs a container here, or leave `ecs.task` out");
        } else if (settings.get(main.id()).task().isPresent()) {
            String root = settings.get(main.id()).task().get().value();
            findings.error(Code.TARGET_CONFIG, task.at(), "`" + service.id() + "` joins the task of `" + main.id()
                    + "`, which itself joins the task of `" + root + "`" + where,
                    "name the task's own service: `ecs: {task: " + root + "}`");
        } else {
            return Optional.of(main.id());
        }
        return Optional.empty();
    }

    List<Task> tasks() {
        return tasks;
    }

    Optional<Task> taskOf(Service service) {
        return Optional.ofNullable(byService.get(service.id()));
    }

    boolean sameTask(Service a, Service b) {
        return taskOf(a).map(t -> t.contains(b)).orElse(false);
    }
}
