package dev.gantry.graph;

import dev.gantry.catalog.CatalogEntry;
import dev.gantry.catalog.CatalogInstance;
import dev.gantry.model.EnvValue;
import dev.gantry.model.Environment;
import dev.gantry.model.ImageSource;
import dev.gantry.model.Located;
import dev.gantry.model.Service;
import dev.gantry.model.ServiceSource;
import dev.gantry.model.Volume;
import dev.gantry.plan.EnvironmentPlan;
import dev.gantry.plan.ProjectPlan;
import dev.gantry.plan.local.LocalContainer;
import dev.gantry.plan.local.LocalRun;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Draws each environment's {@link Shape} from the plan. An environment that runs with compose is
 * drawn as its local run (with the containers Gantry adds, grouped by network), one on Kubernetes as
 * its cluster run, grouped the same way (its networks are its NetworkPolicies); one on ECS by task;
 * one on Platform.sh or Upsun by application (workers with the application built from the same
 * image); otherwise ungrouped.
 */
public final class Shapes {

    private final EnvironmentPlan plan;
    private final Environment env;
    private final Map<String, Shape.Node> nodes = new LinkedHashMap<>();
    private final Map<String, Shape.Edge> edges = new LinkedHashMap<>();
    private final SortedMap<String, Set<String>> secrets = new TreeMap<>();

    private Shapes(EnvironmentPlan plan) {
        this.plan = plan;
        this.env = plan.env();
    }

    public static List<Shape> of(ProjectPlan plan) {
        return plan.environments().values().stream().map(Shapes::of).toList();
    }

    public static Shape of(EnvironmentPlan plan) {
        return new Shapes(plan).draw();
    }

    private Shape draw() {
        String grouping;
        Optional<LocalRun> run = plan.local().or(plan::cluster);
        if (run.isPresent()) {
            grouping = "network";
            local(run.get());
        } else {
            grouping = env.uses("ecs") ? "task" : env.uses("platformsh") || env.uses("upsun") ? "app" : "";
            for (Service service : env.services().values()) {
                if (!service.isExternal()) {
                    Optional<CatalogInstance> instance = plan.connections().instance(service);
                    node(service.id(), kind(service, instance), runs(service), ports(service),
                            group(service, grouping));
                    mounts(service.id(), service);
                    instance.ifPresent(i -> onEcs(service, i));
                    secretsRead(service, instance);
                }
            }
            env.services().values().forEach(s -> declaredEdges(s, Map.of()));
        }
        env.services().values().stream().filter(Service::isExternal).forEach(s -> node(s.id(), Shape.Kind.EXTERNAL,
                s.placement().external().orElseThrow().host(), List.of(), Optional.empty()));
        SortedMap<String, List<String>> read = new TreeMap<>();
        secrets.forEach((name, readers) -> read.put(name, List.copyOf(readers)));
        return new Shape(env.id(), env.targets().stream().map(Located::value).toList(), grouping,
                List.copyOf(nodes.values()), List.copyOf(edges.values()), read);
    }

    /**
     * On ECS a catalog service runs as a container whose data lives on only where EFS backs its data
     * volume ({@code ecs.volumes}): that volume is its data, as the named volume is with compose.
     */
    private void onEcs(Service service, CatalogInstance instance) {
        if (!env.uses("ecs")) {
            return;
        }
        instance.dataVolume().filter(volume -> env.settings().ecs().map(e -> e.volumes().containsKey(volume))
                .orElse(false)).ifPresent(volume -> volume(service.id(), volume, instance.entry().data()
                .orElseThrow()));
    }

    /**
     * The variables a service reads from the secret store where no local run says it: the secrets it
     * declares and those in the connection details of external services it references; on ECS, where
     * catalog services run as containers, also their credentials and those in any detail it references.
     * Elsewhere (Platform.sh) the platform hands managed services' credentials over itself.
     */
    private void secretsRead(Service service, Optional<CatalogInstance> instance) {
        boolean containers = env.uses("ecs");
        service.variables().secrets().forEach(s -> read(s.value(), service.id()));
        service.variables().env().values().forEach(v -> {
            if (v.value() instanceof EnvValue.Secret secret) {
                read(secret.name(), service.id());
            } else if (v.value() instanceof EnvValue.Ref ref
                    && (containers || env.services().get(ref.service()).isExternal())) {
                plan.connections().resolve(ref).variables().forEach(name -> read(name, service.id()));
            }
        });
        if (containers) {
            instance.ifPresent(i -> {
                i.env().values().forEach(v -> v.variables().forEach(name -> read(name, service.id())));
                i.command().forEach(v -> v.variables().forEach(name -> read(name, service.id())));
            });
        }
    }

    private void read(String variable, String reader) {
        secrets.computeIfAbsent(variable, k -> new LinkedHashSet<>()).add(reader);
    }

