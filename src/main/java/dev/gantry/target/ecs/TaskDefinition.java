package dev.gantry.target.ecs;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The input of {@code aws ecs register-task-definition --cli-input-json}, in a fixed key order.
 * Absent values are null and not written; nothing that only DescribeTaskDefinition returns
 * (revision, status, compatibilities, ...) has a place here.
 */
@JsonPropertyOrder({"family", "requiresCompatibilities", "networkMode", "cpu", "memory", "runtimePlatform",
    "executionRoleArn", "taskRoleArn", "containerDefinitions", "volumes"})
record TaskDefinition(String family, List<String> requiresCompatibilities, String networkMode, String cpu,
        String memory, RuntimePlatform runtimePlatform, String executionRoleArn, String taskRoleArn,
        List<ContainerDefinition> containerDefinitions, List<Volume> volumes) {

    @JsonPropertyOrder({"cpuArchitecture", "operatingSystemFamily"})
    record RuntimePlatform(String cpuArchitecture, String operatingSystemFamily) {
    }

    /** A task volume: EFS-backed, a host path (EC2), or neither (lives as long as the task). */
    @JsonPropertyOrder({"name", "host", "efsVolumeConfiguration"})
    record Volume(String name, Host host, Efs efsVolumeConfiguration) {
    }

    record Host(String sourcePath) {
    }

    @JsonPropertyOrder({"fileSystemId", "rootDirectory", "transitEncryption", "authorizationConfig"})
    record Efs(String fileSystemId, String rootDirectory, String transitEncryption,
            EfsAuthorization authorizationConfig) {
    }

    @JsonPropertyOrder({"accessPointId", "iam"})
    record EfsAuthorization(String accessPointId, String iam) {
    }
}
