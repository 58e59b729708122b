package dev.gantry.model;

import java.util.Locale;

public enum EnvironmentKind {
    DEV, TEST, STAGING, PROD;

    /** The kind an environment has when it does not say: guessed from its name, test otherwise. */
    public static EnvironmentKind fromName(String name) {
        return switch (name) {
            case "dev", "local", "development" -> DEV;
            case "staging", "stage" -> STAGING;
            case "prod", "production", "live" -> PROD;
            default -> TEST;
        };
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
