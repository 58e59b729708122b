package dev.gantry.targets.ecs;

import dev.gantry.render.Doc;
import java.util.List;
import java.util.Map;

/**
 * One container of a task definition: what the task's checks read of it (its name, whether it is
 * essential, its sizes and port mappings), and its JSON content in the order ECS documents the keys,
 * null fields left out.
 */
record ContainerDefinition(String name, boolean essential, Integer cpu, Integer memory, Integer memoryReservation,
        List<PortMapping> portMappings, Doc.Mapping json) {

    record RepositoryCredentials(String credentialsParameter) {
    }

    record PortMapping(int containerPort, Integer hostPort, String protocol) {
    }

    record KeyValue(String name, String value) {
    }

    record Secret(String name, String valueFrom) {
    }

    record MountPoint(String sourceVolume, String containerPath, boolean readOnly) {
    }

    record Dependency(String containerName, String condition) {
    }

    record HealthCheck(List<String> command, Integer interval, Integer timeout, Integer retries, Integer startPeriod) {
    }

    record LinuxParameters(Capabilities capabilities, List<Device> devices, Boolean initProcessEnabled,
            Integer sharedMemorySize, List<Tmpfs> tmpfs) {
    }

    record Tmpfs(String containerPath, int size, List<String> mountOptions) {
    }

    record Ulimit(String name, int softLimit, int hardLimit) {
    }

    record SystemControl(String namespace, String value) {
    }

    record Capabilities(List<String> add) {
    }

    record Device(String hostPath, String containerPath, List<String> permissions) {
    }

    record ExtraHost(String hostname, String ipAddress) {
    }

    record LogConfiguration(String logDriver, Map<String, String> options) {
    }
}
