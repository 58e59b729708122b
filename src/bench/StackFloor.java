import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import freemarker.cache.FileTemplateLoader;
import freemarker.template.Configuration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.stream.Stream;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The stack's floor: the least any program must do with Gantry's libraries to do Gantry's job on one
 * project, on a cold JVM. It parses its command line with picocli, reads environment.yaml with
 * snakeyaml-engine, compiles Gantry's schema and validates the file with networknt, and makes a
 * FreeMarker configuration like Gantry's and parses every shipped template on a second thread, as
 * Gantry parses templates on its worker threads. It renders nothing, checks nothing else and writes nothing:
 * Gantry's own work (resolution, lint, planning, rendering, the output folder) is what Gantry's time
 * adds to this one.
 *
 * <p>The benchmark compiles it against Gantry's jar (which holds the libraries) and runs it with the
 * launcher's JVM options and a class-data sharing archive of its own:
 * {@code StackFloor <gantry folder> -f environment.yaml}.
 */
public final class StackFloor {

    public static void main(String[] args) throws Exception {
        // as Gantry runs them: no search of the class path for logging libraries, which Gantry does not use
        System.setProperty("org.freemarker.loggerLibrary", "none");
        System.setProperty("slf4j.internal.verbosity", "ERROR");
        Path gantry = Path.of(args[0]);
        Executor newThread = task -> new Thread(task).start();
        OptionSpec file = OptionSpec.builder("-f", "--file").paramLabel("FILE").type(Path.class).build();
        CommandSpec command = CommandSpec.create().name("generate").addOption(file);
        new CommandLine(command).parseArgs(List.of(args).subList(1, args.length).toArray(String[]::new));
        Object environment = new Load(LoadSettings.builder().build())
                .loadFromString(Files.readString(command.findOption("-f").getValue()));
        CompletableFuture<Integer> templates = CompletableFuture.supplyAsync(() -> parseTemplates(gantry), newThread);
        int errors = compileSchema(gantry).validate(json(environment)).size();
        System.out.println(errors + " schema errors, " + templates.join() + " templates parsed");
    }

    private static Schema compileSchema(Path gantry) {
        try {
            JsonNode schema = dev.gantry.util.Json.read(Files.readString(gantry.resolve("schema/environment.schema.json")));
            SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                    .locale(Locale.ENGLISH).formatAssertionsEnabled(true).build();
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                    builder -> builder.schemaRegistryConfig(config))
                    .getSchema(SchemaLocation.of("https://gantry.dev/schema/environment.schema.json"), schema);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int parseTemplates(Path gantry) {
        Path folder = gantry.resolve("templates");
        try (Stream<Path> files = Files.walk(folder)) {
            Configuration configuration = new Configuration(Configuration.VERSION_2_3_35);
            configuration.setTagSyntax(Configuration.SQUARE_BRACKET_TAG_SYNTAX);
            configuration.setInterpolationSyntax(Configuration.SQUARE_BRACKET_INTERPOLATION_SYNTAX);
            configuration.setLocalizedLookup(false);
            configuration.setTemplateLoader(new FileTemplateLoader(folder.toFile()));
            int parsed = 0;
            for (Path template : files.filter(Files::isRegularFile).sorted().toList()) {
                configuration.getTemplate(folder.relativize(template).toString().replace('\\', '/'));
                parsed++;
            }
            return parsed;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The YAML document as networknt reads it: a Jackson tree. */
    private static JsonNode json(Object value) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (value instanceof Map<?, ?> map) {
            ObjectNode object = nodes.objectNode();
            map.forEach((key, item) -> object.set(String.valueOf(key), json(item)));
            return object;
        }
        if (value instanceof List<?> list) {
            ArrayNode array = nodes.arrayNode();
            list.forEach(item -> array.add(json(item)));
            return array;
        }
        if (value instanceof Integer number) {
            return nodes.numberNode(number);
        }
        if (value instanceof Long number) {
            return nodes.numberNode(number);
        }
        if (value instanceof Double number) {
            return nodes.numberNode(number);
        }
        if (value instanceof Boolean flag) {
            return nodes.booleanNode(flag);
        }
        return value == null ? nodes.nullNode() : nodes.textNode(String.valueOf(value));
    }
}
