package dev.gantry.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.gantry.targets.Artifact;
import dev.gantry.util.Json;
import java.io.IOException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Defence in depth: before anything is written, each YAML and JSON artifact is parsed back and each
 * Dockerfile checked line by line. A template change that breaks quoting is a bug in Gantry, caught
 * here instead of on the user's disk.
 */
public final class ArtifactCheck {

    private static final Set<String> INSTRUCTIONS = Set.of("FROM", "RUN", "CMD", "LABEL", "EXPOSE", "ENV", "ADD",
            "COPY", "ENTRYPOINT", "VOLUME", "USER", "WORKDIR", "ARG", "ONBUILD", "STOPSIGNAL", "HEALTHCHECK", "SHELL");

    private ArtifactCheck() {
    }

    /** Throws when the artifact is not well-formed in its format. */
    public static void verify(Artifact artifact) throws MalformedArtifactException {
        switch (artifact.format()) {
            case YAML -> yaml(artifact);
            case YAML_STREAM -> yamlStream(artifact);
            case JSON -> json(artifact);
            case DOCKERFILE -> dockerfile(artifact);
            default -> {
                // shell scripts are checked by shellcheck and bash -n in the tests; text has no grammar
            }
        }
    }

    private static void yaml(Artifact artifact) throws MalformedArtifactException {
        try {
            // Any tag is fine here (Platform.sh files use !include); the structure must be sound.
            Node root = new Compose(LoadSettings.builder().setLabel(artifact.path()).build())
                    .composeString(artifact.content()).orElse(null);
            if (root != null) {
                noDuplicateKeys(root, artifact);
            }
        } catch (YamlEngineException e) {
            throw new MalformedArtifactException(artifact, e.getMessage());
        }
    }

    /** Each document of the stream must be sound, as for {@link #yaml}. */
    private static void yamlStream(Artifact artifact) throws MalformedArtifactException {
        try {
            for (Node root : new Compose(LoadSettings.builder().setLabel(artifact.path()).build())
                    .composeAllFromString(artifact.content())) {
                noDuplicateKeys(root, artifact);
            }
        } catch (YamlEngineException e) {
            throw new MalformedArtifactException(artifact, e.getMessage());
        }
    }

    private static void noDuplicateKeys(Node node, Artifact artifact) throws MalformedArtifactException {
        if (node instanceof MappingNode map) {
            Set<String> keys = new HashSet<>();
            for (NodeTuple tuple : map.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key && !keys.add(key.getValue())) {
                    throw new MalformedArtifactException(artifact, "duplicate key `" + key.getValue() + "`");
                }
                noDuplicateKeys(tuple.getValueNode(), artifact);
            }
        } else if (node instanceof SequenceNode seq) {
            for (Node item : seq.getValue()) {
                noDuplicateKeys(item, artifact);
            }
        }
    }

    private static void json(Artifact artifact) throws MalformedArtifactException {
        try {
            Json.checkStrict(artifact.content());
        } catch (JsonProcessingException e) {
            throw new MalformedArtifactException(artifact, e.getOriginalMessage());
        } catch (IOException e) {
            throw new MalformedArtifactException(artifact, e.getMessage());
        }
    }

    /**
     * Every line is a comment, blank, or one whole instruction: quoted values close on their line
     * (an injected line break would leave one open), and exec-form arguments are JSON arrays of
     * strings (Docker silently runs anything else through the shell).
     */
    private static void dockerfile(Artifact artifact) throws MalformedArtifactException {
        String[] lines = artifact.content().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = "line " + (i + 1) + " (" + (line.length() > 60 ? line.substring(0, 60) + "..." : line) + ")";
            Optional<String> problem = instructionProblem(line);
            if (problem.isPresent()) {
                throw new MalformedArtifactException(artifact, where + " " + problem.get());
            }
        }
    }

    /**
     * What is wrong with one Dockerfile instruction line, by the rules above; empty when it is one
     * whole instruction. The dockerfile target holds raw instruction lines to the same rules.
     */
    public static Optional<String> instructionProblem(String line) {
        String[] parts = line.split("\\s+", 2);
        if (!INSTRUCTIONS.contains(parts[0])) {
            return Optional.of("is no Dockerfile instruction");
        }
        String argument = parts.length > 1 ? parts[1] : "";
        if (Set.of("ENV", "ARG", "LABEL").contains(parts[0]) && !quotesClose(argument)) {
            return Optional.of("leaves a quote open");
        }
        int bracket = argument.indexOf('[');
        if (bracket >= 0 && argument.substring(0, bracket).matches("(--\\S+\\s+)*(CMD\\s+)?")
                && !Json.isStringArray(argument.substring(bracket))) {
            return Optional.of("has an exec form that is not a JSON array");
        }
        return Optional.empty();
    }

    private static boolean quotesClose(String argument) {
        boolean quoted = false;
        for (int i = 0; i < argument.length(); i++) {
            char c = argument.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            }
        }
        return !quoted;
    }

    /**
     * A generated artifact that its consumer could not read: always a bug in Gantry (raw values are
     * quoted like any other, and raw instruction lines checked), but the message names the raw values
     * the file holds, which are the first place to look.
     */
    public static final class MalformedArtifactException extends Exception {
        public MalformedArtifactException(Artifact artifact, String problem) {
            super("generated " + artifact.path() + " is not well-formed (" + problem + "); this is a bug in Gantry"
                    + " or in a template override" + rawPlaces(artifact));
        }

        private static String rawPlaces(Artifact artifact) {
            if (artifact.raw().isEmpty()) {
                return "";
            }
            return "; it holds values of raw blocks, at " + String.join(", ", artifact.raw().stream()
                    .map(k -> k.at().toString()).distinct().toList()) + " of the environment file";
        }
    }
}
