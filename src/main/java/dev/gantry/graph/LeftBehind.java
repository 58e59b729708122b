package dev.gantry.graph;

import dev.gantry.catalog.InstanceNames;
import dev.gantry.targets.ArtifactSummary;
import dev.gantry.targets.ArtifactSummary.Warning;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a change leaves behind in an environment that already runs: a data volume no service uses
 * any more (its data stays where it is, and whatever took its place starts empty) and secrets the
 * environment's {@code .env} or secret store holds that nothing reads any more (while new ones must
 * be set before it is deployed). A renamed service is the usual cause: it is recognised as a service
 * removed and one of the same kind added, and the warning says which setting keeps the old names.
 */
final class LeftBehind {

    private final Shape before;
    private final Shape after;
    /** Removed node to the added node of the same kind that took its place. */
    private final Map<String, String> renamed = new LinkedHashMap<>();

    private LeftBehind(Shape before, Shape after) {
        this.before = before;
        this.after = after;
        for (Shape.Node was : before.nodes()) {
            if (was.kind() == Shape.Kind.VOLUME || after.node(was.id()).isPresent()) {
                continue;
            }
            after.nodes().stream().filter(now -> before.node(now.id()).isEmpty() && now.kind() == was.kind()
                    && product(now).equals(product(was)) && !renamed.containsValue(now.id())).findFirst()
                    .ifPresent(now -> renamed.put(was.id(), now.id()));
        }
    }

    /** The warnings for one environment that both shapes describe. */
    static List<Warning> between(Shape before, Shape after) {
        LeftBehind change = new LeftBehind(before, after);
        List<Warning> out = new ArrayList<>(change.volumes());
        change.secrets().ifPresent(out::add);
        return out;
    }

    private List<Warning> volumes() {
        List<Warning> out = new ArrayList<>();
        for (Shape.Node volume : before.nodes()) {
            if (volume.kind() != Shape.Kind.VOLUME || after.node(volume.id()).isPresent()) {
                continue;
            }
            List<Shape.Edge> users = before.mountsOf(volume.id());
            String whose = users.isEmpty() ? "" : " of " + String.join(", ", users.stream()
                    .map(e -> ArtifactSummary.code(e.from())).distinct().toList());
            String message = env() + "the data" + whose + " (volume " + ArtifactSummary.code(volume.runs())
                    + ") is no longer used";
            Optional<Shape.Edge> successor = users.stream().map(this::successor).flatMap(Optional::stream)
                    .findFirst();
            if (successor.isPresent()) {
                String volumeName = successor.get().to().substring(successor.get().to().indexOf(':') + 1);
                message += "; " + ArtifactSummary.code(successor.get().from()) + " starts on a new, empty volume "
                        + ArtifactSummary.code(volumeName);
            } else if (!users.isEmpty() && after.node(users.get(0).from()).isEmpty()) {
                message += ": " + ArtifactSummary.code(users.get(0).from()) + " is removed";
            }
            out.add(new Warning(message, keepVolume(volume, users, successor)));
        }
        return out;
    }

    /** The new volume mounted at the same path by the node that took the old user's place (or by itself). */
    private Optional<Shape.Edge> successor(Shape.Edge mount) {
        String node = renamed.getOrDefault(mount.from(), mount.from());
        return after.edges().stream().filter(e -> e.relation() == Shape.Relation.MOUNTS && e.from().equals(node)
                && e.label().equals(mount.label()) && before.node(e.to()).isEmpty()).findFirst();
    }

    private String keepVolume(Shape.Node volume, List<Shape.Edge> users, Optional<Shape.Edge> successor) {
        String name = ArtifactSummary.code(volume.runs());
        Optional<String> taker = successor.map(Shape.Edge::from)
                .or(() -> users.stream().map(e -> renamed.get(e.from())).filter(n -> n != null).findFirst());
        if (taker.isPresent()) {
            return "to keep the data, " + (catalog(after.node(taker.get()))
                    ? "give " + ArtifactSummary.code(taker.get()) + " `data_volume: " + volume.runs() + "`"
                    : "mount " + name + " in " + ArtifactSummary.code(taker.get()) + " again");
        }
        String otherwise = "remove " + name + " where " + before.environment() + " runs once its data is no longer"
                + " needed";
        if (users.isEmpty()) {
            return otherwise;
        }
        String user = users.get(0).from();
        if (after.node(user).isPresent()) {
            return "to keep the data, mount " + name + " in " + ArtifactSummary.code(user) + " again; otherwise "
                    + otherwise;
        }
        if (catalog(before.node(user))) {
            return "if " + ArtifactSummary.code(user) + " was renamed, give it `data_volume: " + volume.runs()
                    + "` under its new name; otherwise " + otherwise;
        }
        return otherwise;
    }

    /** A node whose data volume Gantry names (a catalog service), which `data_volume` can name instead. */
    private static boolean catalog(Optional<Shape.Node> node) {
        return node.map(n -> n.kind() != Shape.Kind.SERVICE).orElse(false);
    }

    private Optional<Warning> secrets() {
        Set<String> removed = new TreeSet<>(before.secrets().keySet());
        removed.removeAll(after.secrets().keySet());
        if (removed.isEmpty()) {
            return Optional.empty();
        }
        Set<String> added = new TreeSet<>(after.secrets().keySet());
        added.removeAll(before.secrets().keySet());
        String message = env() + codes(removed) + (removed.size() == 1 ? " is" : " are")
                + " no longer read from its .env or secret store";
        if (!added.isEmpty()) {
            message += "; it reads " + codes(added) + " instead, which must be set there before it is deployed";
        }
        List<String> keep = new ArrayList<>();
        renamed.forEach((was, now) -> {
            String prefix = InstanceNames.defaults(was).secretsPrefix();
            boolean read = removed.stream().anyMatch(name -> name.startsWith(prefix + "_")
                    && before.secrets().get(name).contains(was));
            if (read && after.secrets().values().stream().anyMatch(readers -> readers.contains(now))) {
                keep.add("give " + ArtifactSummary.code(now) + " `secrets_prefix: " + prefix + "`");
            }
        });
        String hint = !keep.isEmpty() ? "to keep reading them, " + String.join(" and ", keep)
                : added.isEmpty() ? "remove them where the environment runs once this change is deployed"
                : "set the new ones where the environment runs before deploying; remove the old ones after";
        return Optional.of(new Warning(message, hint));
    }

    private String env() {
        return after.environment() + ": ";
    }

    /** What a node runs without its version: {@code mariadb 10.11} is a {@code mariadb}. */
    private static String product(Shape.Node node) {
        int space = node.runs().indexOf(' ');
        String runs = space < 0 ? node.runs() : node.runs().substring(0, space);
        int colon = runs.lastIndexOf(':');
        return colon < 0 || runs.lastIndexOf('/') > colon ? runs : runs.substring(0, colon);
    }

    private static String codes(Set<String> names) {
        return String.join(", ", names.stream().map(ArtifactSummary::code).toList());
    }
}
