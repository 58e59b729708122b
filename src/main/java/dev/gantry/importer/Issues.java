package dev.gantry.importer;

/**
 * Why import does not carry a Platform.sh or Upsun setting yet, in one wording per cause, so that
 * the list of what is not carried shrinks one entry of {@code platformsh.PlatformKeys} at a time:
 * import does not yet write Platform.sh's and Upsun's {@code raw} blocks (it writes those of compose,
 * ECS, the workflows and the Dockerfiles), and the typed keys issue 21 added are not all written by
 * import yet.
 */
public final class Issues {

    private Issues() {
    }

    /** A setting no typed key says, which import does not write into {@code raw.platformsh} yet. */
    public static String notInRawYet(String what) {
        return "Gantry has no typed key for " + what + "; import does not write it into `raw.platformsh` yet"
                + " (write it there by hand)";
    }

    /** A setting Gantry has a typed key for since issue 21, which import does not write yet. */
    public static String notImportedYet(String what) {
        return "Gantry has a key for " + what + " since issue 21, but import does not write it yet";
    }
}
