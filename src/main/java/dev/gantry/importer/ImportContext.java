package dev.gantry.importer;

import dev.gantry.importer.draft.DraftMap;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * What every part of an import shares: the folder environment.yaml is written to (paths in it are
 * relative to that folder), the findings, the secrets, and the images the Dockerfiles gave.
 */
public final class ImportContext {

    private final Path outputFolder;
    private final Findings findings = new Findings();
    private final Secrets secrets = new Secrets();
    private final DraftMap images = new DraftMap();
    private final Set<String> names = new LinkedHashSet<>();

    public ImportContext(Path outputFolder) {
        this.outputFolder = outputFolder.toAbsolutePath().normalize();
    }

    public Path outputFolder() {
        return outputFolder;
    }

    public Findings findings() {
        return findings;
    }

    public Secrets secrets() {
        return secrets;
    }

    /** The {@code images:} of environment.yaml, by name. */
    public DraftMap images() {
        return images;
    }

    /** {@code path} relative to the output folder, {@code .} for the folder itself; empty when outside it. */
    public Optional<String> relative(Path path) {
        Path p = path.toAbsolutePath().normalize();
        if (!p.startsWith(outputFolder)) {
            return Optional.empty();
        }
        String r = outputFolder.relativize(p).toString().replace('\\', '/');
        return Optional.of(r.isEmpty() ? "." : r);
    }

    /**
     * A name for an image, unique among the images: lower case, single hyphens, starting with a
     * letter, as Gantry's names are; {@code prefix} is tried before a number when it is taken.
     */
    public String imageName(String wanted, String prefix) {
        String base = Names.of(wanted);
        String name = base;
        if (names.contains(name) && prefix != null) {
            name = Names.of(prefix + "-" + base);
        }
        for (int n = 2; names.contains(name); n++) {
            name = base + "-" + n;
        }
        names.add(name);
        return name;
    }
}
