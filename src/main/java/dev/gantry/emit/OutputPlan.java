package dev.gantry.emit;

import dev.gantry.targets.Artifact;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What generating would change in an output folder, worked out in memory before anything is
 * written: each artifact compared with the file on disk, each path the old manifest lists that is no
 * longer generated (when {@code prune} is set: a run restricted with {@code --env} or {@code --target}
 * does not know the other artifacts, so it deletes nothing), and the ownership conflicts that make
 * {@code generate} refuse. {@code generate}, {@code generate --check} and {@code diff} all start here.
 */
public final class OutputPlan {

    private final Path folder;
    private final List<FileChange> files;
    private final List<Path> pruned;
    private final Optional<Manifest> previous;
    private final SortedMap<String, String> hashes;
    private final String source;

    private OutputPlan(Path folder, List<FileChange> files, List<Path> pruned, Optional<Manifest> previous,
            SortedMap<String, String> hashes, String source) {
        this.folder = folder;
        this.files = List.copyOf(files);
        this.pruned = List.copyOf(pruned);
        this.previous = previous;
        this.hashes = hashes;
        this.source = source;
    }

    public static OutputPlan of(Path folder, List<Artifact> artifacts, Optional<Manifest> previous, boolean prune,
            String source) throws IOException, SafePaths.UnsafePathException {
        Map<String, String> listed = previous.map(Manifest::files).orElse(new TreeMap<>());
        Set<String> merged = previous.map(Manifest::merged).orElse(new TreeSet<>());
        SortedMap<String, String> hashes = new TreeMap<>(prune ? Map.of() : listed);
        Map<String, FileChange> files = new TreeMap<>();
        for (Artifact artifact : artifacts) {
            if (artifact.path().equals(Manifest.PATH)) {
                throw new IllegalStateException("a target generates " + Manifest.PATH + ", which is the manifest's");
            }
            byte[] bytes = artifact.bytes();
            hashes.put(artifact.path(), Manifest.sha256(bytes));
            files.put(artifact.path(), compare(folder, artifact, bytes, listed.get(artifact.path()),
                    merged.contains(artifact.path())));
        }
        List<Path> pruned = new ArrayList<>();
        if (prune) {
            for (Map.Entry<String, String> entry : listed.entrySet()) {
                if (!files.containsKey(entry.getKey())) {
                    Path file = SafePaths.resolve(folder, entry.getKey());
                    pruned.add(file);
                    removal(entry.getKey(), file, entry.getValue(), merged.contains(entry.getKey()))
                            .ifPresent(c -> files.put(c.path(), c));
                }
            }
        }
        return new OutputPlan(folder, new ArrayList<>(files.values()), pruned, previous, hashes, source);
    }

    /**
     * The artifact against the file on disk. A file {@code mergedByGit} (two branches changed it, git
     * merged their versions) holds neither hash, and is no hand edit: it is Gantry's to rewrite.
     */
    private static FileChange compare(Path folder, Artifact artifact, byte[] bytes, String listedHash,
            boolean mergedByGit) throws IOException, SafePaths.UnsafePathException {
        Path file = SafePaths.resolve(folder, artifact.path());
        if (!Files.exists(file)) {
            return new FileChange(artifact.path(), file, FileChange.Kind.ADDED, Optional.empty(), Optional.of(artifact),
                    Optional.empty());
        }
        byte[] onDisk = Files.isRegularFile(file) ? Files.readAllBytes(file) : new byte[0];
        boolean sameBytes = Files.isRegularFile(file) && Arrays.equals(onDisk, bytes);
        boolean sameMode = !isPosix(file) || Files.isExecutable(file) == artifact.format().executable();
        FileChange.Kind kind = sameBytes && sameMode ? FileChange.Kind.UNCHANGED : FileChange.Kind.CHANGED;
        Optional<FileChange.Conflict> conflict = Optional.empty();
        if (!sameBytes && (listedHash == null || !Files.isRegularFile(file))) {
            conflict = Optional.of(FileChange.Conflict.NOT_GENERATED);
        } else if (!sameBytes && !mergedByGit && !listedHash.equals(Manifest.sha256(onDisk))) {
            conflict = Optional.of(FileChange.Conflict.EDITED_BY_HAND);
        }
        return new FileChange(artifact.path(), file, kind, Optional.of(onDisk), Optional.of(artifact), conflict);
    }

    private static Optional<FileChange> removal(String path, Path file, String listedHash, boolean mergedByGit)
            throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        byte[] onDisk = Files.readAllBytes(file);
        Optional<FileChange.Conflict> conflict = mergedByGit || listedHash.equals(Manifest.sha256(onDisk))
                ? Optional.empty()
                : Optional.of(FileChange.Conflict.EDITED_BY_HAND);
        return Optional.of(new FileChange(path, file, FileChange.Kind.REMOVED, Optional.of(onDisk), Optional.empty(),
                conflict));
    }

    private static boolean isPosix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    public Path folder() {
        return folder;
    }

    /** Every path compared, unchanged ones included, in path order. */
    public List<FileChange> files() {
        return files;
    }

    /**
     * The files the manifest lists that are no longer generated, on disk or not (a killed run may
     * have deleted some but not yet their folders).
     */
    public List<Path> pruned() {
        return pruned;
    }

    /** The paths generating would add, change or delete. */
    public List<FileChange> changes() {
        return files.stream().filter(f -> f.kind() != FileChange.Kind.UNCHANGED).toList();
    }

    public List<FileChange> conflicts() {
        return files.stream().filter(f -> f.conflict().isPresent()).toList();
    }

    /** The environment file the existing manifest names when it is another one than this run's. */
    public Optional<String> otherSource() {
        return previous.map(Manifest::source).filter(s -> !s.equals(source));
    }

    /** The manifest this run leaves behind, written by Gantry {@code version}. */
    public Manifest manifest(String version) {
        // A restricted run keeps the entries of the files it did not generate, marks included.
        SortedSet<String> merged = new TreeSet<>(previous.map(Manifest::merged).orElse(new TreeSet<>()));
        files.forEach(f -> merged.remove(f.path()));
        merged.retainAll(hashes.keySet());
        return new Manifest(version, source, hashes, merged);
    }

    /**
     * The manifest on disk lists other files or hashes than this run's would (the Gantry version aside);
     * a file it marks as merged by git counts as listed with this run's hash when it holds what this run
     * writes.
     */
    public boolean manifestStale() {
        return previous.map(m -> {
            SortedMap<String, String> listed = new TreeMap<>(m.files());
            for (FileChange file : files) {
                if (m.merged().contains(file.path()) && file.kind() == FileChange.Kind.UNCHANGED) {
                    listed.put(file.path(), hashes.get(file.path()));
                }
            }
            return !new Manifest(m.gantry(), m.source(), listed).sameContent(manifest(m.gantry()));
        }).orElse(true);
    }
}