    private void local(LocalRun run) {
        for (LocalContainer c : run.containers()) {
            Shape.Kind kind = switch (c.role()) {
                case ONE_SHOT -> Shape.Kind.ONE_SHOT;
                case STAND_IN -> Shape.Kind.STAND_IN;
                case SERVICE -> kind(c.service().orElseThrow(), c.instance());
            };
            String runs = c.instance().map(Shapes::catalog)
                    .orElse(c.image().reference().withPlaceholders()
                            + c.image().buildTarget().map(t -> " (built)").orElse(""));
            node(c.name(), kind, runs, c.service().map(Shapes::ports).orElse(List.of()),
                    c.service().flatMap(s -> s.network().networks().stream().findFirst()));
            c.environment().values().forEach(v -> v.variables().forEach(name -> read(name, c.name())));
            c.command().ifPresent(command -> command.forEach(v -> v.variables().forEach(name -> read(name,
                    c.name()))));
            for (String mount : c.attached().mounts()) {
                String source = mount.substring(0, mount.indexOf(':'));
                if (isNamedVolume(source)) {
                    String rest = mount.substring(mount.indexOf(':') + 1);
                    volume(c.name(), source, rest.contains(":") ? rest.substring(0, rest.indexOf(':')) : rest);
                }
            }
        }
        for (LocalContainer c : run.containers()) {
            Map<String, String> conditions = new LinkedHashMap<>();
            c.dependsOn().forEach((dep, condition) -> conditions.put(dep, condition.compose()));
            if (c.service().isPresent()) {
                declaredEdges(c.service().get(), conditions);
            } else {
                conditions.forEach((dep, condition) -> edge(c.name(), dep, Shape.Relation.DEPENDS_ON, condition));
            }
        }
    }

    /**
     * The edges a service declares: an HTTP cache in front of its backend, what it waits for (on
     * the conditions given, where the local run decided them), and the connection details it reads.
     */
    private void declaredEdges(Service service, Map<String, String> conditions) {
        Map<String, String> waits = new LinkedHashMap<>(conditions);
        service.placement().inFrontOf().ifPresent(front -> {
            waits.remove(front.value());
            edge(service.id(), front.value(), Shape.Relation.IN_FRONT_OF, "in front of");
        });
        if (conditions.isEmpty()) {
            service.network().dependsOn().forEach(d -> waits.put(d.id(), "depends on"));
        }
        Map<String, List<String>> refs = new LinkedHashMap<>();
        service.variables().env().values().forEach(v -> {
            if (v.value() instanceof EnvValue.Ref ref) {
                refs.computeIfAbsent(ref.service(), k -> new ArrayList<>()).add(ref.service() + "." + ref.field());
            }
        });
        waits.forEach((dep, condition) -> {
            List<String> read = refs.remove(dep);
            edge(service.id(), dep, Shape.Relation.DEPENDS_ON,
                    read == null ? condition : condition + ", reads " + String.join(", ", read));
        });
        refs.forEach((target, read) -> edge(service.id(), target, Shape.Relation.REFERENCES,
                "reads " + String.join(", ", read)));
    }

    private static Shape.Kind kind(Service service, Optional<CatalogInstance> instance) {
        if (instance.isEmpty()) {
            return Shape.Kind.SERVICE;
        }
        if (instance.get().entry().inFront()) {
            return Shape.Kind.HTTP_CACHE;
        }
        return instance.get().entry().category() == CatalogEntry.Category.TOOL ? Shape.Kind.SERVICE
                : Shape.Kind.CATALOG;
    }

    private static String catalog(CatalogInstance instance) {
        return instance.entry().kind() + " " + instance.version();
    }

    private static String runs(Service service) {
        if (service.source().value() instanceof ServiceSource.Catalog use) {
            return use.kind() + " " + use.version();
        }
        ImageSource source = ((ServiceSource.Image) service.source().value()).source();
        return source instanceof ImageSource.Built built ? "image " + built.image() + " (built)"
                : ((ImageSource.Published) source).reference().toString();
    }

    private static List<String> ports(Service service) {
        return service.network().ports().stream().filter(p -> p.published().isPresent())
                .map(p -> p.published().getAsInt() + ":" + p.containerPort()).toList();
    }

    private Optional<String> group(Service service, String grouping) {
        return switch (grouping) {
            case "task" -> plan.ecsTasks().taskOf(service).map(t -> t.main().id());
            case "app" -> app(service);
            default -> service.network().networks().stream().findFirst();
        };
    }

    /** The application a service runs in on Platform.sh: itself, or the one built from the same image. */
    private Optional<String> app(Service service) {
        Optional<String> image = service.builtImage();
        if (image.isEmpty()) {
            return Optional.empty();
        }
        return env.services().values().stream().filter(s -> s.builtImage().equals(image)).map(Service::id)
                .findFirst();
    }

    private void mounts(String container, Service service) {
        for (Volume volume : service.mounts().volumes()) {
            if (isNamedVolume(volume.source())) {
                volume(container, volume.source(), volume.target());
            }
        }
    }

    private static boolean isNamedVolume(String source) {
        return !(source.startsWith(".") || source.startsWith("/") || source.startsWith("~")
                || source.startsWith("$"));
    }

    private void volume(String container, String name, String path) {
        String id = "volume:" + name;
        node(id, Shape.Kind.VOLUME, name, List.of(), Optional.empty());
        edge(container, id, Shape.Relation.MOUNTS, path);
    }

    private void node(String id, Shape.Kind kind, String runs, List<String> ports, Optional<String> group) {
        nodes.putIfAbsent(id, new Shape.Node(id, kind, runs, ports, group));
    }

    private void edge(String from, String to, Shape.Relation relation, String label) {
        edges.putIfAbsent(from + "\u0000" + to + "\u0000" + relation, new Shape.Edge(from, to, relation, label));
    }
}
