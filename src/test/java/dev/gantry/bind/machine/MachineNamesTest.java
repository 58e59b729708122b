package dev.gantry.bind.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.diag.Diagnostic;
import dev.gantry.diag.Diagnostics;
import dev.gantry.diag.Position;
import dev.gantry.model.Located;
import java.util.List;
import org.junit.jupiter.api.Test;

class MachineNamesTest {

    private static final Located<String> PROD = new Located<>("prod", new Position(7, 3));

    @Test
    void oneMachineIsNamedAfterProjectAndEnvironmentSeveralAreNumberedFromOne() {
        assertEquals(List.of("shop-prod"), MachineNames.of("shop", "prod", 1));
        assertEquals(List.of("shop-prod-1", "shop-prod-2", "shop-prod-3"), MachineNames.of("shop", "prod", 3));
    }

    @Test
    void lengthLimitIsTheDrivers() {
        List<String> sixtyThree = List.of("a".repeat(63));
        assertTrue(MachineNames.check(sixtyThree, MachineDriver.AMAZONEC2, PROD, new Diagnostics("e.yaml")));
        assertFalse(MachineNames.check(List.of("a".repeat(64)), MachineDriver.DIGITALOCEAN, PROD,
                new Diagnostics("e.yaml")));
        Diagnostics google = new Diagnostics("e.yaml");
        assertFalse(MachineNames.check(sixtyThree, MachineDriver.GOOGLE, PROD, google));
        Diagnostic reported = google.sorted().get(0);
        assertEquals(new Position(7, 3), reported.position());
        assertTrue(reported.message().contains("is 63 characters long, but the google driver takes at most 58"),
                reported.message());
    }

    @Test
    void grammarIsTheDrivers() {
        assertTrue(MachineNames.check(List.of("Shop-prod"), MachineDriver.GENERIC, PROD, new Diagnostics("e.yaml")));
        Diagnostics google = new Diagnostics("e.yaml");
        assertFalse(MachineNames.check(List.of("Shop-prod"), MachineDriver.GOOGLE, PROD, google));
        assertEquals("machine name `Shop-prod` of environment `prod` is not a valid google machine name",
                google.sorted().get(0).message());
    }
}
