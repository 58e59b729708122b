package dev.gantry.cli;

import dev.gantry.util.GantryVersion;
import picocli.CommandLine;

/** The version of this build, for `gantry --version` and the manifest. */
public final class Version implements CommandLine.IVersionProvider {

    public static String current() {
        return GantryVersion.current();
    }

    @Override
    public String[] getVersion() {
        return new String[] {"gantry " + current()};
    }
}
