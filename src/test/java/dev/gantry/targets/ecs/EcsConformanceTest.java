package dev.gantry.targets.ecs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.gantry.support.CliRun;
import dev.gantry.support.Processes;
import dev.gantry.support.TempProject;
import dev.gantry.support.Tools;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every generated task definition (the examples' and the feature fixtures') is accepted by the
 * upstream ECS task definition schema and by the AWS CLI's own parameter validation, which checks
 * the request against the ECS API model before it sends anything: pointed at a closed port, a valid
 * task definition fails only on the connection.
 */
class EcsConformanceTest {

    private static final String CONNECTION_ERROR = "Could not connect to the endpoint URL";
    private static final String INVALID = "Parameter validation failed";

    @TempDir
    static Path fixtures;

    private static Schema upstreamSchema;

    @BeforeAll
    static void generateFixtures() {
        EcsFixtures.ALL.forEach((name, yaml) -> {
            try {
                TempProject project = new TempProject(Files.createDirectories(fixtures.resolve(name))).write(yaml);
                CliRun run = project.run("generate", "--target", "ecs");
                assertEquals(0, run.exit(), name + ": " + run.err());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    static List<Path> taskDefinitions() throws IOException {
        List<Path> files = new ArrayList<>(EcsFeaturesTest.taskDefinitions(Path.of("examples")));
        files.addAll(EcsFeaturesTest.taskDefinitions(fixtures));
        return files;
    }

    @Test
    void theExamplesDeployOnEcs() throws IOException {
        List<Path> examples = EcsFeaturesTest.taskDefinitions(Path.of("examples"));
        for (String example : List.of("ezplatform", "shopware")) {
            assertTrue(examples.stream().anyMatch(p -> p.startsWith(Path.of("examples", example))), example);
        }
    }

    @TestFactory
    Stream<DynamicTest> matchesTheUpstreamSchema() throws IOException {
        ObjectMapper json = new ObjectMapper();
        return taskDefinitions().stream().map(file -> DynamicTest.dynamicTest(file.toString(), () -> {
            List<Error> errors = upstreamSchema().validate(json.readTree(file.toFile()));
            assertEquals(List.of(), errors.stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList());
        }));
    }

    /** Read once; each test that needs it is skipped (or fails under GANTRY_REQUIRE_TOOLS=1) without it. */
    private static synchronized Schema upstreamSchema() throws IOException {
        if (upstreamSchema == null) {
            Path file = Tools.sharedSchema("ecs-task-definition.schema.json");
            upstreamSchema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(
                    SchemaLocation.of("https://amazon-ecs-intellisense-schema/schema.json"),
                    new ObjectMapper().readTree(file.toFile()));
        }
        return upstreamSchema;
    }

    @TestFactory
    Stream<DynamicTest> passesTheAwsCliParameterValidation() throws IOException {
        return taskDefinitions().stream().map(file -> DynamicTest.dynamicTest(file.toString(), () -> {
            Processes.Result result = register(file);
            assertNotEquals(0, result.exit(), result.output());
            assertFalse(result.output().contains(INVALID), file + ":\n" + result.output());
            assertTrue(result.output().contains(CONNECTION_ERROR), file + ":\n" + result.output());
        }));
    }

    /** The check above can fail: a container cpu written as a string is refused before any connection. */
    @Test
    void theAwsCliRefusesAnInvalidTaskDefinition(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("invalid.json");
        Files.writeString(file, "{\"family\": \"x\", \"containerDefinitions\": [{\"name\": \"a\", \"image\": \"b:1\","
                + " \"cpu\": \"256\"}]}");
        Processes.Result result = register(file);
        assertTrue(result.output().contains(INVALID), result.output());
        assertTrue(result.output().contains("containerDefinitions[0].cpu"), result.output());
    }

    /** register-task-definition against a closed port, with fake credentials and nothing read from the machine. */
    private static Processes.Result register(Path file) throws Exception {
        Path aws = Tools.debian("aws", "awscli");
        Path home = Files.createDirectories(fixtures.resolve("home"));
        return Processes.run(home, Map.of(), null, List.of("env", "-i", "PATH=/usr/bin:/bin", "HOME=" + home,
                "AWS_ACCESS_KEY_ID=x", "AWS_SECRET_ACCESS_KEY=y", "AWS_MAX_ATTEMPTS=1", "AWS_PAGER=",
                "AWS_CONFIG_FILE=/dev/null", "AWS_SHARED_CREDENTIALS_FILE=/dev/null", "AWS_EC2_METADATA_DISABLED=true",
                aws.toString(), "ecs", "register-task-definition", "--cli-input-json",
                "file://" + file.toAbsolutePath(), "--endpoint-url", "http://127.0.0.1:9", "--region",
                "eu-central-1"));
    }
}
