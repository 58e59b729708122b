package dev.gantry.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.diag.Diagnostic;
import dev.gantry.diag.Diagnostics;
import dev.gantry.diag.Position;
import dev.gantry.diag.Problem;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class YamlLoaderTest {

    private static Loaded load(String text) {
        Diagnostics d = new Diagnostics("environment.yaml");
        return YamlLoader.load(new SourceFile(Path.of("environment.yaml"), "environment.yaml", text), d);
    }

    private static Diagnostic only(Loaded loaded) {
        assertEquals(1, loaded.diagnostics().size(), loaded.diagnostics().toString());
        return loaded.diagnostics().get(0);
    }

    @Test
    void keepsThePositionOfEveryKeyAndValue() {
        YMap root = (YMap) load("a: 1\nb:\n  c: [x, 'y']\n").root().orElseThrow();
        assertEquals(new Position(2, 1), root.keyPosition("b"));
        YMap b = (YMap) root.get("b").orElseThrow();
        YSeq c = (YSeq) b.get("c").orElseThrow();
        assertEquals(new Position(3, 6), c.position());
        assertEquals(new Position(3, 10), c.items().get(1).position());
    }

    @Test
    void resolvesScalarsAsYaml12() {
        YMap root = (YMap) load("a: yes\nb: 1.10\nc: 0o17\nd: ~\ne: true\nf: '1'\n").root().orElseThrow();
        assertEquals("yes", ((YScalar) root.get("a").get()).value());
        assertEquals(1.1, ((YScalar) root.get("b").get()).value());
        assertEquals("1.10", ((YScalar) root.get("b").get()).text());
        assertEquals(15L, ((YScalar) root.get("c").get()).value());
        assertEquals(null, ((YScalar) root.get("d").get()).value());
        assertEquals(true, ((YScalar) root.get("e").get()).value());
        assertEquals("1", ((YScalar) root.get("f").get()).value());
    }

    @Test
    void rejectsDuplicateKeysAtAnyDepth() {
        Diagnostic d = only(load("a:\n  b: 1\n  b: 2\n"));
        assertEquals(Problem.DUPLICATE_KEY, d.code());
        assertEquals(new Position(3, 3), d.position());
    }

    @Test
    void rejectsUnknownTags() {
        assertEquals(Problem.UNKNOWN_TAG, only(load("a: !include other.yaml\n")).code());
        assertEquals(Problem.UNKNOWN_TAG, only(load("a: !!python/object x\n")).code());
        assertEquals(Problem.UNKNOWN_COLLECTION_TAG, only(load("a: !include {b: 1}\n")).code());
        assertEquals(Problem.INVALID_TAGGED_VALUE, only(load("a: !!int many\n")).code());
        assertTrue(load("a: !!str 123\n").ok());
    }

    @Test
    void rejectsSeveralDocuments() {
        Diagnostic d = only(load("a: 1\n---\nb: 2\n"));
        assertEquals(Problem.MULTIPLE_DOCUMENTS, d.code());
        assertEquals(2, d.position().line());
    }

    @Test
    void stopsAliasBombs() {
        StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char p = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [*").append(p).append(", *").append(p).append(", *")
                    .append(p).append(", *").append(p).append(", *").append(p).append(", *").append(p).append("]\n");
        }
        assertEquals(Problem.ALIAS_LIMIT, only(load(bomb.toString())).code());
    }

    @Test
    void allowsModestAliasesAndMergeKeys() {
        YMap root = (YMap) load("base: &b {x: 1, y: 2}\nc:\n  <<: *b\n  y: 3\n").root().orElseThrow();
        YMap c = (YMap) root.get("c").orElseThrow();
        assertEquals(1L, ((YScalar) c.get("x").get()).value());
        assertEquals(3L, ((YScalar) c.get("y").get()).value());
    }

    @Test
    void stopsDeepNestingWithoutOverflowingTheStack() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        assertEquals(Problem.NESTING_LIMIT, only(load(deep)).code());
    }

    @Test
    void reportsTabsAndSyntaxErrorsWithAPosition() {
        Diagnostic d = only(load("a:\n\tb: 1\n"));
        assertEquals(Problem.YAML_TAB, d.code());
        assertEquals(2, d.position().line());
    }

    @Test
    void rejectsControlCharacters() {
        Diagnostic d = only(load("a: b\u0000c\n"));
        assertEquals(Problem.CONTROL_CHARACTER, d.code());
        assertEquals(new Position(1, 5), d.position());
    }

    @Test
    void reportsAnEmptyFile() {
        assertEquals(Problem.EMPTY_FILE, only(load("# only a comment\n")).code());
    }

    @Test
    void decodesStrictUtf8AndDropsTheBom() {
        Diagnostics d = new Diagnostics("x");
        byte[] bad = "a: b\nc: \u00e9".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(Optional.empty(), SourceReader.decode(bad, d));
        List<Diagnostic> found = d.sorted();
        assertEquals(Problem.INVALID_UTF8, found.get(0).code());
        assertEquals(new Position(2, 4), found.get(0).position());
        assertEquals(Optional.of("a: 1"), SourceReader.decode("\uFEFFa: 1".getBytes(StandardCharsets.UTF_8),
                new Diagnostics("x")));
    }
}
