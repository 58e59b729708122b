package dev.gantry.plan.platform;

import dev.gantry.catalog.Value;
import java.util.List;

/**
 * The {@code .environment} file Platform.sh sources before the app, its workers, crons and hooks
 * run: it reads the relationship details the app's references need from PLATFORM_RELATIONSHIPS
 * into shell variables ({@code lookups}), then exports the app's variables from them, then runs the
 * project's own lines ({@code own}, by application). There is one in the root of each application's
 * code ({@code path}), shared by the applications and workers built from there.
 */
public record EnvironmentScript(String path, List<Lookup> lookups, List<Export> exports, List<OwnLines> own) {

    /** {@code variable} holds {@code property} of the first endpoint of {@code relationship}. */
    public record Lookup(String variable, String relationship, String property) {
    }

    /** Exported when every relationship it reads exists in the container. */
    public record Export(String name, List<String> relationships, Value value) {
    }

    /** The project's own lines for application {@code app} ({@code platformsh.apps.<app>.environment}). */
    public record OwnLines(String app, String text) {
    }
}
