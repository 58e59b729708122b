package dev.gantry.lint;

import dev.gantry.diag.Diagnostics;
import dev.gantry.model.Project;
import java.util.List;

/** Runs every lint rule over the resolved project. */
public final class Linter {

    private static final List<LintRule> RULES = List.of(
            new PinnedImages(),
            new ImageNesting(),
            new ServiceReferences(),
            new DependencyCycles(),
            new CatalogReferences(),
            new LiteralSecrets(),
            new UnusedTargetSettings(),
            new UnusedRaw(),
            new MissingTargets(),
            new EtcdKeys(),
            new KeptNames(),
            new NetworkReachability(),
            new VolumeSources(),
            new StartConditions(),
            new FromEnvValues(),
            new ComposeOnly(),
            new ImageBuilds());

    private Linter() {
    }

    public static void lint(Project project, Diagnostics diagnostics) {
        for (LintRule rule : RULES) {
            rule.check(project, diagnostics);
        }
    }
}
