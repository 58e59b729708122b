package dev.gantry.model;

import java.util.Map;
import java.util.Optional;

/**
 * Kernel settings of a service's containers: the size of {@code /dev/shm} in MiB, resource limits
 * ({@code ulimits}, by name: nofile, nproc, ...) and namespaced kernel parameters ({@code sysctls}).
 */
public record Limits(Optional<Located<Long>> shmSizeMiB, Map<String, Ulimit> ulimits,
        Map<String, Located<String>> sysctls) {

    /** A soft and a hard limit; one number sets both. */
    public record Ulimit(long soft, long hard) {
    }

    public boolean isEmpty() {
        return shmSizeMiB.isEmpty() && ulimits.isEmpty() && sysctls.isEmpty();
    }
}
