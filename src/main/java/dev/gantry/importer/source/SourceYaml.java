package dev.gantry.importer.source;

import dev.gantry.importer.InputError;
import dev.gantry.importer.Origin;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Reads a YAML file being imported into {@link SourceNode}s: one document, anchors expanded (within
 * limits), merge keys {@code <<} applied as compose and PyYAML apply them (the mapping's own keys
 * win, then the merged mappings in order), explicit tags kept as written. Duplicate keys are an
 * error, as in Compose v2.
 */
public final class SourceYaml {

    private static final int MAX_BYTES = 4 * 1024 * 1024;
    private static final int MAX_DEPTH = 64;
    private static final long MAX_NODES = 200_000;
    private static final String MERGE = "<<";

    private final String file;
    private long nodes;

    private SourceYaml(String file) {
        this.file = file;
    }

    /** Reads {@code path}, naming it {@code displayName} in messages. */
    public static SourceNode read(Path path, String displayName) throws InputError {
        return parse(text(path, displayName), displayName);
    }

    /** The text of a file being imported: UTF-8 (a byte order mark dropped), within a size limit. */
    public static String text(Path path, String displayName) throws InputError {
        try {
            if (Files.size(path) > MAX_BYTES) {
                throw new InputError(Origin.of(displayName), "the file is larger than " + MAX_BYTES + " bytes",
                        "import reads configuration files, not data");
            }
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(path))).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new InputError(Origin.of(displayName), "the file is not valid UTF-8", "save it as UTF-8");
        } catch (java.nio.file.NoSuchFileException e) {
            throw new InputError(Origin.of(displayName), "no such file", null);
        } catch (IOException e) {
            throw new InputError(Origin.of(displayName), "cannot read the file: " + e.getMessage(), null);
        }
    }

    public static SourceNode parse(String text, String displayName) throws InputError {
        LoadSettings settings = LoadSettings.builder().setLabel(displayName).setUseMarks(true)
                .setCodePointLimit(MAX_BYTES).setMaxAliasesForCollections(100).setAllowDuplicateKeys(true).build();
        Optional<Node> root;
        try {
            root = new Compose(settings).composeString(text);
        } catch (MarkedYamlEngineException e) {
            Mark mark = e.getProblemMark().or(e::getContextMark).orElse(null);
            throw new InputError(origin(displayName, mark), "not valid YAML: "
                    + (e.getProblem() == null ? "invalid YAML" : e.getProblem()), null);
        } catch (YamlEngineException e) {
            throw new InputError(Origin.of(displayName), "not valid YAML: " + e.getMessage(), null);
        } catch (StackOverflowError e) {
            throw new InputError(Origin.of(displayName), "the document is nested too deeply", null);
        }
        if (root.isEmpty()) {
            throw new InputError(new Origin(displayName, 1, 1), "the file is empty", null);
        }
        return new SourceYaml(displayName).convert(root.get(), 0);
    }

    private SourceNode convert(Node node, int depth) throws InputError {
        Origin at = origin(file, node.getStartMark().orElse(null));
        if (depth > MAX_DEPTH) {
            throw new InputError(at, "the document is nested more than " + MAX_DEPTH + " levels deep", null);
        }
        if (++nodes > MAX_NODES) {
            throw new InputError(at, "aliases expand the document beyond " + MAX_NODES + " nodes",
                    "this looks like an alias bomb");
        }
        Optional<String> tag = explicitTag(node);
        if (node instanceof ScalarNode scalar) {
            return new SourceScalar(scalar.getValue(), scalar.isPlain() && scalar.isResolved(), at, tag);
        }
        if (node instanceof SequenceNode seq) {
            List<SourceNode> items = new ArrayList<>();
            for (Node item : seq.getValue()) {
                items.add(convert(item, depth + 1));
            }
            return new SourceList(items, at, tag);
        }
        MappingNode mapping = (MappingNode) node;
        Map<String, SourceMap.Entry> entries = new LinkedHashMap<>();
        List<SourceMap> merged = new ArrayList<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                throw new InputError(origin(file, tuple.getKeyNode().getStartMark().orElse(null)),
                        "a mapping key must be a plain value, not a " + tuple.getKeyNode().getNodeType()
                                .name().toLowerCase(java.util.Locale.ROOT), null);
            }
            Origin keyAt = origin(file, key.getStartMark().orElse(null));
            if (MERGE.equals(key.getValue()) && key.isPlain()) {
                merged.addAll(mergeSources(convert(tuple.getValueNode(), depth + 1)));
                continue;
            }
            if (entries.containsKey(key.getValue())) {
                throw new InputError(keyAt, "duplicate key `" + key.getValue() + "` (first at line "
                        + entries.get(key.getValue()).keyOrigin().line() + ")",
                        "a YAML mapping holds one value per key; Compose refuses duplicates too");
            }
            entries.put(key.getValue(), new SourceMap.Entry(key.getValue(), keyAt,
                    convert(tuple.getValueNode(), depth + 1)));
        }
        for (SourceMap source : merged) {
            source.entries().forEach(entries::putIfAbsent);
        }
        return new SourceMap(entries, at, tag);
    }

    private static List<SourceMap> mergeSources(SourceNode value) throws InputError {
        List<SourceNode> sources = value instanceof SourceList list ? list.items() : List.of(value);
        List<SourceMap> out = new ArrayList<>();
        for (SourceNode source : sources) {
            if (!(source instanceof SourceMap map)) {
                throw new InputError(source.origin(), "a merge key `<<` takes a mapping or a list of mappings, not "
                        + source.kind(), null);
            }
            out.add(map);
        }
        return out;
    }

    /** A tag written in the file; the core schema's own tags (implicit or as `!!str`) are no tag. */
    private static Optional<String> explicitTag(Node node) {
        if (node.isResolved()) {
            return Optional.empty();
        }
        Tag tag = node.getTag();
        if (tag.equals(Tag.STR) || tag.equals(Tag.MAP) || tag.equals(Tag.SEQ) || tag.equals(Tag.INT)
                || tag.equals(Tag.FLOAT) || tag.equals(Tag.BOOL) || tag.equals(Tag.NULL)) {
            return Optional.empty();
        }
        return Optional.of(tag.getValue());
    }

    private static Origin origin(String file, Mark mark) {
        return mark == null ? Origin.of(file) : new Origin(file, mark.getLine() + 1, mark.getColumn() + 1);
    }
}
