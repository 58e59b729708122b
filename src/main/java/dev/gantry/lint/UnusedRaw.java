package dev.gantry.lint;

import dev.gantry.diag.Diagnostics;
import dev.gantry.diag.Position;
import dev.gantry.diag.Problem;
import dev.gantry.model.Environment;
import dev.gantry.model.Project;
import dev.gantry.model.Raw;
import dev.gantry.model.Service;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A {@code raw} block for a target that no environment it applies to lists would go nowhere: a
 * warning at the block's target key. A block counts as used when one environment that has it (through
 * {@code extends}, or by running the service it is written on in a container) lists the target.
 */
final class UnusedRaw implements LintRule {

    private static final String ECS = "ecs";
    private static final String PLATFORMSH = "platformsh";
    private static final String UPSUN = "upsun";
    private static final String RUNS_IT = " and runs the service in a container";

    /** A written block: the target it is for, whose it is ("service `app`"), and what else using it takes. */
    private record Block(String target, String owner, String needs) {
    }

    @Override
    public void check(Project project, Diagnostics diagnostics) {
        Map<Position, Block> blocks = new LinkedHashMap<>();
        Set<Position> used = new HashSet<>();
        project.declaredServices().values().forEach(s -> serviceBlocks(s, blocks));
        for (Environment env : project.environments().values()) {
            for (Service service : env.services().values()) {
                serviceBlocks(service, blocks).forEach((at, block) -> {
                    if (uses(env, block.target()) && !service.isExternal()) {
                        used.add(at);
                    }
                });
            }
            for (Raw.Entry entry : env.settings().raw().blocks().entries().values()) {
                blocks.putIfAbsent(entry.keyAt(), new Block(entry.key(), "environment `" + env.id() + "`", ""));
                if (uses(env, entry.key())) {
                    used.add(entry.keyAt());
                }
            }
        }
        blocks.forEach((at, block) -> {
            if (!used.contains(at)) {
                diagnostics.report(Problem.RAW_BLOCK_UNUSED, at, block.target(), block.owner(),
                        (block.target().equals(PLATFORMSH) ? " (or `upsun`)" : "") + block.needs());
            }
        });
    }

    /** Whether {@code env} writes what a {@code target} block goes into: Upsun reads the {@code platformsh} blocks. */
    private static boolean uses(Environment env, String target) {
        return env.uses(target) || target.equals(PLATFORMSH) && env.uses(UPSUN);
    }

    /** The service's raw blocks by the place of their target key, also recorded in {@code into}. */
    private static Map<Position, Block> serviceBlocks(Service service, Map<Position, Block> into) {
        Map<Position, Block> found = new LinkedHashMap<>();
        String owner = "service `" + service.id() + "`";
        for (Raw.Entry entry : service.settings().raw().blocks().entries().values()) {
            found.put(entry.keyAt(), new Block(entry.key(), owner, RUNS_IT));
        }
        service.settings().ecs().taskRaw().ifPresent(task -> found.put(task.at(),
                new Block(ECS, "the task of " + owner, RUNS_IT)));
        found.forEach(into::putIfAbsent);
        return found;
    }
}
