package dev.gantry.importer.compose;

import static dev.gantry.importer.Issues.COMPOSE_KEYS;
import static dev.gantry.importer.Issues.RAW;
import static dev.gantry.importer.Issues.noKey;

import dev.gantry.catalog.CatalogEntry;
import dev.gantry.importer.draft.DraftScalar;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code volumes}: named volumes and bind mounts of the project, relative to environment.yaml. A
 * catalog service's data volume is the catalog's own, its configuration file a setting.
 */
final class VolumeRule {

    /** Options Docker on Linux ignores: carried without them. */
    private static final Set<String> IGNORED = Set.of("cached", "delegated", "consistent");

    private VolumeRule() {
    }

    static void carry(ServiceImport s, List<Leaf> leaves) {
        for (Leaf leaf : leaves) {
            if (leaf.path().size() > 2) {
                s.notCarried(leaf, noKey("the volume option `" + String.join(".", leaf.path().subList(2,
                        leaf.path().size())) + "`", RAW));
                continue;
            }
            String target = leaf.path().get(1);
            String value = leaf.value();
            if (s.catalog().isPresent() && catalogVolume(s, leaf, target)) {
                continue;
            }
            if (value.equals("(tmpfs)")) {
                s.notCarried(leaf, noKey("a tmpfs mount", COMPOSE_KEYS));
                continue;
            }
            if (value.isEmpty()) {
                s.notCarried(leaf, noKey("an anonymous volume", RAW));
                continue;
            }
            String[] parts = VolumeSyntax.split(value);
            String source = parts[0];
            String mode = parts.length > 1 ? parts[1] : "";
            if (source.startsWith("~") || source.startsWith("$")) {
                s.notCarried(leaf, noKey("a bind mount from the home folder", COMPOSE_KEYS));
                continue;
            }
            if (!target.startsWith("/") || target.contains(":")) {
                s.notCarried(leaf, "Gantry mounts at absolute paths without `:`");
                continue;
            }
            String carriedSource = source;
            String note = null;
            if (source.startsWith("./") || source.equals(".") || source.startsWith("/")) {
                Optional<String> relative = s.environment().bindSource(source);
                if (relative.isPresent()) {
                    carriedSource = relative.get();
                    if (!carriedSource.equals(source)) {
                        note = "from `" + carriedSource + "`, relative to environment.yaml";
                    }
                }
            } else if (!source.matches("[a-zA-Z0-9][a-zA-Z0-9_.-]*")) {
                s.notCarried(leaf, "`" + source + "` is neither a volume name nor a path");
                continue;
            }
            String carriedMode = "";
            for (String option : mode.isEmpty() ? new String[0] : mode.split(",")) {
                if (option.equals("ro")) {
                    carriedMode = ":ro";
                } else if (IGNORED.contains(option)) {
                    note = (note == null ? "" : note + "; ") + "without `" + option + "`, which Docker on Linux ignores ("
                            + COMPOSE_KEYS + " to keep it)";
                } else if (!option.equals("rw")) {
                    s.notCarried(leaf, noKey("the mount option `" + option + "`", COMPOSE_KEYS));
                    carriedSource = null;
                    break;
                }
            }
            if (carriedSource == null) {
                continue;
            }
            s.draft().list("volumes").add(DraftScalar.of(carriedSource + ":" + target + carriedMode));
            if (!carriedSource.equals(source) || note != null) {
                s.otherForm(leaf, note, carriedSource + carriedMode, null);
            } else {
                s.identical(leaf);
            }
            if (!carriedSource.startsWith(".") && !carriedSource.startsWith("/")) {
                s.environment().usedVolume(carriedSource);
            }
        }
    }

    /** The data volume or configuration file of a catalog service; false for any other volume. */
    private static boolean catalogVolume(ServiceImport s, Leaf leaf, String target) {
        CatalogEntry entry = s.catalog().orElseThrow().match().entry();
        if (entry.data().filter(target::equals).isPresent()) {
            String volume = s.facts().gantryName() + "-data";
            String source = VolumeSyntax.split(leaf.value())[0];
            s.otherForm(leaf, "the catalog's data volume `" + volume + "`" + (source.equals(volume) ? ""
                    : " (the data of the volume `" + source + "` stays under that name)"), volume, null);
            s.environment().catalogVolume(source, volume);
            return true;
        }
        Optional<CatalogEntry.ConfigFile> file = entry.configFile().filter(f -> f.mount().equals(target));
        String source = VolumeSyntax.split(leaf.value())[0];
        if (file.isPresent() && source.startsWith(".")) {
            Optional<String> relative = s.environment().bindSource(source).filter(r -> r.startsWith("./"))
                    .map(r -> r.substring(2));
            if (relative.isEmpty()) {
                s.notCarried(leaf, "the catalog mounts its own " + file.get().key() + " there, and `config."
                        + file.get().key() + "` takes a file in the folder of environment.yaml; this one is outside it");
                return true;
            }
            s.draft().map("config").put(file.get().key(), relative.get());
            s.otherForm(leaf, "as `config." + file.get().key() + "`, which the catalog mounts there read-only",
                    "./" + relative.get() + ":ro", null);
            return true;
        }
        return false;
    }
}
