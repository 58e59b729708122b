package dev.gantry.emit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.render.Quote;
import dev.gantry.util.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What {@code generate} is about to do to the output folder, in {@code .gantry/journal.json}: written,
 * and on the disk, after every new file is staged beside its place and before the first is renamed
 * into place. A run killed part-way leaves it behind; the next {@code generate}, {@code generate
 * --check} or {@code diff} replays it before reading the folder ({@link #rollForward}), so no command
 * acts on a half-replaced set. Every step can be replayed any number of times: a file is renamed into
 * place only when its staged bytes are the ones the journal names, and deleted only while it holds
 * the bytes it held when the run planned to delete it.
 */
public record Journal(List<Step> steps) {

    public static final String PATH = ".gantry/journal.json";
    private static final int FORMAT = 1;
    private static final String NOTE = "Written by `gantry generate` while it replaces files; the next run of"
            + " gantry completes it and deletes it. Do not edit or commit it.";
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    public Journal {
        steps = List.copyOf(steps);
    }

    /** One thing to do to the output folder, by a path relative to it. */
    public sealed interface Step permits Write, Delete, Prune {
        String path();
    }

    /** Rename the staged temporary file of {@code path} onto it; {@code sha256} is the hash of the staged bytes. */
    public record Write(String path, String sha256) implements Step {
    }

    /** Delete {@code path}, as long as it still holds the bytes with hash {@code sha256}. */
    public record Delete(String path, String sha256) implements Step {
    }

    /** Remove the folder {@code path} if it is empty, and each folder above it that this leaves empty. */
    public record Prune(String path) implements Step {
    }

    /** What replaying the steps did: files renamed into place, files deleted, and files whose new bytes were lost. */
    public record Outcome(int renamed, int deleted, List<String> lost) {

        /** The outcome as a note for the user, about a run that was interrupted. */
        public String describe() {
            String done = renamed + (renamed == 1 ? " file" : " files") + " moved into place, " + deleted + " deleted";
            String note = "an earlier `gantry generate` was interrupted while it replaced files; completed it from "
                    + PATH + " before reading the folder: " + done;
            return lost.isEmpty() ? note : note + "; the new bytes of " + String.join(", ", lost)
                    + " were lost, so they are as they were: run `gantry generate`";
        }
    }

    /**
     * Replays the journal a killed run left in {@code folder}, if any, syncs what it changed and deletes the
     * journal; empty when there was none.
     */
    public static Optional<Outcome> rollForward(Path folder, FileOps ops) throws IOException,
            SafePaths.UnsafePathException {
        Path file = SafePaths.resolve(folder, PATH);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        Journal journal = read(file);
        Outcome outcome = journal.replay(folder, ops, true);
        journal.finish(folder, ops);
        return Optional.of(outcome);
    }

    /**
     * Does each step: renames, deletions, folders pruned. With {@code verify}, a staged file is renamed only
     * when its bytes have the journal's hash (a file lost to a crash is left as it was and reported).
     */
    Outcome replay(Path folder, FileOps ops, boolean verify) throws IOException, SafePaths.UnsafePathException {
        Path root = folder.toAbsolutePath().normalize();
        int renamed = 0;
        int deleted = 0;
        List<String> lost = new ArrayList<>();
        for (Step step : steps) {
            Path path = SafePaths.resolve(folder, step.path());
            if (step instanceof Write write) {
                Path temp = AtomicFiles.temporaryFor(path);
                if (!Files.isRegularFile(temp, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                if (verify && !write.sha256().equals(Manifest.sha256(Files.readAllBytes(temp)))) {
                    ops.delete(temp);
                    lost.add(write.path());
                    continue;
                }
                ops.commit(path);
                renamed++;
            } else if (step instanceof Delete delete) {
                if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)
                        && delete.sha256().equals(Manifest.sha256(Files.readAllBytes(path)))) {
                    ops.delete(path);
                    deleted++;
                }
            } else {
                removeEmptyFolders(path, root, ops);
            }
        }
        return new Outcome(renamed, deleted, lost);
    }

    /** Puts the renames and deletions on the disk, then deletes the journal: the run is complete. */
    void finish(Path folder, FileOps ops) throws IOException, SafePaths.UnsafePathException {
        Path root = folder.toAbsolutePath().normalize();
        for (Path changed : folders(folder)) {
            ops.sync(changed);
        }
        Path file = SafePaths.resolve(folder, PATH);
        ops.delete(file);
        ops.sync(file.getParent());
        if (!root.equals(file.getParent())) {
            ops.sync(root);
        }
    }

    /** Writes the journal to {@code folder} and puts it on the disk, atomically: it is there whole or not at all. */
    void write(Path folder, FileOps ops) throws IOException, SafePaths.UnsafePathException {
        Path file = SafePaths.resolve(folder, PATH);
        ops.stage(file, bytes(), false);
        ops.commit(file);
        ops.sync(file.getParent());
    }

    /** The folders whose entries the steps change. */
    private Set<Path> folders(Path folder) throws IOException, SafePaths.UnsafePathException {
        Set<Path> out = new LinkedHashSet<>();
        for (Step step : steps) {
            Path path = SafePaths.resolve(folder, step.path());
            out.add(path.getParent());
        }
        return out;
    }

    private static void removeEmptyFolders(Path folder, Path root, FileOps ops) throws IOException {
        for (Path dir = folder; dir != null && dir.startsWith(root) && !dir.equals(root); dir = dir.getParent()) {
            if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            try (Stream<Path> entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    return;
                }
            }
            try {
                ops.delete(dir);
            } catch (IOException e) {
                return; // an empty folder that cannot be removed is left; it holds nothing of the old set
            }
        }
    }

    byte[] bytes() {
        Quote q = new Quote();
        StringBuilder out = new StringBuilder("{\n  \"journal\": ").append(FORMAT).append(",\n  \"note\": ")
                .append(q.json(NOTE)).append(",\n  \"steps\": [");
        String separator = "\n";
        for (Step step : steps) {
            out.append(separator).append("    {");
            if (step instanceof Write w) {
                out.append("\"write\": ").append(q.json(w.path())).append(", \"sha256\": ").append(q.json(w.sha256()));
            } else if (step instanceof Delete d) {
                out.append("\"delete\": ").append(q.json(d.path())).append(", \"sha256\": ").append(q.json(d.sha256()));
            } else {
                out.append("\"prune\": ").append(q.json(step.path()));
            }
            out.append('}');
            separator = ",\n";
        }
        return out.append(steps.isEmpty() ? "]\n}\n" : "\n  ]\n}\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Journal read(Path file) throws UnreadableException {
        try {
            JsonNode root = Json.read(Files.readAllBytes(file));
            if (root == null || root.path("journal").asInt() != FORMAT || !root.path("steps").isArray()) {
                throw new UnreadableException("it is not a format-" + FORMAT + " Gantry journal");
            }
            List<Step> steps = new ArrayList<>();
            for (JsonNode node : root.get("steps")) {
                steps.add(step(node));
            }
            return new Journal(steps);
        } catch (IOException e) {
            throw new UnreadableException(e.getMessage().lines().findFirst().orElse("unreadable"));
        }
    }

    private static Step step(JsonNode node) throws UnreadableException {
        String hash = node.path("sha256").asText();
        Step step;
        if (node.path("write").isTextual() && SHA256.matcher(hash).matches()) {
            step = new Write(node.get("write").asText(), hash);
        } else if (node.path("delete").isTextual() && SHA256.matcher(hash).matches()) {
            step = new Delete(node.get("delete").asText(), hash);
        } else if (node.path("prune").isTextual()) {
            step = new Prune(node.get("prune").asText());
        } else {
            throw new UnreadableException("a step is neither a write, a delete nor a prune with a valid path and hash");
        }
        try {
            SafePaths.checkSyntax(step.path());
        } catch (SafePaths.UnsafePathException e) {
            throw new UnreadableException(e.getMessage());
        }
        return step;
    }

    /** The journal is there but cannot be trusted: Gantry cannot tell what the interrupted run meant to do. */
    public static final class UnreadableException extends IOException {
        UnreadableException(String why) {
            super(PATH + " cannot be read: " + why + "; it is left by an interrupted run: delete it and run"
                    + " `gantry generate`");
        }
    }
}
