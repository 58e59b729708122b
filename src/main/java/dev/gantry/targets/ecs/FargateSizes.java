package dev.gantry.targets.ecs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;

/**
 * The (cpu, memory) pairs Fargate offers Linux tasks, in CPU units (1024 per vCPU) and MiB: for
 * each CPU size the memory sizes it takes.
 */
final class FargateSizes {

    /** One CPU size, the memory sizes it takes, and how to say them. */
    record Row(int cpu, List<Long> memories, String says) {

        static Row range(int cpu, long min, long max, long step) {
            return new Row(cpu, LongStream.iterate(min, m -> m <= max, m -> m + step).boxed().toList(),
                    Units.mib(min) + " to " + Units.mib(max) + " in steps of " + Units.mib(step));
        }

        String describe() {
            return Units.vcpu(cpu) + " vCPU takes " + says;
        }
    }

    /** A valid pair. */
    record Pair(int cpu, long memory) {

        @Override
        public String toString() {
            return "cpu " + Units.vcpu(cpu) + " with memory " + Units.mib(memory);
        }
    }

    static final List<Row> TABLE = List.of(
            new Row(256, List.of(512L, 1024L, 2048L), "512MB, 1GB or 2GB"),
            Row.range(512, 1024, 4096, 1024),
            Row.range(1024, 2048, 8192, 1024),
            Row.range(2048, 4096, 16384, 1024),
            Row.range(4096, 8192, 30720, 1024),
            Row.range(8192, 16384, 61440, 4096),
            Row.range(16384, 32768, 122880, 8192));

    private FargateSizes() {
    }

    static Optional<Row> row(int cpu) {
        return TABLE.stream().filter(r -> r.cpu() == cpu).findFirst();
    }

    static boolean valid(int cpu, long memory) {
        return row(cpu).map(r -> r.memories().contains(memory)).orElse(false);
    }

    /**
     * The valid pairs to suggest for (cpu, memory) when {@code cpu} is a Fargate size: the same cpu
     * with the closest memory, and the memory as asked (or the closest) with the closest other cpu.
     */
    static List<Pair> nearest(int cpu, long memory) {
        List<Pair> out = new ArrayList<>();
        row(cpu).flatMap(r -> r.memories().stream().min(Comparator.comparingDouble((Long m) -> ratio(m, memory))
                .thenComparing(Comparator.reverseOrder()))).ifPresent(m -> out.add(new Pair(cpu, m)));
        List<Pair> others = new ArrayList<>();
        TABLE.stream().filter(r -> r.cpu() != cpu).forEach(r -> r.memories().forEach(m -> others.add(new Pair(r.cpu(),
                m))));
        others.stream().min(Comparator.comparingDouble((Pair p) -> ratio(p.memory(), memory))
                .thenComparingDouble(p -> ratio(p.cpu(), cpu)).thenComparingInt(Pair::cpu)).ifPresent(out::add);
        return out;
    }

    /** How many times bigger or smaller {@code a} is than {@code b}, as a log, the same on every machine. */
    private static double ratio(long a, long b) {
        return Math.round(Math.abs(StrictMath.log((double) a / Math.max(b, 1))) * 1e9) / 1e9;
    }
}
