package dev.gantry.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.diag.Position;
import dev.gantry.model.CatalogConfig;
import dev.gantry.model.ImageReference;
import dev.gantry.support.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class CatalogTest {

    @TestFactory
    List<DynamicTest> everyKindExpandsCompletely() {
        return Catalog.get().entries().stream().map(entry -> DynamicTest.dynamicTest(entry.kind(), () -> {
            String version = entry.versions().lines().get(0) + (entry.versions().full() ? ".1" : "");
            assertTrue(entry.supports(version), version);
            CatalogInstance instance = new CatalogInstance(entry, "svc", version, new CatalogConfig(Position.UNKNOWN, Map.of()),
                    Endpoint.container("svc"));
            assertTrue(ImageReference.parse(instance.image()).isPinned(), instance.image());
            instance.env().values().forEach(Value::parts);
            instance.command().forEach(Value::parts);
            assertTrue(instance.healthcheck().isPresent() || entry.category() == CatalogEntry.Category.TOOL,
                    entry.kind() + " needs a health check so dependents can wait for it");
            for (String field : entry.connection().keySet()) {
                assertTrue(instance.connection(field).isPresent(), field);
            }
            assertEquals("svc", instance.connection("host").orElseThrow().literal().orElseThrow());
            instance.secretVariables().keySet().forEach(v -> assertTrue(v.matches("SVC_[A-Z_]+"), v));
            entry.container().healthcheck().ifPresent(h -> assertFalse(h.test().isEmpty()));
        })).toList();
    }

    @Test
    void versionsAreLinesOrLinesWithAPatch() {
        CatalogEntry mariadb = Catalog.get().entry("mariadb").orElseThrow();
        assertTrue(mariadb.supports("10.11"));
        assertTrue(mariadb.supports("10.11.9"));
        assertFalse(mariadb.supports("10.1"));
        assertFalse(mariadb.supports("10.11-rc"));
        CatalogEntry etcd = Catalog.get().entry("etcd").orElseThrow();
        assertFalse(etcd.supports("3.5"), "etcd publishes full versions only");
        assertTrue(etcd.supports("3.5.17"));
    }

    @Test
    void secretsAreVariablesNamedAfterTheService() {
        assertEquals("SHOP_DB_ROOT_PASSWORD", InstanceNames.defaults("shop-db").variable("root_password"));
        assertEquals("shop-db-data", InstanceNames.defaults("shop-db").dataVolume());
    }

    @Test
    void theReadmeListsTheCatalogAsItIs() throws Exception {
        CliRun run = CliRun.of("catalog", "--format", "markdown");
        assertEquals(0, run.exit());
        String readme = Files.readString(Path.of("README.md"));
        assertTrue(readme.contains(run.out().strip()),
                "README.md's catalog table is out of date: paste the output of `gantry catalog --format markdown`");
    }
}
