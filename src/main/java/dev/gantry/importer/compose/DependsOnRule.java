package dev.gantry.importer.compose;

import static dev.gantry.importer.Issues.COMPOSE_KEYS;
import static dev.gantry.importer.Issues.RAW;
import static dev.gantry.importer.Issues.noKey;

import dev.gantry.importer.draft.DraftScalar;
import java.util.List;
import java.util.Optional;

/**
 * {@code depends_on}: Gantry waits for a dependency to be healthy where it has a health check, else
 * for it to start. Where the original waited for less (started, of a service with a health check)
 * the wait is stronger; where it waited for a one-shot service to complete, Gantry cannot say so yet.
 */
final class DependsOnRule {

    private DependsOnRule() {
    }

    static void carry(ServiceImport s, List<Leaf> leaves) {
        Optional<String> front = s.environment().inFrontOf(s.facts().name());
        for (Leaf leaf : leaves) {
            String dependency = leaf.path().get(1);
            if (leaf.path().size() > 2) {
                s.notCarried(leaf, noKey("`depends_on." + dependency + "." + leaf.path().get(2) + "`", RAW));
                continue;
            }
            Optional<ServiceFacts> target = s.environment().facts(dependency);
            if (target.isEmpty() || target.get().dropped()) {
                s.notCarried(leaf, "`" + dependency + "` is not carried");
                continue;
            }
            String name = target.get().gantryName();
            String expected = target.get().healthchecked() ? "service_healthy" : "service_started";
            boolean isFront = front.filter(dependency::equals).isPresent();
            if (isFront) {
                s.draft().put("in_front_of", name);
            } else {
                s.draft().list("depends_on").add(DraftScalar.of(name));
            }
            String how = isFront ? "as `in_front_of: " + name + "`, which waits for it as depends_on does" : null;
            switch (leaf.value()) {
                case "service_completed_successfully" -> s.notCarried(leaf, "Gantry waits for `" + name + "` to "
                        + (expected.equals("service_healthy") ? "be healthy" : "start") + ", not to complete; "
                        + noKey("depends_on conditions", COMPOSE_KEYS));
                case "service_healthy", "service_started" -> {
                    if (leaf.value().equals(expected)) {
                        if (how == null) {
                            s.identical(leaf);
                        } else {
                            s.otherForm(leaf, how);
                        }
                    } else if (expected.equals("service_healthy")) {
                        s.otherForm(leaf, (how == null ? "" : how + "; ") + "waits for `" + name + "` to be healthy"
                                + " (its health check), a stronger wait than to start", expected, null);
                    } else {
                        s.notCarried(leaf, "Gantry does not know a health check of `" + name + "` (its image's own)"
                                + " and waits for it to start; " + noKey("depends_on conditions", COMPOSE_KEYS));
                    }
                }
                default -> s.notCarried(leaf, "unknown condition `" + leaf.value() + "`");
            }
        }
    }
}
