package dev.gantry.emit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Carries out an {@link OutputPlan} in three moves. First, before anything is written, it checks that
 * every folder it writes in can be written. Then it stages every new file beside its place (and on the
 * disk); a failure here removes what it staged, and every file is as it was. Then it writes the
 * {@link Journal} and replays it: the new files renamed into place, the ones no longer generated
 * deleted (and the folders that leaves empty), the manifest last; and deletes the journal. A run killed
 * after the journal was written is completed by the next run before it reads the folder; one killed
 * before leaves the old set and temporary files, which the next run removes. Refusing a plan with
 * conflicts is the caller's decision, made before.
 */
public final class Emitter {

    private final FileOps ops;

    public Emitter(FileOps ops) {
        this.ops = ops;
    }

    /** Carries out {@code plan}; says whether the manifest was added or changed (empty: it was current). */
    public Optional<FileChange.Kind> apply(OutputPlan plan, String version)
            throws IOException, SafePaths.UnsafePathException {
        Path folder = plan.folder();
        Path root = folder.toAbsolutePath().normalize();
        Path manifest = SafePaths.resolve(folder, Manifest.PATH);
        Path journalFile = SafePaths.resolve(folder, Journal.PATH);
        if (Files.exists(journalFile, LinkOption.NOFOLLOW_LINKS)) {
            throw new IllegalStateException(Journal.PATH + " must be rolled forward before the folder is read");
        }
        discardLeftovers(plan, manifest, journalFile);
        byte[] manifestBytes = plan.manifest(version).bytes();
        boolean manifestExists = Files.isRegularFile(manifest);
        boolean manifestCurrent = manifestExists && Arrays.equals(Files.readAllBytes(manifest), manifestBytes);
        if (plan.changes().isEmpty() && manifestCurrent) {
            return Optional.empty();
        }
        Map<Path, Staged> staged = new LinkedHashMap<>();
        for (FileChange change : plan.changes()) {
            change.generated().ifPresent(a -> staged.put(change.file(),
                    new Staged(change.path(), a.bytes(), a.format().executable())));
        }
        if (!manifestCurrent) {
            staged.put(manifest, new Staged(Manifest.PATH, manifestBytes, false));
        }
        Journal journal = new Journal(steps(plan, staged, root));
        List<Path> touched = new ArrayList<>(staged.keySet());
        plan.changes().stream().filter(c -> c.kind() == FileChange.Kind.REMOVED).forEach(c -> touched.add(c.file()));
        touched.add(journalFile);
        WritableFolders.check(root, touched);
        stageAndRecord(staged, journal, folder, root);
        journal.replay(folder, ops, false);
        journal.finish(folder, ops);
        return manifestCurrent ? Optional.empty()
                : Optional.of(manifestExists ? FileChange.Kind.CHANGED : FileChange.Kind.ADDED);
    }

    /** The new bytes of one file, by its path in the output folder. */
    private record Staged(String path, byte[] bytes, boolean executable) {
    }

    /** The journal's steps: the new files renamed into place, the old ones deleted, their folders pruned, the manifest last. */
    private static List<Journal.Step> steps(OutputPlan plan, Map<Path, Staged> staged, Path root) {
        List<Journal.Step> steps = new ArrayList<>();
        Journal.Step manifest = null;
        for (Staged file : staged.values()) {
            Journal.Write write = new Journal.Write(file.path(), Manifest.sha256(file.bytes()));
            if (file.path().equals(Manifest.PATH)) {
                manifest = write;
            } else {
                steps.add(write);
            }
        }
        for (FileChange change : plan.changes()) {
            if (change.kind() == FileChange.Kind.REMOVED) {
                steps.add(new Journal.Delete(change.path(), Manifest.sha256(change.onDisk().orElseThrow())));
            }
        }
        Set<String> folders = new LinkedHashSet<>();
        for (Path file : plan.pruned()) {
            if (!file.getParent().equals(root)) {
                folders.add(root.relativize(file.getParent()).toString().replace('\\', '/'));
            }
        }
        folders.forEach(folder -> steps.add(new Journal.Prune(folder)));
        if (manifest != null) {
            steps.add(manifest);
        }
        return steps;
    }

    /**
     * Stages every new file (the manifest too, when it changes) and writes the journal: from here on, the run
     * can be completed. When this fails, what it staged and the folders it created are removed.
     */
    private void stageAndRecord(Map<Path, Staged> staged, Journal journal, Path folder, Path root)
            throws IOException, SafePaths.UnsafePathException {
        List<Path> files = new ArrayList<>(staged.keySet());
        Set<Path> created = foldersToCreate(files, root);
        try {
            for (Map.Entry<Path, Staged> file : staged.entrySet()) {
                ops.stage(file.getKey(), file.getValue().bytes(), file.getValue().executable());
            }
            journal.write(folder, ops);
        } catch (IOException e) {
            files.add(SafePaths.resolve(folder, Journal.PATH));
            undoStaging(files, created);
            throw new NothingWrittenException(null, e);
        }
    }

    /** The folders that do not exist yet above {@code files}, which staging creates. */
    private static Set<Path> foldersToCreate(List<Path> files, Path root) {
        Set<Path> out = new LinkedHashSet<>();
        for (Path file : files) {
            for (Path dir = file.getParent(); dir.startsWith(root) && !dir.equals(root)
                    && !Files.exists(dir, LinkOption.NOFOLLOW_LINKS); dir = dir.getParent()) {
                out.add(dir);
            }
        }
        return out;
    }

    private void undoStaging(List<Path> files, Set<Path> created) {
        for (Path file : files) {
            try {
                ops.delete(AtomicFiles.temporaryFor(file));
            } catch (IOException ignored) {
                // left for the next run, which removes temporary files beside the files it owns
            }
        }
        List<Path> deepestFirst = new ArrayList<>(created);
        deepestFirst.sort(Comparator.comparingInt(Path::getNameCount).reversed());
        for (Path dir : deepestFirst) {
            try {
                ops.delete(dir);
            } catch (IOException ignored) {
                // not empty, or not removable: an empty folder is all that is left
            }
        }
    }

    /** Temporary files a killed run left beside the files this one owns, and beside the journal. */
    private void discardLeftovers(OutputPlan plan, Path manifest, Path journal) throws IOException {
        List<Path> owned = new ArrayList<>(plan.pruned());
        plan.files().forEach(f -> owned.add(f.file()));
        owned.add(manifest);
        owned.add(journal);
        for (Path file : owned) {
            Path temp = AtomicFiles.temporaryFor(file);
            if (Files.exists(temp, LinkOption.NOFOLLOW_LINKS)) {
                ops.delete(temp);
            }
        }
    }

    /** The output folder refused a write before any file was replaced: every file is as it was. */
    public static class NothingWrittenException extends IOException {
        NothingWrittenException(String message, IOException cause) {
            super(message, cause);
        }
    }
}
