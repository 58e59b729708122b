package dev.gantry.cli;

import picocli.CommandLine;

/** The version of this build, from the jar manifest (or "dev" when run from classes). */
public final class Version implements CommandLine.IVersionProvider {

    public static String current() {
        String v = Version.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"gantry " + current()};
    }
}
