package dev.gantry.cli;

import dev.gantry.catalog.Catalog;
import dev.gantry.catalog.Runtimes;
import dev.gantry.check.SchemaChecker;
import dev.gantry.emit.Manifest;
import dev.gantry.render.TemplateRenderer;
import java.util.Set;

/**
 * Start-up work on the machine's other core: while the main thread parses the command line and
 * the environment file, a daemon thread makes what the pipeline needs next, in the order it needs
 * it: the compiled schema, the catalog and the Platform.sh runtimes (planned on the main thread)
 * and, for the commands that render, the template engine's
 * configuration and the hash function. The JVM's class initialisation makes the main thread wait for
 * what is not ready yet and see what is; nothing here changes a result. A failure here is left
 * for the main thread to meet, and report, where it needs the result.
 */
final class Preload {

    private static final Set<String> RENDERING = Set.of("generate", "diff");
    private static final Set<String> COMPILING = Set.of("validate", "generate", "diff");

    private Preload() {
    }

    static void start(String[] args) {
        String command = args.length > 0 ? args[0] : "";
        if (!COMPILING.contains(command)) {
            return;
        }
        Thread thread = new Thread(() -> preload(RENDERING.contains(command)), "gantry-preload");
        thread.setDaemon(true);
        thread.start();
    }

    private static void preload(boolean renders) {
        try {
            SchemaChecker.get();
            Catalog.get();
            Runtimes.get();
            if (renders) {
                TemplateRenderer.prepare();
                Manifest.sha256(new byte[0]);
            }
        } catch (RuntimeException | LinkageError e) {
            // the main thread meets the same failure where it needs the result
        }
    }
}
