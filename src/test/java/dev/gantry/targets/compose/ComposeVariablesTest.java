package dev.gantry.targets.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.support.CliRun;
import dev.gantry.support.Processes;
import dev.gantry.support.TempProject;
import dev.gantry.support.Tools;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** Variables that are no secrets, read where compose starts the stack, and variables removed by an override. */
class ComposeVariablesTest {

    private static final String PROJECT = """
            gantry: 1
            project: {name: shop}
            images:
              app: {from: php:8.3-fpm}
            services:
              app:
                image: app
                env:
                  APP_ENV: {from_env: APP_ENV, default: prod}
                  APP_DEBUG: {from_env: APP_DEBUG, required: false}
                  MOTD: {from_env: MOTD, allow_empty: true}
                  TRUSTED_PROXIES: {from_env: TRUSTED_PROXIES, default: 127.0.0.1, allow_empty: true}
                  MAILER_DSN: "null://null"
            environments:
              dev:
                targets: [compose]
                env: {XDEBUG_MODE: debug}
                services:
                  app:
                    env:
                      XDEBUG_MODE: null
              qa:
                extends: dev
                services:
                  app:
                    env:
                      MAILER_DSN: null
            """;

    @Test
    void settingsComeFromDotEnvAsComposeReadsThem(@TempDir Path dir) throws Exception {
        generate(dir);
        Map<String, Object> unset = environment(dir, "dev", "MOTD=\n");
        // Compose's pass-through: a variable without a value, which the container does not get when it is unset.
        assertTrue(unset.containsKey("APP_DEBUG") && unset.get("APP_DEBUG") == null, unset.toString());
        unset.remove("APP_DEBUG");
        assertEquals(Map.of("APP_ENV", "prod", "MOTD", "", "TRUSTED_PROXIES", "127.0.0.1", "MAILER_DSN", "null://null"),
                unset);
        assertEquals(Map.of("APP_ENV", "test", "APP_DEBUG", "1", "MOTD", "hi", "TRUSTED_PROXIES", "",
                "MAILER_DSN", "null://null"),
                environment(dir, "dev", "APP_ENV=test\nAPP_DEBUG=1\nMOTD=hi\nTRUSTED_PROXIES=\n"));
        // An empty value falls back to the default unless empty values are allowed.
        assertEquals("prod", environment(dir, "dev", "APP_ENV=\nMOTD=\n").get("APP_ENV"));
    }

    @Test
    void aRequiredSettingThatIsUnsetStopsCompose(@TempDir Path dir) throws Exception {
        generate(dir);
        Processes.Result config = config(dir, "dev", "");
        assertEquals(1, config.exit(), config.output());
        assertTrue(config.output().contains("set MOTD in .env"), config.output());
    }

    @Test
    void nullRemovesAnInheritedVariable(@TempDir Path dir) throws Exception {
        generate(dir);
        assertFalse(environment(dir, "dev", "MOTD=\n").containsKey("XDEBUG_MODE"));
        assertFalse(environment(dir, "qa", "MOTD=\n").containsKey("MAILER_DSN"));
    }

    @Test
    void envExampleListsSettingsWithTheirDefaults(@TempDir Path dir) throws Exception {
        generate(dir);
        String example = Files.readString(dir.resolve(".env.example"));
        assertTrue(example.contains("\nAPP_ENV=prod\n"), example);
        assertTrue(example.contains("\n# APP_DEBUG=\n"), example);
        assertTrue(example.contains("\nMOTD=change-me\n"), example);
    }

    private static void generate(Path dir) {
        CliRun run = new TempProject(dir).write(PROJECT).run("generate");
        assertEquals(0, run.exit(), run.err());
    }

    private static Processes.Result config(Path dir, String env, String dotEnv) throws Exception {
        Tools.require("docker-compose");
        Files.writeString(dir.resolve(".env"), dotEnv);
        return Processes.run(dir, Map.of(), null, List.of("docker-compose", "-f", "docker-compose." + env + ".yml",
                "config"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> environment(Path dir, String env, String dotEnv) throws Exception {
        Processes.Result config = config(dir, env, dotEnv);
        assertEquals(0, config.exit(), config.output());
        Map<String, Object> root = (Map<String, Object>) new Load(LoadSettings.builder().build())
                .loadFromString(config.out());
        Map<String, Object> app = (Map<String, Object>) ((Map<String, Object>) root.get("services")).get("app");
        return new java.util.HashMap<>((Map<String, Object>) app.getOrDefault("environment", Map.of()));
    }
}
