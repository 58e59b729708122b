package dev.gantry.catalog;

import dev.gantry.model.ImageReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A catalog database moving to another major line (MariaDB 10.11 to 11.4, PostgreSQL 14 to 16,
 * MySQL 5.7 to 8.0). Its data is kept in the old line's format: changing the tag is not enough, so
 * this says what to do where the database runs.
 */
public record DatabaseMove(CatalogEntry entry, String from, String to) {

    /** The move of catalog kind {@code kind} between two versions, when it is a database's across major lines. */
    public static Optional<DatabaseMove> of(String kind, String from, String to) {
        return Catalog.get().entry(kind).filter(e -> e.category() == CatalogEntry.Category.DATABASE)
                .filter(e -> !Versions.major(from).equals(Versions.major(to)))
                .map(e -> new DatabaseMove(e, from, to));
    }

    /** The move between two images a container ran, when both are the same catalog database's. */
    public static Optional<DatabaseMove> ofImages(String before, String after) {
        ImageReference a = ImageReference.parse(before);
        ImageReference b = ImageReference.parse(after);
        if (!a.repository().equals(b.repository()) || a.tag().isEmpty() || b.tag().isEmpty()) {
            return Optional.empty();
        }
        for (CatalogEntry entry : Catalog.get().entries()) {
            if (entry.category() == CatalogEntry.Category.DATABASE && entry.image().equals(a.repository())) {
                Optional<String> from = version(entry, a.tag().get());
                Optional<String> to = version(entry, b.tag().get());
                if (from.isPresent() && to.isPresent()) {
                    return of(entry.kind(), from.get(), to.get());
                }
            }
        }
        return Optional.empty();
    }

    /** The move between two Platform.sh service types ({@code mariadb:10.11}), when it is a database's. */
    public static Optional<DatabaseMove> ofPlatformshTypes(String before, String after) {
        int a = before.indexOf(':');
        int b = after.indexOf(':');
        if (a < 0 || b < 0 || !before.substring(0, a).equals(after.substring(0, b))) {
            return Optional.empty();
        }
        String type = before.substring(0, a);
        return Catalog.get().entries().stream()
                .filter(e -> e.platformsh().unsupported().isEmpty() && e.platformsh().type().equals(type))
                .findFirst().flatMap(e -> of(e.kind(), before.substring(a + 1), after.substring(b + 1)));
    }

    /** The version an image tag of the kind names: {@code 10.11} of {@code 10.11} for tag template {@code {version}}. */
    private static Optional<String> version(CatalogEntry entry, String tag) {
        String template = entry.container().tag();
        int at = template.indexOf("{version}");
        String prefix = template.substring(0, at);
        String suffix = template.substring(at + "{version}".length());
        return tag.startsWith(prefix) && tag.endsWith(suffix) && tag.length() > prefix.length() + suffix.length()
                ? Optional.of(tag.substring(prefix.length(), tag.length() - suffix.length())) : Optional.empty();
    }

    public boolean downgrade() {
        return Versions.ORDER.compare(to, from) < 0;
    }

    /** What moves: "mariadb 10.11 -> 11.4, a new major line". */
    public String what() {
        return entry.kind() + " " + from + " -> " + to + (downgrade() ? ", back to an older major line"
                : ", a new major line");
    }

    /** In a compose environment: the data volume holds the old format; `./dk upgrade-db` carries it over. */
    public String onCompose(String environment, String service, String volume) {
        return what() + ": volume `" + volume + "` of `" + environment + "` holds " + from + "'s data; after `gantry"
                + " generate`, run `./dk --env " + environment + " upgrade-db " + service + "` wherever `"
                + environment + "` runs (it dumps the database, starts " + to + " on a fresh volume, imports the"
                + " dump and keeps the old volume)";
    }

    /** On Platform.sh: its own procedure for the kind, from the catalog. */
    public String onPlatformsh() {
        ServiceType type = entry.platformsh();
        String procedure = type.upgrade().map(ServiceType.Upgrade::procedure).orElse("Platform.sh keeps the service's"
                + " data: follow its documentation for a new version of " + entry.kind()).replace("{steps}", steps(type));
        return what() + " on Platform.sh: " + procedure + type.upgrade().flatMap(ServiceType.Upgrade::docs)
                .map(d -> " (" + d + ")").orElse("");
    }

    /** Outside Gantry's files: the provider upgrades it. */
    public String onExternal(String environment) {
        return what() + ": `" + environment + "` reaches it as an external service, which Gantry does not run:"
                + " upgrade it with its provider's own procedure"
                + entry.ecs().managed().map(m -> " (for " + m
                        + ", its major version upgrade)").orElse("")
                + " before the applications of `" + environment + "` need " + to;
    }

    /** A database container on ECS: nothing carries its data over for the user. */
    public String onEcs(String environment, String volume) {
        return what() + ": in `" + environment + "` it runs as a container on ECS, whose data (volume `" + volume
                + "`) is in " + from + "'s format: dump it and import it into a fresh volume before the new task"
                + " runs (`./dk upgrade-db` does that for compose environments only)";
    }

    /** A StatefulSet on Kubernetes: the volumes claimed for its pods hold the old format. */
    public String onKubernetes(String environment, String service, String claim) {
        return what() + ": in `" + environment + "` the volumes claimed for StatefulSet `" + service + "` (`" + claim
                + "-" + service + "-0`, ...) hold " + from + "'s data: dump the database (`kubectl exec`) before"
                + " applying, then delete the StatefulSet and its claims, apply, and import the dump into the new"
                + " version";
    }

    /** The versions Platform.sh offers on the way up, one step each: "10.11 -> 11.0 -> 11.2 -> 11.4". */
    private String steps(ServiceType type) {
        List<String> steps = new ArrayList<>(List.of(from));
        if (!downgrade()) {
            type.versions().stream().filter(v -> Versions.ORDER.compare(v, from) > 0
                    && Versions.ORDER.compare(v, to) < 0).sorted(Versions.ORDER).forEach(steps::add);
        }
        steps.add(to);
        return String.join(" -> ", steps);
    }
}
