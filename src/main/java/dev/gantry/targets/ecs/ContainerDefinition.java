package dev.gantry.targets.ecs;

import java.util.List;
import java.util.Map;

/** One container of a task definition, keys in declared order; null fields are not written. */
record ContainerDefinition(String name, String image, RepositoryCredentials repositoryCredentials, boolean essential,
        Integer cpu, Integer memory, Integer memoryReservation, List<PortMapping> portMappings,
        List<String> links, List<String> entryPoint, List<String> command, String workingDirectory, String user,
        List<KeyValue> environment, List<Secret> secrets, List<MountPoint> mountPoints, List<Dependency> dependsOn,
        HealthCheck healthCheck, Boolean privileged, LinuxParameters linuxParameters, List<ExtraHost> extraHosts,
        Map<String, String> dockerLabels, LogConfiguration logConfiguration) {

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

    record LinuxParameters(Capabilities capabilities, List<Device> devices) {
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
