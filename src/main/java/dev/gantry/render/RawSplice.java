package dev.gantry.render;

import dev.gantry.diag.Problem;
import dev.gantry.model.Raw;
import dev.gantry.targets.Artifact;
import dev.gantry.targets.RawContent;
import dev.gantry.targets.RawKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Merges a {@code raw} block into YAML that a template wrote (the workflows), with the meaning of
 * {@link RawMerge}: the rendered text is read back to find, for each raw key, the lines of the key it
 * replaces or removes, or where its mapping ends; only those lines change, so a file without raw
 * blocks stays byte for byte what the template wrote, comments and block scalars included. Every raw
 * value is written by the artifact's {@link YamlWriter}, never pasted: it is quoted as the target
 * quotes its own values. Block mappings are merged key by key; a flow mapping the template wrote is
 * rewritten whole with its scalars as they were.
 */
public final class RawSplice {

    /**
     * Lines {@code from} to {@code to} (0-based, inclusive) become {@code lines}; an insertion has
     * {@code to = from - 1}. {@code order} keeps insertions at one line in the order they were made.
     */
    private record Edit(int from, int to, List<String> lines, int order) {
    }

    private final List<String> source;
    private final YamlWriter writer;
    private final RawMerge.Result result;
    private final List<Edit> edits = new ArrayList<>();

    private RawSplice(String text, YamlWriter writer, RawMerge.Result result) {
        this.source = text.lines().toList();
        this.writer = writer;
        this.result = result;
    }

    /**
     * {@code artifact} with each patch merged into its text, in order; a warning for each generated value
     * a raw key replaced, and for a patch whose mapping the rendered file does not have.
     */
    public static Artifact patch(Artifact artifact, List<RawContent.Patch> patches, RawMerge.Warnings warnings) {
        if (patches.isEmpty()) {
            return artifact;
        }
        String text = artifact.content();
        RawMerge.Result result = new RawMerge.Result();
        for (RawContent.Patch patch : patches) {
            Optional<String> patched = apply(text, patch.path(), patch.block(), patch.writer(), result);
            if (patched.isPresent()) {
                text = patched.get();
            } else {
                warnings.report(Problem.RAW_BLOCK_NO_PLACE, patch.block().at(), artifact.path(), patch.named());
            }
        }
        result.warn(warnings, artifact.path());
        List<RawKey> keys = new ArrayList<>(artifact.raw());
        keys.addAll(result.keys());
        return new Artifact(artifact.path(), text, artifact.format(), keys);
    }

    /**
     * {@code yaml} with {@code block} merged into the block mapping at {@code path}; empty when there is
     * no such mapping (nothing changes then).
     */
    public static Optional<String> apply(String yaml, List<String> path, Raw.Mapping block, YamlWriter writer,
            RawMerge.Result result) {
        Node root = new Compose(LoadSettings.builder().build()).composeString(yaml).orElse(null);
        Node node = root;
        for (String key : path) {
            node = node instanceof MappingNode map ? value(map, key).orElse(null) : null;
        }
        if (!(node instanceof MappingNode map) || map.getFlowStyle() == FlowStyle.FLOW) {
            return Optional.empty();
        }
        RawSplice splice = new RawSplice(yaml, writer, result);
        splice.merge(map, block, path);
        return Optional.of(splice.edited(yaml.endsWith("\n")));
    }

    private void merge(MappingNode map, Raw.Mapping raw, List<String> path) {
        int indent = start(map.getValue().get(0).getKeyNode()).getColumn();
        List<String> added = new ArrayList<>();
        for (Raw.Entry entry : raw.entries().values()) {
            List<String> at = new ArrayList<>(path);
            at.add(entry.key());
            RawKey key = new RawKey(at, entry.keyAt());
            Optional<NodeTuple> tuple = tuple(map, entry.key());
            Raw value = entry.value();
            if (tuple.isEmpty()) {
                result.added(key);
                if (!(value instanceof Raw.Null)) {
                    added.addAll(entryLines(entry.key(), RawMerge.doc(value), indent));
                }
                continue;
            }
            Node generated = tuple.get().getValueNode();
            int first = start(tuple.get().getKeyNode()).getLine();
            int last = lastLine(generated);
            if (value instanceof Raw.Mapping nested && generated instanceof MappingNode block) {
                if (block.getFlowStyle() == FlowStyle.BLOCK) {
                    if (nested.isEmpty()) {
                        result.added(key);
                    }
                    merge(block, nested, at);
                } else {
                    Doc.Mapping doc = (Doc.Mapping) doc(generated);
                    RawMerge.into(doc, nested, at, result);
                    edit(first, last, entryLines(entry.key(), doc, indent));
                }
                continue;
            }
            result.added(key);
            result.replaced(key, brief(generated), value instanceof Raw.Null);
            edit(first, last, value instanceof Raw.Null ? List.of()
                    : entryLines(entry.key(), RawMerge.doc(value), indent));
        }
        if (!added.isEmpty()) {
            int end = lastLine(map);
            if (indent == 0) {
                added.add(0, ""); // top-level sections stand apart, as the templates write them
            }
            edit(end + 1, end, added);
        }
    }

