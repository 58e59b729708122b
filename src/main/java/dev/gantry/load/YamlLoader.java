package dev.gantry.load;

import dev.gantry.diag.Diagnostics;
import dev.gantry.diag.Position;
import dev.gantry.diag.Problem;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Builds a {@link YNode} tree from the YAML parser's event stream, iteratively, so that hostile
 * input meets a limit instead of a stack overflow. It rejects what the mission cannot trust:
 * duplicate keys, unknown tags, several documents, alias expansion past a bound, deep nesting.
 */
public final class YamlLoader {

    public static final int MAX_DEPTH = 64;
    /**
     * The most nodes aliases may add to the document, counting each alias as the whole tree it stands
     * for: however many aliases a file has, only what they expand to is limited, which stops an alias
     * bomb (each level multiplying the one below) and lets ordinary anchors be reused freely.
     */
    public static final long MAX_EXPANDED_NODES = 200_000;

    private static final String MERGE_KEY = "<<";
    private static final ScalarResolver RESOLVER = new CoreSchema().getScalarResolver();

    private final Diagnostics diagnostics;
    private final Deque<Frame> stack = new ArrayDeque<>();
    private final Map<String, YNode> anchors = new HashMap<>();
    private final Map<YNode, Long> weights = new IdentityHashMap<>();
    private long expandedNodes;
    private YNode root;

