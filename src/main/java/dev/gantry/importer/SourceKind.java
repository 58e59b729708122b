package dev.gantry.importer;

import java.nio.file.Path;
import java.util.Locale;

/** What an imported file is, by its name: a Dockerfile, a Platform.sh or Upsun file, or (else) a compose file. */
public enum SourceKind {
    COMPOSE, DOCKERFILE, PLATFORM_APP, PLATFORM_APPLICATIONS, PLATFORM_SERVICES, PLATFORM_ROUTES, UPSUN;

    public static SourceKind of(Path file) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        Path parent = file.toAbsolutePath().normalize().getParent();
        String folder = parent == null || parent.getFileName() == null ? "" : parent.getFileName().toString();
        if (lower.equals("dockerfile") || lower.startsWith("dockerfile.") || lower.endsWith(".dockerfile")
                || lower.equals("containerfile")) {
            return DOCKERFILE;
        }
        if (name.equals(".platform.app.yaml")) {
            return PLATFORM_APP;
        }
        if (folder.equals(".platform")) {
            return switch (name) {
                case "applications.yaml" -> PLATFORM_APPLICATIONS;
                case "services.yaml" -> PLATFORM_SERVICES;
                case "routes.yaml" -> PLATFORM_ROUTES;
                default -> COMPOSE;
            };
        }
        if (folder.equals(".upsun") && (lower.endsWith(".yaml") || lower.endsWith(".yml"))) {
            return UPSUN;
        }
        return COMPOSE;
    }

    public boolean isPlatform() {
        return this != COMPOSE && this != DOCKERFILE;
    }
}
