package dev.gantry.emit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Carries out an {@link OutputPlan}: writes the added and changed files, deletes the ones no longer
 * generated (and the folders that leaves empty), and writes the manifest last. Each file is replaced
 * atomically, so a run killed part-way leaves every file old or new; the manifest still describes
 * the old set, and the next run, seeing files that already hold what it would write, completes it.
 * Refusing a plan with conflicts is the caller's decision, made before.
 */
public final class Emitter {

    private final FileOps ops;

    public Emitter(FileOps ops) {
        this.ops = ops;
    }

    /** Carries out {@code plan}; says whether the manifest was added or changed (empty: it was current). */
    public Optional<FileChange.Kind> apply(OutputPlan plan, String version)
            throws IOException, SafePaths.UnsafePathException {
        Path manifest = SafePaths.resolve(plan.folder(), Manifest.PATH);
        discardLeftovers(plan, manifest);
        for (FileChange change : plan.changes()) {
            if (change.generated().isPresent()) {
                ops.replace(change.file(), change.generated().get().bytes(),
                        change.generated().get().format().executable());
            }
        }
        Path root = plan.folder().toAbsolutePath().normalize();
        for (FileChange change : plan.changes()) {
            if (change.kind() == FileChange.Kind.REMOVED) {
                ops.delete(change.file());
            }
        }
        for (Path file : plan.pruned()) {
            removeEmptyFolders(file.getParent(), root);
        }
        byte[] bytes = plan.manifest(version).bytes();
        boolean exists = Files.isRegularFile(manifest);
        if (exists && Arrays.equals(Files.readAllBytes(manifest), bytes)) {
            return Optional.empty();
        }
        ops.replace(manifest, bytes, false);
        return Optional.of(exists ? FileChange.Kind.CHANGED : FileChange.Kind.ADDED);
    }

    /** Temporary files a killed run left beside the files this one owns. */
    private void discardLeftovers(OutputPlan plan, Path manifest) throws IOException {
        List<Path> owned = new ArrayList<>(plan.pruned());
        plan.files().forEach(f -> owned.add(f.file()));
        owned.add(manifest);
        for (Path file : owned) {
            Path temp = AtomicFiles.temporaryFor(file);
            if (Files.exists(temp)) {
                ops.delete(temp);
            }
        }
    }

    private void removeEmptyFolders(Path folder, Path root) throws IOException {
        for (Path dir = folder; dir != null && dir.startsWith(root) && !dir.equals(root); dir = dir.getParent()) {
            if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            try (Stream<Path> entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    return;
                }
            }
            ops.delete(dir);
        }
    }
}
