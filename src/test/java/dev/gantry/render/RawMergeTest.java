package dev.gantry.render;

import static dev.gantry.render.RawSpliceTest.map;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Raw blocks merged into a document before it is written: deep merge, replace, remove, lists replace. */
class RawMergeTest {

    private static final YamlWriter YAML = new YamlWriter(new Quote()::compose, v -> "?");

    private static Doc.Mapping generated() {
        return new Doc.Mapping()
                .text("image", "nginx:1.27.3")
                .put("restart", new Doc.Plain("unless-stopped"))
                .put("healthcheck", new Doc.Mapping().text("interval", "10s").text("timeout", "5s"))
                .texts("ports", List.of("8080:80"));
    }

    @Test
    void mappingsMergeKeyByKeyAndEverythingElseReplaces() {
        Doc.Mapping doc = generated();
        RawMerge.Result result = new RawMerge.Result();
        RawMerge.into(doc, map("healthcheck", map("interval", "30s", "start_period", "1m"),
                "ports", List.of("9090:80"), "init", true, "restart", null, "shm_size", 268435456), List.of("services",
                "web"), result);
        assertEquals("""
                image: "nginx:1.27.3"
                healthcheck:
                  interval: "30s"
                  timeout: "5s"
                  start_period: "1m"
                ports:
                  - "9090:80"
                init: true
                shm_size: 268435456
                """, YAML.write(doc));
        assertEquals(List.of("services.web.healthcheck.interval -> 10s", "services.web.ports -> [8080:80]",
                        "services.web.restart -> unless-stopped (removed)"),
                result.replaced().stream().map(r -> r.key().dotted() + " -> " + r.generated()
                        + (r.removed() ? " (removed)" : "")).toList());
        assertEquals(List.of("services.web.healthcheck.interval", "services.web.healthcheck.start_period",
                        "services.web.ports", "services.web.init", "services.web.restart", "services.web.shm_size"),
                result.keys().stream().map(k -> k.dotted()).toList());
    }

    @Test
    void aMappingReplacesAValueThatIsNoneAndNullsInANewMappingAreLeftOut() {
        Doc.Mapping doc = generated();
        RawMerge.Result result = new RawMerge.Result();
        RawMerge.into(doc, map("image", map("a", "b"), "logging", map("driver", "local", "options", null)), List.of(),
                result);
        assertEquals(new Doc.Mapping().text("a", "b").entries(), ((Doc.Mapping) doc.get("image")).entries());
        assertEquals(List.of("driver"), List.copyOf(((Doc.Mapping) doc.get("logging")).entries().keySet()));
        assertEquals(1, result.replaced().size());
    }

    @Test
    void valuesAreWrittenWithTheFormatsQuoting() {
        Doc.Mapping doc = new Doc.Mapping();
        RawMerge.into(doc, map("yes", "on", "command", "echo $HOME\n\"x\"", "version", "1.10"), List.of(),
                new RawMerge.Result());
        assertEquals("\"yes\": \"on\"\ncommand: \"echo $$HOME\\n\\\"x\\\"\"\nversion: \"1.10\"\n", YAML.write(doc));
    }

    @Test
    void removingAKeyThatIsNotGeneratedChangesNothing() {
        Doc.Mapping doc = generated();
        RawMerge.Result result = new RawMerge.Result();
        RawMerge.into(doc, map("privileged", null), List.of(), result);
        assertEquals(YAML.write(generated()), YAML.write(doc));
        assertEquals(List.of(), result.replaced());
    }
}
