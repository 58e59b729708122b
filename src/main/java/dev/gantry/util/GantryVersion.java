package dev.gantry.util;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of this build of Gantry, as Maven wrote it into {@code dev/gantry/version.properties}:
 * the same in the jar and in a test run from classes, so the manifest and the {@code requires}
 * check see one version. The same file names Gantry's repository on GitHub.
 */
public final class GantryVersion {

    private static final Properties PROPERTIES = load();
    private static final String CURRENT = PROPERTIES.getProperty("version", "dev");

    private GantryVersion() {
    }

    public static String current() {
        return CURRENT;
    }

    /** Gantry's repository on GitHub, {@code owner/name}: its releases, its GitHub Action. */
    public static String repository() {
        return PROPERTIES.getProperty("repository", "");
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = GantryVersion.class.getResourceAsStream("/dev/gantry/version.properties")) {
            if (in != null) {
                properties.load(in);
            }
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
