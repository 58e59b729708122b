package dev.gantry.bind.machine;

import java.util.Optional;

/**
 * One option of a driver block (or of {@code engine}): its key in environment.yaml, the
 * {@code docker-machine create} flag it becomes, how, and the {@code docker-machine inspect} format
 * that reads it back from an existing machine (when the driver keeps it as one value).
 */
public record MachineOption(String key, String flag, Encoding encoding, Optional<String> inspectFormat) {

    /** An option the driver keeps in its configuration as {@code field}, so drift can be reported. */
    static MachineOption compared(String key, String flag, Encoding encoding, String field) {
        return new MachineOption(key, flag, encoding, Optional.of("{{.Driver." + field + "}}"));
    }

    /** An engine option docker-machine keeps in the host options as {@code field}. */
    static MachineOption comparedEngine(String key, String flag, String field) {
        return new MachineOption(key, flag, Encoding.VALUE,
                Optional.of("{{.HostOptions.EngineOptions." + field + "}}"));
    }

    static MachineOption plain(String key, String flag, Encoding encoding) {
        return new MachineOption(key, flag, encoding, Optional.empty());
    }
}
