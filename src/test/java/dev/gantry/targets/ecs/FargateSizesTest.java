package dev.gantry.targets.ecs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Fargate's table of task sizes, as AWS lists it for Linux tasks. */
class FargateSizesTest {

    @Test
    void everyRowOfTheTable() {
        assertEquals(List.of(512L, 1024L, 2048L), FargateSizes.row(256).orElseThrow().memories());
        assertRange(512, 1024, 4096, 1024);
        assertRange(1024, 2048, 8192, 1024);
        assertRange(2048, 4096, 16384, 1024);
        assertRange(4096, 8192, 30720, 1024);
        assertRange(8192, 16384, 61440, 4096);
        assertRange(16384, 32768, 122880, 8192);
        assertEquals(7, FargateSizes.TABLE.size());
    }

    private static void assertRange(int cpu, long min, long max, long step) {
        List<Long> memories = FargateSizes.row(cpu).orElseThrow().memories();
        assertEquals(min, memories.get(0));
        assertEquals(max, memories.get(memories.size() - 1));
        assertEquals((max - min) / step + 1, memories.size());
        assertTrue(FargateSizes.valid(cpu, min + step));
        assertFalse(FargateSizes.valid(cpu, min + step / 2));
        assertFalse(FargateSizes.valid(cpu, max + step));
    }

    @Test
    void quarterVcpuSkips1536() {
        assertFalse(FargateSizes.valid(256, 1536));
        assertFalse(FargateSizes.valid(300, 1024), "0.29 vCPU is no Fargate size");
    }

    @Test
    void nearestPairsAreCloseOnBothSides() {
        assertEquals("[cpu 0.5 with memory 1GB, cpu 0.25 with memory 512MB]",
                FargateSizes.nearest(512, 512).toString());
        assertEquals("[cpu 4 with memory 30GB, cpu 8 with memory 32GB]", FargateSizes.nearest(4096, 32768).toString());
        assertEquals("[cpu 1 with memory 2GB, cpu 0.5 with memory 2GB]", FargateSizes.nearest(1024, 1536).toString());
        assertEquals("[cpu 0.5 with memory 4GB, cpu 1 with memory 5GB]", FargateSizes.nearest(512, 5120).toString());
    }
}
