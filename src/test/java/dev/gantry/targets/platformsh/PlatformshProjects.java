package dev.gantry.targets.platformsh;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gantry.support.CliRun;
import dev.gantry.support.TempProject;
import java.nio.file.Path;

/** The pieces of environment.yaml the Platform.sh tests build their projects from. */
final class PlatformshProjects {

    /** A project with one PHP image whose working directory, `/app`, is the app's root. */
    static final String HEAD = """
            gantry: 1
            project:
              name: shop
              source: app
            secrets:
              APP_SECRET: {}
            images:
              app:
                from: php:8.3-fpm-bookworm
                stages:
                  - name: code
                    workdir: /app
                    run: [echo built]
            """;

    /** Environment `platform` up to its `platformsh:` settings, which may follow, indented by six. */
    static final String PLATFORM = "environments:\n  platform:\n    targets: [platformsh]\n    platformsh:\n";

    /** The settings of application `app` (how it is served); its further settings may follow, indented by ten. */
    static final String APP = "      apps:\n        app:\n          web:\n            locations:\n"
            + "              /: {root: public, passthru: /index.php}\n";

    private PlatformshProjects() {
    }

    /** Generates {@code yaml} in {@code dir}, which must succeed; what it reported is in the run. */
    static CliRun generate(Path dir, String yaml) {
        CliRun run = new TempProject(dir).write(yaml).run("generate");
        assertEquals(0, run.exit(), run.err());
        return run;
    }
}
