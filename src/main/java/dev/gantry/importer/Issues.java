package dev.gantry.importer;

/**
 * Why import does not carry a Platform.sh or Upsun setting yet, in one wording per cause, so that
 * the list of what is not carried shrinks one entry of {@code platformsh.PlatformKeys} at a time:
 * {@code raw} for Platform.sh and Upsun is being built (compose, ECS, the workflows and the
 * Dockerfiles have theirs, and import uses them), and the typed keys issue 21 added are not all
 * written by import yet.
 */
public final class Issues {

    private Issues() {
    }

    /** A setting no typed key says: "Gantry has no typed key for x; `raw` for Platform.sh and Upsun, being built, will carry it". */
    public static String rawComing(String what) {
        return "Gantry has no typed key for " + what + "; `raw` for Platform.sh and Upsun, being built, will carry it";
    }

    /** A setting Gantry has a typed key for since issue 21, which import does not write yet. */
    public static String notImportedYet(String what) {
        return "Gantry has a key for " + what + " since issue 21, but import does not write it yet";
    }
}
