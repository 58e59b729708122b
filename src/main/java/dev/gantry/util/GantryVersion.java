package dev.gantry.util;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of this build of Gantry, as Maven wrote it into {@code dev/gantry/version.properties}:
 * the same in the jar and in a test run from classes, so the manifest and the {@code requires}
 * check see one version.
 */
public final class GantryVersion {

    private static final String CURRENT = load();

    private GantryVersion() {
    }

    public static String current() {
        return CURRENT;
    }

    private static String load() {
        try (InputStream in = GantryVersion.class.getResourceAsStream("/dev/gantry/version.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "dev");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
