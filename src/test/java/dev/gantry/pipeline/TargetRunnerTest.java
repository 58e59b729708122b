package dev.gantry.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.diag.Diagnostic;
import dev.gantry.diag.Diagnostics;
import dev.gantry.diag.Position;
import dev.gantry.diag.Problem;
import dev.gantry.plan.ProjectPlan;
import dev.gantry.render.ArtifactCheck;
import dev.gantry.render.RenderException;
import dev.gantry.render.TemplateRenderer;
import dev.gantry.targets.Artifact;
import dev.gantry.targets.ArtifactFormat;
import dev.gantry.targets.ArtifactPlan;
import dev.gantry.targets.Scope;
import dev.gantry.targets.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Planning and rendering on several threads gives what doing it in order gives: the artifacts, the
 * diagnostics in target order, or the first failure in (target, plan) order.
 */
class TargetRunnerTest {

    private static final Scope ALL = new Scope(Set.of());

    /** A target that warns once, and plans {@code count} JSON files. */
    private static Target target(String name, int count, IntFunction<String> json, IntFunction<String> template) {
        return new Target() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public List<ArtifactPlan> plan(ProjectPlan project, Scope scope, Diagnostics diagnostics) {
                diagnostics.report(Problem.UPSUN_SIZING, new Position(name.charAt(0) - 'a' + 1, 1), name);
                List<ArtifactPlan> plans = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    plans.add(new ArtifactPlan(name + "/file-" + i + ".json", template.apply(i),
                            Map.of("schema", json.apply(i)), ArtifactFormat.JSON, name + " plan " + i));
                }
                return plans;
            }
        };
    }

    private static Target target(String name, int count) {
        return target(name, count, i -> "[" + i + "]", i -> "editor/schema.json.ftl");
    }

    private static TargetRunner.Produced run(List<Target> targets, Optional<TemplateRenderer> renderer,
            Diagnostics diagnostics) throws RenderException, ArtifactCheck.MalformedArtifactException {
        return TargetRunner.run(null, ALL, targets, renderer, diagnostics);
    }

    @Test
    void everyArtifactOfEveryTargetComesBackByPathWithItsProducer() throws Exception {
        Diagnostics diagnostics = new Diagnostics("environment.yaml");
        TargetRunner.Produced produced = run(List.of(target("a", 120), target("b", 80), target("c", 0)),
                Optional.of(new TemplateRenderer(Optional.empty())), diagnostics);
        assertEquals(200, produced.artifacts().size());
        for (int i = 0; i < 120; i++) {
            Artifact artifact = produced.artifacts().get("a/file-" + i + ".json");
            assertEquals("[" + i + "]\n", artifact.content());
            assertEquals("a", produced.producers().get(artifact.path()).name());
        }
        assertEquals("b", produced.producers().get("b/file-79.json").name());
        assertEquals(List.of("a is not carried on Upsun", "b is not carried on Upsun", "c is not carried on Upsun"),
                diagnostics.sorted().stream().map(Diagnostic::message).toList());
    }

    @Test
    void planningAloneRendersNothing() throws Exception {
        Diagnostics diagnostics = new Diagnostics("environment.yaml");
        TargetRunner.Produced produced = run(List.of(target("a", 5)), Optional.empty(), diagnostics);
        assertEquals(Map.of(), produced.artifacts());
        assertEquals(1, diagnostics.sorted().size());
    }

    @Test
    void anErrorFromAnyTargetDropsEveryArtifact() throws Exception {
        Target failing = new Target() {
            @Override
            public String name() {
                return "z";
            }

            @Override
            public List<ArtifactPlan> plan(ProjectPlan project, Scope scope, Diagnostics diagnostics) {
                diagnostics.report(Problem.YAML_SYNTAX, new Position(2, 1), "z cannot");
                return List.of();
            }
        };
        Diagnostics diagnostics = new Diagnostics("environment.yaml");
        TargetRunner.Produced produced = run(List.of(target("a", 30), failing),
                Optional.of(new TemplateRenderer(Optional.empty())), diagnostics);
        assertEquals(Map.of(), produced.artifacts());
        assertTrue(diagnostics.hasErrors());
    }

    @Test
    void theFirstFailureInTargetThenPlanOrderIsReported(@TempDir Path overrides) throws Exception {
        Files.createDirectories(overrides.resolve("bad"));
        Files.writeString(overrides.resolve("bad/broken.ftl"), "[=missing.value]");
        IntFunction<String> brokenAt23And31 = i -> i == 23 || i == 31 ? "bad/broken.ftl" : "editor/schema.json.ftl";
        IntFunction<String> malformedAt7And40 = i -> i == 7 || i == 40 ? "{\"a\": 1, \"a\": 2}" : "{}";
        Optional<TemplateRenderer> renderer = Optional.of(new TemplateRenderer(Optional.of(overrides)));
        for (int run = 0; run < 10; run++) {
            List<Target> targets = List.of(target("a", 5), target("b", 50, malformedAt7And40, brokenAt23And31));
            ArtifactCheck.MalformedArtifactException first = assertThrows(ArtifactCheck.MalformedArtifactException.class,
                    () -> run(targets, renderer, new Diagnostics("e.yaml")));
            assertTrue(first.getMessage().contains("b/file-7.json"), first.getMessage());
        }
        List<Target> brokenFirst = List.of(target("a", 50, i -> "{}", brokenAt23And31),
                target("b", 50, malformedAt7And40, i -> "editor/schema.json.ftl"));
        RenderException broken = assertThrows(RenderException.class,
                () -> run(brokenFirst, renderer, new Diagnostics("e.yaml")));
        assertTrue(broken.getMessage().contains("a/file-23.json") && broken.userTemplate(), broken.getMessage());
    }
}
