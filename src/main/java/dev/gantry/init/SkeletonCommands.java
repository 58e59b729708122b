package dev.gantry.init;

import java.util.ArrayList;
import java.util.List;

/**
 * The commands that make a framework's application in an empty app/ folder: its installer
 * (`composer create-project`), and for the complete preset the packages it adds, run in Composer's
 * official image, as the user who runs them, so the host needs nothing but Docker. Plain PHP needs
 * none: `gantry init` writes its composer.json and front controller.
 */
public final class SkeletonCommands {

    private static final String COMPOSER = "docker run --rm --user \"$(id -u):$(id -g)\" -v \"$PWD/app:/app\""
            + " composer:2.8 ";

    private SkeletonCommands() {
    }

    public static List<String> of(InitChoices c) {
        List<String> out = new ArrayList<>();
        c.framework().skeleton().ifPresent(skeleton -> {
            out.add("mkdir -p app && " + COMPOSER + "create-project --ignore-platform-reqs " + skeleton + " .");
            if (c.complete()) {
                c.framework().completeExtras().ifPresent(
                        extras -> out.add(COMPOSER + "require --ignore-platform-reqs " + extras));
            }
        });
        return out;
    }
}
