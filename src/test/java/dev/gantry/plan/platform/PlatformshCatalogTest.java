package dev.gantry.plan.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.catalog.Catalog;
import dev.gantry.catalog.CatalogEntry;
import dev.gantry.catalog.Placeholders;
import dev.gantry.catalog.ServiceType;
import dev.gantry.catalog.Value;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The `platformsh:` blocks of the catalog are complete, and the README's table says what they say. */
class PlatformshCatalogTest {

    @TestFactory
    List<DynamicTest> everyKindSaysHowPlatformShRunsIt() {
        return Catalog.get().entries().stream().map(entry -> DynamicTest.dynamicTest(entry.kind(), () -> {
            ServiceType type = entry.platformsh();
            if (type.unsupported().isPresent()) {
                return;
            }
            assertFalse(type.versions().isEmpty());
            assertTrue(type.line(Placements.newestOffered(entry, type)).isPresent());
            assertEquals(entry.connection().keySet(), type.connection().keySet(),
                    "every field dependents may reference has a meaning on Platform.sh");
            Map<String, String> variables = new LinkedHashMap<>();
            ScriptBuilder.PROPERTIES.forEach(p -> variables.put(p, p.toUpperCase(java.util.Locale.ROOT)));
            type.connection().values().forEach(t -> {
                Value value = Placeholders.expand(t, Map.of(), variables);
                assertFalse(value.variables().isEmpty(), t);
            });
            assertTrue(type.disk().size().orElse(Integer.MAX_VALUE) >= type.disk().min().orElse(0));
            type.fixed().keySet().forEach(k -> assertTrue(entry.settingNames().contains(k), k));
            type.ignored().keySet().forEach(k -> assertTrue(entry.settingNames().contains(k), k));
        })).toList();
    }

    @Test
    void theReadmeListsTheMappingAsItIs() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        String table = table();
        assertTrue(readme.contains(table), "README.md's Platform.sh table is out of date; it should read:\n" + table);
    }

    /** The README's table of catalog kinds on Platform.sh, from the catalog. */
    static String table() {
        StringBuilder out = new StringBuilder("| kind | Platform.sh type | versions Platform.sh offers | notes |\n")
                .append("|---|---|---|---|\n");
        for (CatalogEntry entry : Catalog.get().entries()) {
            ServiceType type = entry.platformsh();
            if (type.unsupported().isPresent()) {
                out.append("| `").append(entry.kind()).append("` | cannot run | | ")
                        .append(type.unsupported().get()).append(" |\n");
                continue;
            }
            List<String> notes = new java.util.ArrayList<>();
            type.disk().persistent().ifPresent(p -> notes.add("`" + p.type() + "` with `config.persistent: true`"));
            type.databases().ifPresent(d -> notes.add("`database` and `schemas` become `" + d.list()
                    + "`, `user` an endpoint with admin rights on them"));
            type.fixed().forEach((k, v) -> notes.add("`" + k + "` is always `" + v + "`"));
            type.ignored().keySet().forEach(k -> notes.add("`" + k + "` is not carried"));
            type.configFile().ifPresent(k -> notes.add("`config." + k + "` (or a generated one) by `!include`"));
            String retired = type.retired().isEmpty() ? "" : " (past their end of life, with a warning: "
                    + String.join(", ", type.retired()) + ")";
            out.append("| `").append(entry.kind()).append("` | `").append(type.type()).append("` | ")
                    .append(String.join(", ", type.versions())).append(retired).append(" | ")
                    .append(String.join("; ", notes))
                    .append(" |\n");
        }
        return out.toString();
    }
}
