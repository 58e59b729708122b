package dev.gantry.emit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.render.Quote;
import dev.gantry.util.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The files Gantry owns in an output folder, {@code .gantry/manifest.json}: every generated path
 * with the SHA-256 of the bytes Gantry wrote there, the Gantry version and the environment file
 * they came from. Gantry overwrites and deletes only the paths it lists, and a listed file whose
 * bytes no longer match was edited by hand, unless it is one of {@code merged}: files two branches
 * both changed, which git merged ({@link ManifestMerge}) and the next {@code generate} rewrites.
 * The text is deterministic: sorted keys, one file a line, LF, no time stamps.
 */
public record Manifest(String gantry, String source, SortedMap<String, String> files, SortedSet<String> merged) {

    public static final String PATH = ".gantry/manifest.json";
    private static final int FORMAT = 1;
    private static final String NOTE = "Written by `gantry generate`: the files it owns in this folder."
            + " Commit it with them; do not edit it.";
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    public Manifest {
        files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
        merged = Collections.unmodifiableSortedSet(new TreeSet<>(merged));
    }

    /** A manifest of files Gantry wrote itself. */
    public Manifest(String gantry, String source, SortedMap<String, String> files) {
        this(gantry, source, files, new TreeSet<>());
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The same files with the same hashes from the same source; the Gantry version may differ. */
    public boolean sameContent(Manifest other) {
        return source.equals(other.source) && files.equals(other.files);
    }

    public String toJson() {
        Quote q = new Quote();
        StringBuilder out = new StringBuilder("{\n  \"files\": {");
        String separator = "\n";
        for (Map.Entry<String, String> file : files.entrySet()) {
            out.append(separator).append("    ").append(q.json(file.getKey()))
                    .append(merged.contains(file.getKey()) ? ": {\"merged\": true, \"sha256\": " : ": {\"sha256\": ")
                    .append(q.json(file.getValue())).append('}');
            separator = ",\n";
        }
        out.append(files.isEmpty() ? "},\n" : "\n  },\n");
        out.append("  \"gantry\": ").append(q.json(gantry)).append(",\n")
                .append("  \"manifest\": ").append(FORMAT).append(",\n")
                .append("  \"note\": ").append(q.json(NOTE)).append(",\n")
                .append("  \"source\": ").append(q.json(source)).append("\n}\n");
        return out.toString();
    }

    public byte[] bytes() {
        return toJson().getBytes(StandardCharsets.UTF_8);
    }

    /** The manifest in {@code folder}, empty when there is none. */
    public static Optional<Manifest> read(Path folder) throws UnreadableException {
        Path file = folder.resolve(PATH);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(parse(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UnreadableException(e.getMessage().lines().findFirst().orElse("unreadable"));
        }
    }

    /** The manifest these bytes hold. */
    public static Manifest parse(byte[] bytes) throws UnreadableException {
        try {
            return parse(Json.read(bytes));
        } catch (IOException e) {
            throw new UnreadableException(e.getMessage().lines().findFirst().orElse("unreadable"));
        }
    }

    private static Manifest parse(JsonNode root) throws UnreadableException {
        if (root == null || root.path("manifest").asInt() != FORMAT || !root.path("files").isObject()
                || !root.path("gantry").isTextual() || !root.path("source").isTextual()) {
            throw new UnreadableException("it is not a format-" + FORMAT + " Gantry manifest");
        }
        SortedMap<String, String> files = new TreeMap<>();
        SortedSet<String> merged = new TreeSet<>();
        for (Map.Entry<String, JsonNode> file : root.get("files").properties()) {
            if (file.getValue().path("merged").asBoolean(false)) {
                merged.add(file.getKey());
            }
            String hash = file.getValue().path("sha256").asText();
            if (!SHA256.matcher(hash).matches()) {
                throw new UnreadableException("`" + file.getKey() + "` has no valid sha256");
            }
            try {
                SafePaths.checkSyntax(file.getKey());
            } catch (SafePaths.UnsafePathException e) {
                throw new UnreadableException(e.getMessage());
            }
            files.put(file.getKey(), hash);
        }
        return new Manifest(root.get("gantry").asText(), root.get("source").asText(), files, merged);
    }

    /** The manifest exists but cannot be trusted, so Gantry cannot tell which files it owns. */
    public static final class UnreadableException extends Exception {
        UnreadableException(String why) {
            super(PATH + " cannot be read: " + why);
        }
    }
}
