package dev.gantry.bind.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.check.SchemaChecker;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The drivers' option tables and the schema describe the same keys, so neither can drift from the other. */
class MachineDriverTest {

    private final JsonNode defs = SchemaChecker.get().schemaJson().path("$defs");

    @Test
    void everyDriverOfTheSchemaHasATableAndABlock() {
        List<String> ids = Arrays.stream(MachineDriver.values()).map(MachineDriver::id).toList();
        assertEquals(ids, strings(defs.path("machineSettings").path("properties").path("driver").path("enum")));
        List<String> blocks = keys(defs.path("machineSettings"));
        blocks.removeAll(List.of("driver", "count", "engine"));
        assertEquals(ids, blocks);
    }

    @Test
    void eachDriverTableHasTheKeysOfItsSchemaBlock() {
        for (MachineDriver driver : MachineDriver.values()) {
            String def = "machine" + Character.toUpperCase(driver.id().charAt(0)) + driver.id().substring(1);
            assertEquals(keys(defs.path(def)), driver.options().stream().map(MachineOption::key).toList(), def);
            driver.required().forEach(need -> assertTrue(keys(defs.path(def)).contains(need.getKey()), def));
        }
        assertEquals(keys(defs.path("machineEngine")),
                MachineDriver.ENGINE_OPTIONS.stream().map(MachineOption::key).toList());
    }

    @Test
    void flagsBelongToTheirDriver() {
        for (MachineDriver driver : MachineDriver.values()) {
            driver.options().forEach(o -> assertTrue(o.flag().startsWith("--" + driver.id() + "-"), o.flag()));
        }
        MachineDriver.ENGINE_OPTIONS.forEach(o -> assertTrue(o.flag().startsWith("--engine-"), o.flag()));
    }

    private static List<String> keys(JsonNode object) {
        List<String> out = new ArrayList<>();
        object.path("properties").fieldNames().forEachRemaining(out::add);
        return out;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }
}
