package dev.gantry.targets.platformsh;

import java.util.List;

/**
 * What Platform.sh gets from one environment: the applications, services and routes, the
 * {@code .environment} scripts, and the secrets to set as Platform.sh variables.
 */
public record PlatformshConfig(String environment, String kind, List<Application> apps,
        List<PlatformService> services, List<Route> routes, List<EnvironmentScript> scripts, List<String> secrets,
        List<String> settings, boolean s3) {
}
