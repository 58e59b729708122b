package dev.gantry.plan.platform;

import dev.gantry.model.Environment;
import java.util.Arrays;
import java.util.Optional;

/**
 * The two products that read this plan: Platform.sh, with {@code .platform.app.yaml} and
 * {@code .platform/}, and its successor Upsun, with one {@code .upsun/config.yaml}. Both run the
 * same applications, services and routes; they differ in sizing (Platform.sh's {@code disk} and
 * {@code size} are Upsun's {@code upsun resources:set}) and in the names of mount sources.
 */
public enum Platform {
    PLATFORMSH("platformsh", "Platform.sh", "platform", ".platform"),
    UPSUN("upsun", "Upsun", "upsun", ".upsun");

    private final String target;
    private final String title;
    private final String cli;
    private final String folder;

    Platform(String target, String title, String cli, String folder) {
        this.target = target;
        this.title = title;
        this.cli = cli;
        this.folder = folder;
    }

    /** The target name environments list under {@code targets:}. */
    public String target() {
        return target;
    }

    /** The product's name, as messages say it. */
    public String title() {
        return title;
    }

    /** The product's command-line client: {@code platform} or {@code upsun}. */
    public String cli() {
        return cli;
    }

    /**
     * The folder of its configuration, beside environment.yaml: what {@code !include} and
     * {@code !archive} paths are relative to.
     */
    public String folder() {
        return folder;
    }

    /** The product an environment is rendered for: the first of them it lists. */
    public static Optional<Platform> of(Environment env) {
        return Arrays.stream(values()).filter(p -> env.uses(p.target)).findFirst();
    }
}
