package dev.gantry.targets.compose;

import java.util.List;
import java.util.Map;

/**
 * A compose file for one environment. {@code volumes} maps a volume name to its NFS options, or
 * null; {@code variables} maps each variable read from .env to what it holds.
 */
public record ComposeFile(String environment, String kind, String description, String branch, String profile,
        String projectName, List<ComposeService> services, Map<String, NfsVolume> volumes, List<String> networks,
        Map<String, String> variables) {

    /** An NFS-backed named volume. */
    public record NfsVolume(String address, String device) {
    }
}
