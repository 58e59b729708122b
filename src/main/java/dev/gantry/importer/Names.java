package dev.gantry.importer;

import dev.gantry.init.ProjectNames;
import java.util.Locale;

/** Gantry's names (services, images, environments, stages): lower-case letters, digits, single hyphens. */
public final class Names {

    private static final int MAX = 40;

    private Names() {
    }

    public static boolean isValid(String name) {
        return ProjectNames.isValid(name);
    }

    /** The nearest valid name: {@code php_fpm} is {@code php-fpm}, {@code 2nd} is {@code x-2nd}. */
    public static String of(String wanted) {
        String name = wanted.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (name.isEmpty()) {
            name = "x";
        }
        if (!Character.isLetter(name.charAt(0))) {
            name = "x-" + name;
        }
        if (name.length() > MAX) {
            name = name.substring(0, MAX).replaceAll("-+$", "");
        }
        return name;
    }

    /** An environment variable or secret name in upper case: {@code db-password} is {@code DB_PASSWORD}. */
    public static String variable(String wanted) {
        String name = wanted.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9_]+", "_");
        return name.isEmpty() || !Character.isLetter(name.charAt(0)) ? "X_" + name : name;
    }
}
