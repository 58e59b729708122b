package dev.gantry.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.diag.Diagnostics;
import dev.gantry.importer.draft.Draft;
import dev.gantry.importer.draft.DraftList;
import dev.gantry.importer.draft.DraftMap;
import dev.gantry.importer.draft.DraftScalar;
import dev.gantry.importer.draft.DraftWriter;
import dev.gantry.load.Loaded;
import dev.gantry.load.SourceFile;
import dev.gantry.load.YMap;
import dev.gantry.load.YNode;
import dev.gantry.load.YScalar;
import dev.gantry.load.YSeq;
import dev.gantry.load.YamlLoader;
import dev.gantry.support.HostileStrings;
import dev.gantry.support.Processes;
import dev.gantry.support.Tools;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What import writes reads back as what it meant, through Gantry's own YAML 1.2 loader and through
 * PyYAML (a YAML 1.1 reader): hostile strings as values, list items, flow values, mapping keys and
 * comments. A comment never becomes YAML.
 */
class DraftWriterTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<String> strings() {
        List<String> out = new ArrayList<>(HostileStrings.FIXED);
        out.addAll(HostileStrings.random(22, 1500));
        out.addAll(List.of("8080:80", "10.11", "php:8.3", "*/5 * * * *", "a: b", "line one\nline two\n",
                "  indented\nblock", "ends with newlines\n\n", "tab\tinside\nlines", "x\n \ny"));
        return out;
    }

    private static DraftMap document(List<String> values) {
        DraftMap root = new DraftMap();
        DraftList list = new DraftList();
        DraftMap keyed = new DraftMap();
        DraftMap flows = new DraftMap();
        for (int i = 0; i < values.size(); i++) {
            String v = values.get(i);
            root.put("v" + i, DraftScalar.of(v));
            root.comment("v" + i, v);
            root.after("v" + i, v);
            list.add(DraftScalar.of(v), List.of(v));
            if (!v.equals("<<")) { // a quoted `<<` is a merge key to Gantry's loader, as a key import never writes
                keyed.put(v, DraftScalar.of(v));
            }
            flows.put("f" + i, new DraftMap().flow().put("secret", v));
        }
        root.put("list", list);
        root.put("short", DraftList.of(values.subList(0, 12)));
        root.put("keyed", keyed);
        root.put("flows", flows);
        return root;
    }

    @Test
    void gantrysLoaderReadsBackEveryString() {
        List<String> values = strings();
        DraftMap root = document(values);
        String text = DraftWriter.write(List.of("header", "with\nbreak", "# #"), root);
        Diagnostics diagnostics = new Diagnostics("written.yaml");
        Loaded loaded = YamlLoader.load(new SourceFile(Path.of("written.yaml"), "written.yaml", text), diagnostics);
        assertTrue(loaded.ok(), () -> diagnostics.sorted() + "\n" + text);
        assertSame(root, loaded.root().orElseThrow(), "");
    }

    @Test
    void pyYamlReadsBackEveryString() throws Exception {
        Path python = Tools.debianPython("yaml", "python3-yaml");
        List<String> values = strings();
        DraftMap root = document(values);
        String text = DraftWriter.write(List.of("header"), root);
        Processes.Result result = Processes.run(Path.of("."), Map.of(), text, List.of(python.toString(), "-c",
                "import json, sys, yaml; json.dump(yaml.safe_load(sys.stdin.read()), sys.stdout)"));
        result.assertSuccess();
        JsonNode read = JSON.readTree(result.out());
        for (int i = 0; i < values.size(); i++) {
            String expected = values.get(i);
            assertEquals(expected, read.get("v" + i).asText(), "value " + i);
            assertEquals(expected, read.get("list").get(i).asText(), "item " + i);
            assertEquals(expected, read.get("flows").get("f" + i).get("secret").asText(), "flow " + i);
        }
        assertEquals(values.size() + 4, read.size(), "no comment became a key");
    }

    /** The loaded tree says what the draft says: the same keys in the same order, strings as strings. */
    private static void assertSame(Draft expected, YNode actual, String path) {
        if (expected instanceof DraftScalar s) {
            YScalar scalar = (YScalar) actual;
            Object value = s.value();
            assertEquals(value == null ? null : value instanceof String ? value : value,
                    value instanceof String ? scalar.value() instanceof String ? scalar.value() : scalar.text()
                            : scalar.value(), path);
            if (value instanceof String) {
                assertTrue(scalar.value() instanceof String, path + " read as " + scalar.kind());
            }
        } else if (expected instanceof DraftList l) {
            List<YNode> items = ((YSeq) actual).items();
            assertEquals(l.items().size(), items.size(), path);
            for (int i = 0; i < items.size(); i++) {
                assertSame(l.items().get(i), items.get(i), path + "[" + i + "]");
            }
        } else {
            DraftMap m = (DraftMap) expected;
            YMap map = (YMap) actual;
            assertEquals(m.keys(), List.copyOf(map.entries().keySet()), path);
            for (String key : m.keys()) {
                assertSame(m.get(key).orElseThrow(), map.get(key).orElseThrow(), path + "." + key);
            }
        }
    }
}
