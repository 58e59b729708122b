package dev.gantry.importer.compose;

import dev.gantry.importer.draft.DraftList;
import dev.gantry.importer.draft.DraftMap;
import dev.gantry.importer.draft.DraftOfSource;
import dev.gantry.importer.draft.DraftScalar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code depends_on} with compose's meaning: Gantry's list form waits for a dependency to be healthy
 * where it has a health check, else for it to start, so the list is written only where that is what
 * every condition says; otherwise the long form names each condition. A condition on a health check
 * Gantry does not know (the image's own) and a dependency's other options go under {@code raw.compose}.
 */
final class DependsOnRule {

    private DependsOnRule() {
    }

    static void carry(ServiceImport s, List<Leaf> leaves) {
        Optional<String> front = s.environment().inFrontOf(s.facts().name());
        Map<String, String> conditions = new LinkedHashMap<>();
        DraftMap raw = new DraftMap();
        boolean listMeansIt = true;
        for (Leaf leaf : leaves) {
            String dependency = leaf.path().get(1);
            if (leaf.path().size() > 2) {
                raw.map(s.environment().facts(dependency).map(ServiceFacts::gantryName).orElse(dependency)).put(leaf.path().get(2), DraftOfSource.of(s.resolved().source().map("depends_on")
                        .map(dependency).get(leaf.path().get(2)).orElseThrow()));
                s.otherForm(leaf, "under `raw.compose.depends_on`, as written");
                continue;
            }
            Optional<ServiceFacts> target = s.environment().facts(dependency);
            if (target.isEmpty() || target.get().dropped()) {
                s.notCarried(leaf, "`" + dependency + "` is not carried");
                continue;
            }
            String name = target.get().gantryName();
            if (front.filter(dependency::equals).isPresent()) {
                s.draft().put("in_front_of", name);
                if (leaf.value().equals("service_started")) {
                    s.otherForm(leaf, "as `in_front_of: " + name + "`, which waits for it to start");
                } else {
                    s.notCarried(leaf, "`in_front_of` waits for `" + name + "` to start, not for `" + leaf.value()
                            + "`");
                }
                continue;
            }
            String condition = leaf.value();
            if (condition.equals("service_healthy") && !target.get().healthchecked()) {
                // the health check is the image's own: Gantry cannot require it, compose reads it
                conditions.put(name, "service_started");
                raw.map(name).put("condition", condition);
                s.otherForm(leaf, "the health check is `" + dependency + "`'s image's own, which Gantry does not"
                        + " know: the condition under `raw.compose.depends_on`");
                listMeansIt = false;
                continue;
            }
            conditions.put(name, condition);
            // the list form means service_healthy only where Gantry surely knows a health check
            listMeansIt &= condition.equals("service_healthy") && target.get().healthchecked();
            if (name.equals(dependency)) {
                s.identical(leaf);
            } else {
                s.otherForm(leaf, "as a dependency on `" + name + "`, Gantry's name for `" + dependency + "`", condition,
                        "depends_on." + name);
            }
        }
        if (listMeansIt) {
            DraftList list = s.draft().list("depends_on");
            conditions.keySet().forEach(n -> list.add(DraftScalar.of(n)));
        } else {
            DraftMap map = s.draft().map("depends_on");
            conditions.forEach((n, c) -> map.put(n, new DraftMap().flow().put("condition", c)));
        }
        if (conditions.isEmpty()) {
            s.draft().remove("depends_on");
        }
        if (!raw.isEmpty()) {
            s.raw("depends_on", raw);
        }
    }
}
