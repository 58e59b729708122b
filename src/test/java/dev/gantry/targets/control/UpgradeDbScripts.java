package dev.gantry.targets.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gantry.support.FakeBin;
import dev.gantry.support.Processes;
import dev.gantry.support.TempProject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A project whose dev environment runs MariaDB, generated into a temporary folder, and its ./dk run
 * against the fake docker and docker-compose of {@code src/test/resources/upgrade-db}, which keep
 * containers and volumes as files.
 */
final class UpgradeDbScripts {

    static final String PROJECT = """
            gantry: 1
            project:
              name: shop
            services:
              db:
                use: mariadb:10.11
            environments:
              dev:
                targets: [compose]
            """;

    final TempProject project;
    final FakeBin fakes;

    UpgradeDbScripts(Path dir) throws Exception {
        project = new TempProject(Files.createDirectories(dir.resolve("project"))).write(PROJECT);
        assertEquals(0, project.run("generate").exit());
        fakes = new FakeBin(dir.resolve("fakes"));
        Path bin = dir.resolve("fakes/bin");
        for (String tool : List.of("docker", "docker-compose")) {
            Files.copy(Path.of("src/test/resources/upgrade-db", tool), bin.resolve(tool));
            bin.resolve(tool).toFile().setExecutable(true);
        }
        Files.createDirectories(dir.resolve("tmp"));
    }

    /** A container of service db made from {@code image}, on a volume that holds a file it wrote. */
    void running(String image) throws Exception {
        fakes.touch("containers/shop-dev_db", image + "\n");
        fakes.touch("volumes/shop-dev_db-data/ibdata1", "written by " + image);
    }

    Processes.Result dk(String... args) throws Exception {
        Map<String, String> env = new HashMap<>(fakes.env());
        env.put("TMPDIR", fakes.state().resolveSibling("../tmp").normalize().toString());
        List<String> command = new ArrayList<>(List.of("bash", project.folder().resolve("dk").toString()));
        command.addAll(List.of(args));
        return Processes.run(project.folder(), env, null, command);
    }

    /** The calls of the fakes so far, each as one line with its arguments separated by spaces. */
    List<String> calls() throws Exception {
        return fakes.calls().stream().map(c -> String.join(" ", c)).toList();
    }
}
