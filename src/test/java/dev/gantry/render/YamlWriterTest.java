package dev.gantry.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The YAML writer's layout of what only some formats use: tags, spaced sequences, comments on items. */
class YamlWriterTest {

    private static final YamlWriter YAML = new YamlWriter(new Quote()::yaml, v -> {
        throw new AssertionError();
    });

    @Test
    void aTaggedNodeHasItsTagBeforeItsValue() {
        Doc.Mapping doc = new Doc.Mapping()
                .put("vcl", new Doc.Tagged("!include", new Doc.Mapping().text("type", "string").text("path", "a.vcl")))
                .put("conf", new Doc.Tagged("!archive", new Doc.Text("configsets/solr9")))
                .put("list", new Doc.Sequence(List.of(new Doc.Tagged("!archive", new Doc.Text("x")))));
        assertEquals("""
                vcl: !include
                  type: "string"
                  path: "a.vcl"
                conf: !archive "configsets/solr9"
                list:
                  - !archive "x"
                """, YAML.write(doc));
    }

    @Test
    void aSpacedSequenceAtTheTopHasABlankLineBetweenItemsAndTheirCommentsAboveTheDash() {
        Doc.Mapping first = new Doc.Mapping().comment("the first").text("name", "a").text("type", "php:8.3");
        Doc.Mapping second = new Doc.Mapping().text("name", "b");
        assertEquals("""
                # the first
                - name: "a"
                  type: "php:8.3"

                - name: "b"
                """, YAML.write(new Doc.Sequence(List.of(first, second), true)));
    }

    @Test
    void onlyLocalTagsOfOneWordAreTags() {
        assertThrows(IllegalArgumentException.class, () -> new Doc.Tagged("include", new Doc.Text("x")));
        assertThrows(IllegalArgumentException.class, () -> new Doc.Tagged("!in clude", new Doc.Text("x")));
        assertThrows(IllegalArgumentException.class, () -> new Doc.Tagged("!a",
                new Doc.Tagged("!b", new Doc.Text("x"))));
    }
}
