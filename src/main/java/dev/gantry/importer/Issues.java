package dev.gantry.importer;

/**
 * Where settings import cannot carry yet will become possible: the issues that add the keys. A
 * reason names one, so that the list of what is not carried shrinks, one entry of a table at a
 * time, as keys land (see the tables of {@code compose.ComposeKeys}, {@code dockerfile.DockerfileKeys}
 * and {@code platformsh.PlatformKeys}).
 */
public final class Issues {

    /** The checked {@code raw} pass-through at every level of every target. */
    public static final String RAW = "issue 19 (`raw`) will carry it";
    /** Typed keys for what real compose stacks and Dockerfiles use. */
    public static final String COMPOSE_KEYS = "issue 20 adds the key";
    /** Typed keys for what real Platform.sh projects use, and the Upsun target. */
    public static final String PLATFORM_KEYS = "issue 21 adds the key";

    private Issues() {
    }

    /** "Gantry has no key for `x` yet; issue 20 adds the key". */
    public static String noKey(String what, String issue) {
        return "Gantry has no key for " + what + " yet; " + issue;
    }
}
