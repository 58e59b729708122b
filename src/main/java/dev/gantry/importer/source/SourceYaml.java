package dev.gantry.importer.source;

import dev.gantry.diag.Problem;
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
                throw new InputError(Origin.of(displayName), Problem.IMPORT_FILE_TOO_LARGE, MAX_BYTES);
            }
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(path))).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new InputError(Origin.of(displayName), Problem.IMPORT_INVALID_UTF8);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new InputError(Origin.of(displayName), Problem.IMPORT_FILE_NOT_FOUND);
        } catch (IOException e) {
            throw new InputError(Origin.of(displayName), Problem.IMPORT_READ_FAILED, String.valueOf(e.getMessage()));
        }
    }

    public static SourceNode parse(String text, String displayName) throws InputError {
        LoadSettings settings = LoadSettings.builder().setLabel(displayName).setUseMarks(true)
                .setCodePointLimit(MAX_BYTES).setMaxAliasesForCollections(100).setAllowDuplicateKeys(true)
                // a mapping or list as a key is refused below, at its place, with what it is
                .setAllowNonScalarKeys(true).build();
        Optional<Node> root;
        try {
            root = new Compose(settings).composeString(text);
        } catch (MarkedYamlEngineException e) {
            Mark mark = e.getProblemMark().or(e::getContextMark).orElse(null);
            throw new InputError(origin(displayName, mark), Problem.IMPORT_YAML_SYNTAX,
                    e.getProblem() == null ? "invalid YAML" : e.getProblem());
        } catch (YamlEngineException e) {
            throw new InputError(Origin.of(displayName), Problem.IMPORT_YAML_SYNTAX, String.valueOf(e.getMessage()));
        } catch (StackOverflowError e) {
            throw new InputError(Origin.of(displayName), Problem.IMPORT_NESTING_LIMIT, MAX_DEPTH);
        }
        if (root.isEmpty()) {
            throw new InputError(new Origin(displayName, 1, 1), Problem.IMPORT_EMPTY_FILE);
        }
        return new SourceYaml(displayName).convert(root.get(), 0);
    }

    private SourceNode convert(Node node, int depth) throws InputError {
        Origin at = origin(file, node.getStartMark().orElse(null));
        if (depth > MAX_DEPTH) {
            throw new InputError(at, Problem.IMPORT_NESTING_LIMIT, MAX_DEPTH);
        }
        if (++nodes > MAX_NODES) {
            throw new InputError(at, Problem.IMPORT_ALIAS_LIMIT, MAX_NODES);
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
                        Problem.IMPORT_COMPLEX_KEY,
                        tuple.getKeyNode().getNodeType().name().toLowerCase(java.util.Locale.ROOT));
            }
            Origin keyAt = origin(file, key.getStartMark().orElse(null));
            if (MERGE.equals(key.getValue()) && key.isPlain()) {
                merged.addAll(mergeSources(convert(tuple.getValueNode(), depth + 1)));
                continue;
            }
            if (entries.containsKey(key.getValue())) {
                throw new InputError(keyAt, Problem.IMPORT_DUPLICATE_KEY, key.getValue(),
                        entries.get(key.getValue()).keyOrigin().line());
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
                throw new InputError(source.origin(), Problem.IMPORT_MERGE_KEY_VALUE, source.kind());
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
