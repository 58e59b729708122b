package dev.gantry.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.diag.Diagnostics;
import dev.gantry.diag.Position;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Scalars replaced at the positions the loader gives them, in their own style, and nothing else. */
class ScalarEditsTest {

    /** Where the loader says the value under {@code key} (a top-level key, or key.key) starts. */
    private static Position at(String text, String path) {
        YNode node = YamlLoader.load(new SourceFile(Path.of("e.yaml"), "e.yaml", text), new Diagnostics("e.yaml"))
                .root().orElseThrow();
        for (String key : path.split("\\.")) {
            node = ((YMap) node).get(key).orElseThrow();
        }
        return node.position();
    }

    private static String edit(String text, String path, String value) throws Exception {
        return ScalarEdits.apply(text, List.of(new ScalarEdits.Edit(at(text, path), value)));
    }

    @Test
    void keepsEachStyle() throws Exception {
        String text = "a: mariadb:10.6   # plain\nb: 'php:8.2-fpm'\nc: \"nginx:1.26.2\"\nd: {e: redis:7.0, f: x}\n";
        assertEquals("a: mariadb:11.4   # plain\nb: 'php:8.2-fpm'\nc: \"nginx:1.26.2\"\nd: {e: redis:7.0, f: x}\n",
                edit(text, "a", "mariadb:11.4"));
        assertEquals("a: mariadb:10.6   # plain\nb: 'php:8.4-fpm'\nc: \"nginx:1.26.2\"\nd: {e: redis:7.0, f: x}\n",
                edit(text, "b", "php:8.4-fpm"));
        assertEquals("a: mariadb:10.6   # plain\nb: 'php:8.2-fpm'\nc: \"nginx:1.28.3\"\nd: {e: redis:7.0, f: x}\n",
                edit(text, "c", "nginx:1.28.3"));
        assertEquals("a: mariadb:10.6   # plain\nb: 'php:8.2-fpm'\nc: \"nginx:1.26.2\"\nd: {e: redis:8.0, f: x}\n",
                edit(text, "d.e", "redis:8.0"));
    }

    @Test
    void quotesWhatAStyleCannotHoldAsIs() throws Exception {
        assertEquals("a: 'it''s'\n", edit("a: 'x'\n", "a", "it's"));
        assertEquals("a: \"say \\\"hi\\\"\\n\"\n", edit("a: \"x\"\n", "a", "say \"hi\"\n"));
        assertEquals("a: \"1.10\"\n", edit("a: x\n", "a", "1.10"), "a plain 1.10 would be a number");
        assertEquals("a: \"x # y\"\n", edit("a: x\n", "a", "x # y"), "a plain ` #` would start a comment");
        assertEquals("a: [\"x,y\"]\n", ScalarEdits.apply("a: [x]\n", List.of(new ScalarEdits.Edit(
                new Position(1, 5), "x,y"))), "a comma in a flow sequence");
    }

    @Test
    void keepsAnchorsTagsAndWhatFollowsOnTheLine() throws Exception {
        String text = "a: &v redis:7.0\nb: *v\nc: !!str mariadb:10.6 # c\n";
        assertEquals("a: &v redis:8.0\nb: *v\nc: !!str mariadb:10.6 # c\n", edit(text, "a", "redis:8.0"));
        assertEquals("a: &v redis:7.0\nb: *v\nc: !!str mariadb:11.4 # c\n", edit(text, "c", "mariadb:11.4"));
    }

    @Test
    void countsColumnsInCodePointsAndKeepsLineEnds() throws Exception {
        String text = "# 🚀 é\r\nd: {n: \"🚀🚀\", e: redis:7.0}\r\n";
        assertEquals("# 🚀 é\r\nd: {n: \"🚀🚀\", e: redis:8.0}\r\n", edit(text, "d.e", "redis:8.0"));
    }

    @Test
    void twoEditsOnOneLine() throws Exception {
        String text = "d: {a: mariadb:10.6, b: redis:7.0}\n";
        assertEquals("d: {a: mariadb:10.11.9, b: redis:8.0}\n", ScalarEdits.apply(text, List.of(
                new ScalarEdits.Edit(at(text, "d.a"), "mariadb:10.11.9"),
                new ScalarEdits.Edit(at(text, "d.b"), "redis:8.0"))));
    }

    @Test
    void refusesABlockScalar() {
        String text = "a: |\n  mariadb:10.6\n";
        ScalarEdits.UneditableException e = assertThrows(ScalarEdits.UneditableException.class,
                () -> edit(text, "a", "mariadb:11.4"));
        assertTrue(e.getMessage().startsWith("1:4: the value is a block scalar"), e.getMessage());
    }
}
