package dev.gantry.target.ecs;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/** One container of a task definition, in a fixed key order; null fields are not written. */
@JsonPropertyOrder({"name", "image", "repositoryCredentials", "essential", "cpu", "memory", "memoryReservation",
    "portMappings", "links", "entryPoint", "command", "workingDirectory", "user", "environment", "secrets",
    "mountPoints", "dependsOn", "healthCheck", "privileged", "linuxParameters", "extraHosts", "dockerLabels",
    "logConfiguration"})
record ContainerDefinition(String name, String image, RepositoryCredentials repositoryCredentials, boolean essential,
        Integer cpu, Integer memory, Integer memoryReservation, List<PortMapping> portMappings,
        List<String> links, List<String> entryPoint, List<String> command, String workingDirectory, String user,
        List<KeyValue> environment, List<Secret> secrets, List<MountPoint> mountPoints, List<Dependency> dependsOn,
        HealthCheck healthCheck, Boolean privileged, LinuxParameters linuxParameters, List<ExtraHost> extraHosts,
        Map<String, String> dockerLabels, LogConfiguration logConfiguration) {

    record RepositoryCredentials(String credentialsParameter) {
    }

    @JsonPropertyOrder({"containerPort", "hostPort", "protocol"})
    record PortMapping(int containerPort, Integer hostPort, String protocol) {
    }

    @JsonPropertyOrder({"name", "value"})
    record KeyValue(String name, String value) {
    }

    @JsonPropertyOrder({"name", "valueFrom"})
    record Secret(String name, String valueFrom) {
    }

    @JsonPropertyOrder({"sourceVolume", "containerPath", "readOnly"})
    record MountPoint(String sourceVolume, String containerPath, boolean readOnly) {
    }

    @JsonPropertyOrder({"containerName", "condition"})
    record Dependency(String containerName, String condition) {
    }

    @JsonPropertyOrder({"command", "interval", "timeout", "retries", "startPeriod"})
    record HealthCheck(List<String> command, Integer interval, Integer timeout, Integer retries, Integer startPeriod) {
    }

    @JsonPropertyOrder({"capabilities", "devices"})
    record LinuxParameters(Capabilities capabilities, List<Device> devices) {
    }

    record Capabilities(List<String> add) {
    }

    @JsonPropertyOrder({"hostPath", "containerPath", "permissions"})
    record Device(String hostPath, String containerPath, List<String> permissions) {
    }

    @JsonPropertyOrder({"hostname", "ipAddress"})
    record ExtraHost(String hostname, String ipAddress) {
    }

    @JsonPropertyOrder({"logDriver", "options"})
    record LogConfiguration(String logDriver, Map<String, String> options) {
    }
}
