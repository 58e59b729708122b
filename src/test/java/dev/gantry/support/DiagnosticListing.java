package dev.gantry.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * Runs {@code generate} on each case (a whole environment.yaml, in a folder of its own) and lists
 * what it reported, for an approval test. A case exits 1, without a stack trace and without
 * writing anything, unless it is one that only warns: then it exits 0.
 */
public final class DiagnosticListing {

    private DiagnosticListing() {
    }

    public static String of(Path dir, Map<String, String> cases, Set<String> onlyWarnings) {
        StringBuilder listing = new StringBuilder();
        cases.forEach((name, yaml) -> {
            TempProject project = new TempProject(folder(dir, name)).write(yaml);
            Map<String, String> before = project.snapshot();
            CliRun run = project.run("generate");
            boolean warns = onlyWarnings.contains(name);
            assertEquals(warns ? 0 : 1, run.exit(), name + ": " + run.err());
            assertFalse(run.hasStackTrace(), name);
            if (!warns) {
                assertEquals(before, project.snapshot(), name + ": nothing may be written");
            }
            listing.append("## ").append(name).append('\n')
                    .append(run.err().replace(project.file().toString(), "environment.yaml")).append('\n');
        });
        return listing.toString();
    }

    private static Path folder(Path dir, String name) {
        try {
            return Files.createDirectories(dir.resolve(name.replaceAll("[^A-Za-z]+", "-")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