    private void edit(int from, int to, List<String> lines) {
        edits.add(new Edit(from, to, lines, edits.size()));
    }

    /** {@code key: value} as the artifact's writer writes it, {@code indent} spaces in. */
    private List<String> entryLines(String key, Doc value, int indent) {
        String pad = " ".repeat(indent);
        return writer.write(new Doc.Mapping().put(key, value)).lines().map(line -> pad + line).toList();
    }

    private String edited(boolean finalBreak) {
        List<String> lines = new ArrayList<>(source);
        // Bottom up, so that line numbers still hold; at one line, the later insertion first, so
        // that what a nested mapping added stays before what its parent added after it.
        edits.sort(Comparator.comparingInt(Edit::from).thenComparingInt(Edit::order).reversed());
        for (Edit edit : edits) {
            for (int i = edit.to(); i >= edit.from(); i--) {
                lines.remove(i);
            }
            lines.addAll(edit.from(), edit.lines());
        }
        return String.join("\n", lines) + (finalBreak ? "\n" : "");
    }

    private static Optional<NodeTuple> tuple(MappingNode map, String key) {
        return map.getValue().stream()
                .filter(t -> t.getKeyNode() instanceof ScalarNode s && s.getValue().equals(key)).findFirst();
    }

    private static Optional<Node> value(MappingNode map, String key) {
        return tuple(map, key).map(NodeTuple::getValueNode);
    }

    private static Mark start(Node node) {
        return node.getStartMark().orElseThrow();
    }

    /**
     * The last line that holds part of {@code node}: where its last scalar or flow collection ends
     * (a block collection's own end mark lies at the next token, past blank lines and comments).
     */
    private static int lastLine(Node node) {
        if (node instanceof MappingNode map && map.getFlowStyle() == FlowStyle.BLOCK && !map.getValue().isEmpty()) {
            NodeTuple last = map.getValue().get(map.getValue().size() - 1);
            return lastLine(last.getValueNode());
        }
        if (node instanceof SequenceNode seq && seq.getFlowStyle() == FlowStyle.BLOCK && !seq.getValue().isEmpty()) {
            return lastLine(seq.getValue().get(seq.getValue().size() - 1));
        }
        Mark end = node.getEndMark().orElseThrow();
        return end.getColumn() == 0 ? end.getLine() - 1 : end.getLine();
    }

    /** A node the template wrote, as a document whose scalars are written back as they were. */
    private Doc doc(Node node) {
        if (node instanceof MappingNode map) {
            Doc.Mapping out = new Doc.Mapping();
            map.getValue().forEach(t -> out.put(((ScalarNode) t.getKeyNode()).getValue(), doc(t.getValueNode())));
            return out;
        }
        if (node instanceof SequenceNode seq) {
            return new Doc.Sequence(seq.getValue().stream().map(this::doc).toList());
        }
        return new Doc.Plain(sourceText(node));
    }

    /** A scalar exactly as it stands in the rendered text (one line: block scalars are never in flow collections). */
    private String sourceText(Node node) {
        Mark start = start(node);
        Mark end = node.getEndMark().orElseThrow();
        String line = source.get(start.getLine());
        int to = end.getLine() == start.getLine() ? line.offsetByCodePoints(0, end.getColumn()) : line.length();
        return line.substring(line.offsetByCodePoints(0, start.getColumn()), to);
    }

    /** A generated value in a few words, for the warning that names it. */
    private static String brief(Node node) {
        StringBuilder out = new StringBuilder();
        if (node instanceof MappingNode map) {
            out.append('{');
            map.getValue().forEach(t -> out.append(out.length() > 1 ? ", " : "")
                    .append(((ScalarNode) t.getKeyNode()).getValue()).append(": ").append(brief(t.getValueNode())));
            return out.append('}').toString();
        }
        if (node instanceof SequenceNode seq) {
            out.append('[');
            seq.getValue().forEach(item -> out.append(out.length() > 1 ? ", " : "").append(brief(item)));
            return out.append(']').toString();
        }
        return ((ScalarNode) node).getValue();
    }
}
