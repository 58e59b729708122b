package dev.gantry.importer.compose;

import dev.gantry.catalog.CatalogEntry;
import dev.gantry.importer.draft.DraftOfSource;
import dev.gantry.importer.draft.DraftScalar;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code volumes}: named volumes and bind mounts of the project, relative to environment.yaml. A
 * catalog service's data volume is the catalog's own, its configuration file a setting.
 */
final class VolumeRule {

    /** The options of the short syntax that Gantry's volumes take. */
    private static final Set<String> OPTIONS = Set.of("ro", "rw", "z", "Z", "cached", "delegated", "consistent",
            "nocopy", "shared", "rshared", "slave", "rslave", "private", "rprivate");

    private VolumeRule() {
    }

    static void carry(ServiceImport s, List<Leaf> leaves) {
        List<Leaf> options = leaves.stream().filter(l -> l.path().size() > 2).toList();
        if (!options.isEmpty()) {
            longFormOptions(s, options);
        }
        for (Leaf leaf : leaves) {
            if (leaf.path().size() > 2) {
                continue;
            }
            String target = leaf.path().get(1);
            String value = leaf.value();
            if (s.catalog().isPresent() && catalogVolume(s, leaf, target)) {
                continue;
            }
            if (value.equals("(tmpfs)")) {
                s.draft().list("tmpfs").add(DraftScalar.of(target));
                s.otherForm(leaf, "as `tmpfs: [" + target + "]`, the same mount", "", "tmpfs." + target);
                continue;
            }
            if (value.isEmpty()) {
                anonymous(s, leaf, target);
                continue;
            }
            String[] parts = VolumeSyntax.split(value);
            String source = parts[0];
            String mode = parts.length > 1 ? parts[1] : "";
            if (source.startsWith("$")) {
                s.notCarried(leaf, "`" + source + "` reads a variable that is not set");
                continue;
            }
            if (!target.startsWith("/") || target.contains(":")) {
                s.notCarried(leaf, "Gantry mounts at absolute paths without `:`");
                continue;
            }
            String carriedSource = source;
            String note = null;
            if (source.startsWith("~/")) {
                carriedSource = source;
            } else if (source.startsWith("./") || source.equals(".") || source.startsWith("/")) {
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
            String carriedMode = mode.equals("rw") || mode.isEmpty() ? "" : ":" + mode;
            if (!java.util.Arrays.stream(mode.isEmpty() ? new String[0] : mode.split(",")).allMatch(OPTIONS::contains)) {
                s.notCarried(leaf, "Gantry's volumes take the options " + String.join(", ", new java.util.TreeSet<>(
                        OPTIONS)) + ", not `" + mode + "`");
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

    /** An anonymous volume: it has no short form in environment.yaml, so the service's volumes go raw. */
    private static void anonymous(ServiceImport s, Leaf leaf, String target) {
        if (s.catalog().isPresent()) {
            s.notCarried(leaf, "an anonymous volume of a catalog service: the catalog's volumes are named");
            return;
        }
        s.raw("volumes", DraftOfSource.of(s.resolved().source().get("volumes").orElseThrow()));
        s.otherForm(leaf, "the service's volumes under `raw.compose.volumes`, as written (an anonymous volume has no"
                + " typed form)");
    }

    /**
     * Options of the long syntax that Gantry's volumes do not type ({@code bind.create_host_path},
     * {@code volume.nocopy} ...): the service's volumes under {@code raw.compose}, which replaces the list.
     */
    private static void longFormOptions(ServiceImport s, List<Leaf> options) {
        if (s.catalog().isPresent()) {
            options.forEach(l -> s.notCarried(l, "an option of a catalog service's volume: the catalog mounts its"
                    + " volumes itself"));
            return;
        }
        s.raw("volumes", DraftOfSource.of(s.resolved().source().get("volumes").orElseThrow()));
        options.forEach(l -> s.otherForm(l, "the service's volumes under `raw.compose.volumes`, as written"));
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
