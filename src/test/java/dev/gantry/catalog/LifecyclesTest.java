package dev.gantry.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The support data shipped with Gantry covers what the catalog offers, and says where it comes from. */
class LifecyclesTest {

    /** Kinds whose projects publish no support policy: `outdated` says "unknown" for them. */
    private static final Set<String> UNDATED = Set.of("mailpit", "adminer", "minio");

    @TestFactory
    List<DynamicTest> everyCatalogLineHasItsDates() {
        return Catalog.get().entries().stream().map(entry -> DynamicTest.dynamicTest(entry.kind(), () -> {
            Optional<Lifecycle> lifecycle = Lifecycles.get().ofKind(entry.kind());
            assertEquals(!UNDATED.contains(entry.kind()), lifecycle.isPresent());
            lifecycle.ifPresent(l -> entry.versions().lines().forEach(v -> assertTrue(l.line(v).isPresent(),
                    entry.kind() + " " + v + " belongs to no line of " + l.product())));
        })).toList();
    }

    @Test
    void eachProductSaysWhereItsDatesComeFromAndItsPatchesAreOfTheirLine() {
        for (String image : List.of("php", "nginx", "node", "httpd", "mariadb", "postgres")) {
            Lifecycle lifecycle = Lifecycles.get().ofImage(image).orElseThrow(() -> new AssertionError(image));
            assertTrue(lifecycle.source().startsWith("https://"), lifecycle.source());
            lifecycle.lines().values().forEach(line -> line.latest().ifPresent(latest -> assertTrue(
                    latest.startsWith(line.name() + "."), lifecycle.product() + " " + line.name() + ": " + latest)));
        }
        assertEquals(Lifecycles.get().ofImage("php"), Lifecycles.get().ofImage("docker.io/library/php"));
        assertEquals(Lifecycles.get().ofImage("node"), Lifecycles.get().ofRuntime("nodejs"));
        assertEquals(Lifecycles.get().ofImage("php"), Lifecycles.get().ofRuntime("php"));
        assertTrue(Lifecycles.get().ofImage("debian").isEmpty());
    }

    @Test
    void linesSayWhenTheirSupportEnds() {
        Lifecycle mariadb = Lifecycles.get().ofKind("mariadb").orElseThrow();
        Lifecycle.Line line = mariadb.line("10.11.9").orElseThrow();
        assertEquals("10.11", line.name());
        assertEquals("2028-02-16", line.end());
        assertTrue(line.endedBefore(java.time.LocalDate.parse("2028-02-17")));
        assertFalse(line.endedBefore(java.time.LocalDate.parse("2028-02-16")), "the last day is still supported");
        assertEquals("none announced", Lifecycles.get().ofKind("solr").orElseThrow().line("9.7").orElseThrow().end());
        assertEquals("unknown", Lifecycles.get().ofKind("varnish").orElseThrow().line("7.6").orElseThrow().end());
    }

    @Test
    void everyDatabaseSaysHowPlatformshMovesIt() {
        for (CatalogEntry entry : Catalog.get().entries()) {
            if (entry.category() == CatalogEntry.Category.DATABASE && entry.platformsh().unsupported().isEmpty()) {
                assertTrue(entry.platformsh().upgrade().flatMap(ServiceType.Upgrade::docs).isPresent(), entry.kind());
            }
        }
    }

    @Test
    void versionsInOrderAndLines() {
        assertEquals(List.of("10.4", "10.11", "11.4"), List.of("11.4", "10.11", "10.4").stream()
                .sorted(Versions.ORDER).toList());
        assertEquals(Optional.of("10.11"), Versions.lineOf(List.of("10.1", "10.11"), "10.11.9"));
        assertEquals(Optional.of("9"), Versions.lineOf(List.of("8", "9"), "9.7"));
        assertEquals(Optional.empty(), Versions.lineOf(List.of("10.1"), "10.11"));
        assertEquals(Optional.of("8.3"), Versions.leading("8.3-fpm-bookworm"));
        assertEquals(Optional.empty(), Versions.leading("bookworm-slim"));
        assertEquals("10", Versions.major("10.11"));
    }

    @Test
    void databaseMovesAcrossMajorLinesOnly() {
        assertEquals("mariadb 10.11 -> 11.4, a new major line",
                DatabaseMove.ofImages("mariadb:10.11", "mariadb:11.4").orElseThrow().what());
        assertEquals("postgresql 16 -> 14, back to an older major line",
                DatabaseMove.ofImages("postgres:16", "postgres:14").orElseThrow().what());
        assertEquals("mysql 5.7 -> 8.0, a new major line",
                DatabaseMove.ofPlatformshTypes("oracle-mysql:5.7", "oracle-mysql:8.0").orElseThrow().what());
        assertTrue(DatabaseMove.ofImages("mariadb:10.6", "mariadb:10.11").isEmpty());
        assertTrue(DatabaseMove.ofImages("redis:7.2", "redis:8.0").isEmpty(), "a cache is no database");
        assertTrue(DatabaseMove.ofImages("mysql:8.0", "mariadb:11.4").isEmpty(), "another engine: not a move");
    }
}
