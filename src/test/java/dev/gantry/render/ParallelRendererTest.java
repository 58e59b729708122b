package dev.gantry.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.target.Artifact;
import dev.gantry.target.ArtifactFormat;
import dev.gantry.target.ArtifactPlan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rendering on several threads gives what rendering in order gives: the artifacts, or the first failure. */
class ParallelRendererTest {

    @Test
    void artifactsComeBackInPlanOrder() throws Exception {
        List<ArtifactPlan> plans = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            plans.add(new ArtifactPlan("file-" + i + ".json", "editor/schema.json.ftl", Map.of("schema", "[" + i + "]"),
                    ArtifactFormat.JSON, "plan " + i));
        }
        List<Artifact> artifacts = ParallelRenderer.render(new TemplateRenderer(Optional.empty()), plans);
        assertEquals(plans.size(), artifacts.size());
        for (int i = 0; i < plans.size(); i++) {
            assertEquals("file-" + i + ".json", artifacts.get(i).path());
            assertEquals("[" + i + "]\n", artifacts.get(i).content());
        }
    }

    @Test
    void theFirstFailureInPlanOrderIsReported(@TempDir Path overrides) throws Exception {
        Files.createDirectories(overrides.resolve("bad"));
        Files.writeString(overrides.resolve("bad/broken.ftl"), "[=missing.value]");
        List<ArtifactPlan> plans = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            boolean malformed = i == 7 || i == 40;
            boolean broken = i == 23 || i == 31;
            plans.add(new ArtifactPlan("file-" + i + ".json", broken ? "bad/broken.ftl" : "editor/schema.json.ftl",
                    Map.of("schema", malformed ? "{\"a\": 1, \"a\": 2}" : "{}"), ArtifactFormat.JSON, "plan " + i));
        }
        TemplateRenderer renderer = new TemplateRenderer(Optional.of(overrides));
        for (int run = 0; run < 10; run++) {
            ArtifactCheck.MalformedArtifactException first = assertThrows(ArtifactCheck.MalformedArtifactException.class,
                    () -> ParallelRenderer.render(renderer, plans));
            assertTrue(first.getMessage().contains("file-7.json"), first.getMessage());
        }
        RenderException broken = assertThrows(RenderException.class,
                () -> ParallelRenderer.render(renderer, plans.subList(8, 40)));
        assertTrue(broken.getMessage().contains("file-23.json") && broken.userTemplate(), broken.getMessage());
    }
}