    private YamlLoader(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    public static Loaded load(SourceFile source, Diagnostics diagnostics) {
        YamlLoader loader = new YamlLoader(diagnostics);
        Optional<YNode> root = loader.run(source.text());
        return new Loaded(Optional.of(source), root, diagnostics.sorted());
    }

    private Optional<YNode> run(String text) {
        LoadSettings settings = LoadSettings.builder()
                .setLabel("environment.yaml")
                .setCodePointLimit((int) SourceReader.MAX_BYTES)
                .setUseMarks(true)
                .build();
        int documents = 0;
        try {
            for (Event event : new Parse(settings).parseString(text)) {
                switch (event.getEventId()) {
                    case DocumentStart -> {
                        documents++;
                        if (documents > 1) {
                            diagnostics.report(Problem.MULTIPLE_DOCUMENTS, at(event));
                            return Optional.empty();
                        }
                    }
                    case Scalar -> {
                        if (!push(scalar((ScalarEvent) event))) {
                            return Optional.empty();
                        }
                    }
                    case Alias -> {
                        if (!alias((AliasEvent) event)) {
                            return Optional.empty();
                        }
                    }
                    case MappingStart, SequenceStart -> {
                        if (!open((CollectionStartEvent) event)) {
                            return Optional.empty();
                        }
                    }
                    case MappingEnd, SequenceEnd -> {
                        if (!close()) {
                            return Optional.empty();
                        }
                    }
                    default -> {
                        // stream and document boundaries, comments: nothing to build
                    }
                }
            }
        } catch (MarkedYamlEngineException e) {
            Mark mark = e.getProblemMark().or(e::getContextMark).orElse(null);
            reportSyntax(e, position(mark), text);
            return Optional.empty();
        } catch (ReaderException e) {
            diagnostics.report(Problem.CONTROL_CHARACTER, offsetPosition(text, e.getPosition()),
                    String.format(Locale.ROOT, "%04X", e.getCodePoint()));
            return Optional.empty();
        } catch (YamlEngineException e) {
            diagnostics.report(Problem.YAML_UNREADABLE, Position.UNKNOWN, String.valueOf(e.getMessage()));
            return Optional.empty();
        }
        if (root == null) {
            diagnostics.report(Problem.EMPTY_FILE, new Position(1, 1));
            return Optional.empty();
        }
        return diagnostics.hasErrors() ? Optional.empty() : Optional.of(root);
    }

    // ---- building ------------------------------------------------------------------------

    private sealed interface Frame permits MapFrame, SeqFrame {
        NodeEvent start();
    }

    private record Pending(String key, Position position) {
    }

    private static final class MapFrame implements Frame {
        final CollectionStartEvent start;
        final LinkedHashMap<String, YMap.Entry> entries = new LinkedHashMap<>();
        final List<YNode> merges = new ArrayList<>();
        Pending pendingKey;
        boolean awaitingMergeValue;

        MapFrame(CollectionStartEvent start) {
            this.start = start;
        }

        @Override
        public NodeEvent start() {
            return start;
        }
    }

    private static final class SeqFrame implements Frame {
        final CollectionStartEvent start;
        final List<YNode> items = new ArrayList<>();

        SeqFrame(CollectionStartEvent start) {
            this.start = start;
        }

        @Override
        public NodeEvent start() {
            return start;
        }
    }

    private boolean open(CollectionStartEvent event) {
        if (!checkCollectionTag(event)) {
            return false;
        }
        if (stack.size() >= MAX_DEPTH) {
            diagnostics.report(Problem.NESTING_LIMIT, at(event), MAX_DEPTH);
            return false;
        }
        stack.push(event.getEventId() == Event.ID.MappingStart ? new MapFrame(event) : new SeqFrame(event));
        return true;
    }

    private boolean close() {
        Frame frame = stack.pop();
        YNode node;
        long weight = 1;
        if (frame instanceof MapFrame map) {
            LinkedHashMap<String, YMap.Entry> entries = map.entries;
            for (YNode merged : map.merges) {
                for (YMap.Entry e : ((YMap) merged).entries().values()) {
                    entries.putIfAbsent(e.key(), e);
                }
            }
            for (YMap.Entry e : entries.values()) {
                weight += weightOf(e.value());
            }
            node = new YMap(entries, at(map.start));
        } else {
            SeqFrame seq = (SeqFrame) frame;
            for (YNode item : seq.items) {
                weight += weightOf(item);
            }
            node = new YSeq(seq.items, at(seq.start));
        }
        weights.put(node, weight);
        register(frame.start(), node);
        return push(node);
    }

    private boolean alias(AliasEvent event) {
        String name = event.getAlias().getValue();
        YNode target = anchors.get(name);
        if (target == null) {
            diagnostics.report(Problem.UNDEFINED_ALIAS, at(event), name);
            return false;
        }
        expandedNodes += weightOf(target);
        if (expandedNodes > MAX_EXPANDED_NODES) {
            diagnostics.report(Problem.ALIAS_LIMIT, at(event), MAX_EXPANDED_NODES);
            return false;
        }
        return push(target);
    }

    /** Hands a finished node to the collection that holds it, or makes it the root. */
    private boolean push(YNode node) {
        if (node == null) {
            return false;
        }
        Frame top = stack.peek();
        if (top == null) {
            root = node;
            return true;
        }
        if (top instanceof SeqFrame seq) {
            seq.items.add(node);
            return true;
        }
        MapFrame map = (MapFrame) top;
        if (map.pendingKey == null && !map.awaitingMergeValue) {
            return acceptKey(map, node);
        }
        if (map.awaitingMergeValue) {
            map.awaitingMergeValue = false;
            return acceptMerge(map, node);
        }
        Pending key = map.pendingKey;
        map.pendingKey = null;
        map.entries.put(key.key(), new YMap.Entry(key.key(), key.position(), node));
        return true;
    }

    private boolean acceptKey(MapFrame map, YNode key) {
        if (!(key instanceof YScalar scalar)) {
            diagnostics.report(Problem.COMPLEX_KEY, key.position(), key.kind());
            return false;
        }
        String name = scalar.asText();
        if (scalar.isNull() && scalar.text().isEmpty()) {
            name = "";
        }
        if (MERGE_KEY.equals(scalar.text()) && scalar.isString()) {
            map.awaitingMergeValue = true;
            return true;
        }
        YMap.Entry previous = map.entries.get(name);
        if (previous != null) {
            diagnostics.report(Problem.DUPLICATE_KEY, scalar.position(), name, previous.keyPosition().line());
        }
        map.pendingKey = new Pending(name, scalar.position());
        return true;
    }

    private boolean acceptMerge(MapFrame map, YNode value) {
        List<YNode> sources = value instanceof YSeq seq ? seq.items() : List.of(value);
        for (YNode source : sources) {
            if (!(source instanceof YMap)) {
                diagnostics.report(Problem.MERGE_KEY_VALUE, source.position(), source.kind());
                return false;
            }
            map.merges.add(source);
        }
        return true;
    }

    private void register(NodeEvent event, YNode node) {
        event.getAnchor().ifPresent(anchor -> anchors.put(anchor.getValue(), node));
    }

    private long weightOf(YNode node) {
        return weights.getOrDefault(node, 1L);
    }

    // ---- scalars -------------------------------------------------------------------------

    private YScalar scalar(ScalarEvent event) {
        Position at = at(event);
        String text = event.getValue();
        Optional<String> tag = event.getTag();
        Object value;
        if (tag.isEmpty() || "!".equals(tag.get())) {
            boolean plain = event.isPlain() && tag.isEmpty();
            value = plain ? construct(RESOLVER.resolve(text, true), text) : text;
        } else {
            Tag explicit = new Tag(tag.get());
            if (!isCoreScalarTag(explicit)) {
                diagnostics.report(Problem.UNKNOWN_TAG, at, shortTag(tag.get()));
                return null;
            }
            value = construct(explicit, text);
            if (value == INVALID) {
                diagnostics.report(Problem.INVALID_TAGGED_VALUE, at, text, tag.get());
                return null;
            }
        }
        YScalar scalar = new YScalar(value == INVALID ? text : value, text, at);
        register(event, scalar);
        return scalar;
    }

    private static final Object INVALID = new Object();

    /** `tag:yaml.org,2002:binary` as the user wrote it: `!!binary`. */
    private static String shortTag(String tag) {
        return tag.startsWith(Tag.PREFIX) ? "!!" + tag.substring(Tag.PREFIX.length()) : tag;
    }

    private static boolean isCoreScalarTag(Tag tag) {
        return tag.equals(Tag.STR) || tag.equals(Tag.INT) || tag.equals(Tag.FLOAT) || tag.equals(Tag.BOOL)
                || tag.equals(Tag.NULL);
    }

    private static Object construct(Tag tag, String text) {
        try {
            if (tag.equals(Tag.NULL)) {
                return null;
            }
            if (tag.equals(Tag.BOOL)) {
                return switch (text) {
                    case "true", "True", "TRUE" -> Boolean.TRUE;
                    case "false", "False", "FALSE" -> Boolean.FALSE;
                    default -> INVALID;
                };
            }
            if (tag.equals(Tag.INT)) {
                return integer(text);
            }
            if (tag.equals(Tag.FLOAT)) {
                return floating(text);
            }
        } catch (NumberFormatException e) {
            return INVALID;
        }
        return text;
    }

    private static Object integer(String text) {
        String digits = text;
        int sign = 1;
        if (digits.startsWith("-") || digits.startsWith("+")) {
            sign = digits.startsWith("-") ? -1 : 1;
            digits = digits.substring(1);
        }
        int radix = 10;
        if (digits.startsWith("0x")) {
            radix = 16;
            digits = digits.substring(2);
        } else if (digits.startsWith("0o")) {
            radix = 8;
            digits = digits.substring(2);
        }
        BigInteger big = new BigInteger(digits, radix);
        if (sign < 0) {
            big = big.negate();
        }
        return big.bitLength() < 64 ? (Object) big.longValue() : big;
    }

    private static Object floating(String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        return switch (lower) {
            case ".inf", "+.inf" -> Double.POSITIVE_INFINITY;
            case "-.inf" -> Double.NEGATIVE_INFINITY;
            case ".nan" -> Double.NaN;
            default -> Double.parseDouble(text);
        };
    }

    private boolean checkCollectionTag(CollectionStartEvent event) {
        Optional<String> tag = event.getTag();
        if (tag.isEmpty() || "!".equals(tag.get())) {
            return true;
        }
        Tag explicit = new Tag(tag.get());
        boolean expected = event.getEventId() == Event.ID.MappingStart ? explicit.equals(Tag.MAP)
                : explicit.equals(Tag.SEQ);
        if (!expected) {
            diagnostics.report(Problem.UNKNOWN_COLLECTION_TAG, at(event), shortTag(tag.get()));
        }
        return expected;
    }

    // ---- positions and messages ------------------------------------------------------------

    private static Position at(Event event) {
        return position(event.getStartMark().orElse(null));
    }

    private static Position position(Mark mark) {
        return mark == null ? Position.UNKNOWN : new Position(mark.getLine() + 1, mark.getColumn() + 1);
    }

    private static Position offsetPosition(String text, int codePointOffset) {
        int line = 1;
        int column = 1;
        int index = 0;
        for (int cp = 0; cp < codePointOffset && index < text.length(); cp++) {
            int c = text.codePointAt(index);
            index += Character.charCount(c);
            if (c == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new Position(line, column);
    }

    /**
     * When the `:` the parser choked on ends a lone key on a line indented deeper than a `key: value` line
     * above it, the key was read as more of that value: the hint says to indent it like that key.
     */
    /** A key indented more than {@code sibling} on {@code line} above it, whose value is on its own line. */
    private record OverIndented(String key, String sibling, int line) {
    }

    private static Optional<OverIndented> overIndented(String text, Mark mark) {
        List<String> lines = text.lines().toList();
        int line = mark.getLine();
        if (line <= 0 || line >= lines.size()) {
            return Optional.empty();
        }
        String here = lines.get(line);
        int column = Math.min(mark.getColumn(), here.codePointCount(0, here.length()));
        String key = here.substring(0, here.offsetByCodePoints(0, column)).strip();
        if (key.isEmpty() || key.contains(":") || key.startsWith("-")) {
            return Optional.empty();
        }
        int above = line - 1;
        while (above >= 0 && (lines.get(above).isBlank() || lines.get(above).strip().startsWith("#"))) {
            above--;
        }
        if (above < 0 || indent(lines.get(above)) >= indent(here)) {
            return Optional.empty();
        }
        String previous = lines.get(above).strip();
        previous = previous.startsWith("- ") ? previous.substring(2).strip() : previous;
        int colon = previous.indexOf(": ");
        if (colon <= 0) {
            return Optional.empty();
        }
        return Optional.of(new OverIndented(key, previous.substring(0, colon), above + 1));
    }

    private static int indent(String line) {
        int n = 0;
        while (n < line.length() && line.charAt(n) == ' ') {
            n++;
        }
        return n;
    }

    private static String syntaxMessage(MarkedYamlEngineException e) {
        String problem = e.getProblem() == null ? "invalid YAML" : e.getProblem();
        String context = e.getContext();
        String message = context == null ? problem : context + ", " + problem;
        Optional<Mark> started = e.getContextMark();
        if (started.isPresent() && e.getProblemMark().isPresent()
                && started.get().getLine() != e.getProblemMark().get().getLine()) {
            message += " (it started at line " + (started.get().getLine() + 1) + ", column "
                    + (started.get().getColumn() + 1) + ")";
        }
        return message;
    }

    /** The syntax errors whose usual cause is known have ids of their own, with the fix as the hint. */
    private void reportSyntax(MarkedYamlEngineException e, Position at, String text) {
        String problem = e.getProblem() == null ? "" : e.getProblem();
        if (problem.contains("mapping values are not allowed")) {
            Optional<OverIndented> over = e.getProblemMark().flatMap(mark -> overIndented(text, mark));
            if (over.isPresent()) {
                diagnostics.report(Problem.YAML_OVER_INDENTED, at, syntaxMessage(e), over.get().key(),
                        over.get().sibling(), over.get().line());
                return;
            }
        }
        diagnostics.report(syntaxProblem(problem), at, syntaxMessage(e));
    }

    private static Problem syntaxProblem(String problem) {
        if (problem.contains("\\t") || problem.contains("tab")) {
            return Problem.YAML_TAB;
        }
        if (problem.contains("mapping values are not allowed")) {
            return Problem.YAML_COLON_IN_VALUE;
        }
        if (problem.contains("could not find expected ':'")) {
            return Problem.YAML_INDENTATION;
        }
        return Problem.YAML_SYNTAX;
    }
}
