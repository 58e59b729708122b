package dev.gantry.targets;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * One scalar of each entry of a mapping in a YAML artifact ({@code services.<name>.image} of a
 * compose file, {@code <name>.type} of Platform.sh's services.yaml), read as nodes: nothing is
 * constructed, so tags such as Platform.sh's {@code !include} need no meaning here.
 */
public final class EntryScalars {

    private EntryScalars() {
    }

    /**
     * Entry name to the scalar under {@code key}, for the entries of the mapping under the top-level
     * {@code parent} (the root mapping when empty); empty when the text is not such YAML.
     */
    public static Map<String, String> of(String yaml, Optional<String> parent, String key) {
        Map<String, String> out = new LinkedHashMap<>();
        entries(yaml, parent, key).forEach((name, value) -> {
            if (value instanceof ScalarNode scalar) {
                out.put(name, scalar.getValue());
            }
        });
        return out;
    }

    /** Like {@link #of}, for a list of scalars under {@code key} ({@code services.<name>.volumes}). */
    public static Map<String, List<String>> lists(String yaml, Optional<String> parent, String key) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        entries(yaml, parent, key).forEach((name, value) -> {
            if (value instanceof SequenceNode sequence) {
                out.put(name, sequence.getValue().stream().filter(ScalarNode.class::isInstance)
                        .map(item -> ((ScalarNode) item).getValue()).toList());
            }
        });
        return out;
    }

    private static Map<String, Node> entries(String yaml, Optional<String> parent, String key) {
        Map<String, Node> out = new LinkedHashMap<>();
        try {
            Optional<Node> root = new Compose(LoadSettings.builder().build()).composeString(yaml);
            Optional<Node> entries = parent.isEmpty() ? root : root.flatMap(r -> child(r, parent.get()));
            if (entries.orElse(null) instanceof MappingNode map) {
                for (NodeTuple entry : map.getValue()) {
                    if (entry.getKeyNode() instanceof ScalarNode name) {
                        child(entry.getValueNode(), key).ifPresent(value -> out.put(name.getValue(), value));
                    }
                }
            }
        } catch (YamlEngineException e) {
            return Map.of(); // not YAML (a hand edit broke it): the diff says the rest
        }
        return out;
    }

    private static Optional<Node> child(Node node, String key) {
        if (node instanceof MappingNode map) {
            for (NodeTuple entry : map.getValue()) {
                if (entry.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                    return Optional.of(entry.getValueNode());
                }
            }
        }
        return Optional.empty();
    }
}
