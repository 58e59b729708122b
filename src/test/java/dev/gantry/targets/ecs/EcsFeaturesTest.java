package dev.gantry.targets.ecs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gantry.support.CliRun;
import dev.gantry.support.TempProject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.approvaltests.Approvals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every feature of the ECS target in two projects, one on Fargate and one on EC2: the files and the warnings. */
class EcsFeaturesTest {

    @Test
    void fargate(@TempDir Path dir) throws IOException {
        Approvals.verify(generate(dir, EcsFixtures.FARGATE));
    }

    @Test
    void ec2(@TempDir Path dir) throws IOException {
        Approvals.verify(generate(dir, EcsFixtures.EC2));
    }

    /** The diagnostics and every task definition, as one text to approve. */
    static String generate(Path dir, String yaml) throws IOException {
        TempProject project = new TempProject(dir).write(yaml);
        CliRun run = project.run("generate", "--target", "ecs");
        assertEquals(0, run.exit(), run.err());
        StringBuilder out = new StringBuilder("### diagnostics\n")
                .append(run.err().replace(project.file().toString(), "environment.yaml"));
        for (Path file : taskDefinitions(dir)) {
            out.append("\n### ").append(dir.relativize(file)).append('\n').append(Files.readString(file));
        }
        return out.toString();
    }

    static List<Path> taskDefinitions(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(".task-definition.json")).sorted().toList();
        }
    }
}
