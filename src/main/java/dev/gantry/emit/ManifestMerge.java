package dev.gantry.emit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A three-way merge of {@code .gantry/manifest.json}, for git's merge driver, file by file: a file
 * one branch changed (added, rewrote, deleted) takes that branch's entry, which is what git does to
 * the file itself, so the merged manifest holds the hashes of what the merge leaves on disk. A file
 * both branches changed differently is one git merges line by line (or leaves in conflict): the
 * manifest marks it {@code merged}, and the next {@code gantry generate} rewrites it from the merged
 * environment file instead of taking it for a hand edit. Two branches that generated from different
 * environment files cannot be merged.
 */
public final class ManifestMerge {

    /** The merged manifest, and the files both branches changed. */
    public record Result(Manifest manifest, List<String> merged) {
    }

    private ManifestMerge() {
    }

    /** The merge of {@code ours} and {@code theirs}, which both come from {@code base}; empty when they cannot merge. */
    public static Optional<Result> of(Manifest base, Manifest ours, Manifest theirs) {
        if (!ours.source().equals(theirs.source())) {
            return Optional.empty();
        }
        SortedSet<String> paths = new TreeSet<>(ours.files().keySet());
        paths.addAll(theirs.files().keySet());
        SortedMap<String, String> files = new TreeMap<>();
        SortedSet<String> marked = new TreeSet<>();
        List<String> merged = new ArrayList<>();
        for (String path : paths) {
            Entry was = Entry.of(base, path);
            Entry mine = Entry.of(ours, path);
            Entry other = Entry.of(theirs, path);
            Entry taken = mine.equals(other) || other.equals(was) ? mine : mine.equals(was) ? other : null;
            if (taken == null) {
                taken = new Entry(mine.hash() != null ? mine.hash() : other.hash(), true);
                merged.add(path);
            }
            if (taken.hash() != null) {
                files.put(path, taken.hash());
                if (taken.marked()) {
                    marked.add(path);
                }
            }
        }
        String version = Objects.equals(ours.gantry(), base.gantry()) ? theirs.gantry() : ours.gantry();
        return Optional.of(new Result(new Manifest(version, ours.source(), files, marked), List.copyOf(merged)));
    }

    /** One file in one manifest: its hash (null when it does not list the file) and whether it is marked merged. */
    private record Entry(String hash, boolean marked) {

        static Entry of(Manifest manifest, String path) {
            return new Entry(manifest.files().get(path), manifest.merged().contains(path));
        }
    }
}
