package dev.gantry.init;

import java.util.Locale;

/** Project names as the schema allows them: lower-case letters, digits and single hyphens. */
public final class ProjectNames {

    public static final String PATTERN = "[a-z][a-z0-9]*(-[a-z0-9]+)*";

    private ProjectNames() {
    }

    /** A valid name made from a folder name: `My Shop_2` becomes `my-shop-2`. */
    public static String fromFolder(String folder) {
        String name = folder.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^[^a-z]+", "")
                .replaceAll("-+$", "");
        if (name.length() > 40) {
            name = name.substring(0, 40).replaceAll("-+$", "");
        }
        return name.matches(PATTERN) ? name : "app";
    }

    public static boolean isValid(String name) {
        return name.length() <= 40 && name.matches(PATTERN);
    }
}
