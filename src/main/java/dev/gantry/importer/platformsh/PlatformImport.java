package dev.gantry.importer.platformsh;

import java.util.Map;

/**
 * What a Platform.sh or Upsun configuration became: the environment that renders it, what verify
 * compares the generated files with, and the names its applications and services got.
 */
public record PlatformImport(String environment, PlatformConfig config, Map<String, String> renamed) {
}
