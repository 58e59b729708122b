package dev.gantry.targets.ecs;

import dev.gantry.render.Doc;
import java.util.List;

/**
 * The input of {@code aws ecs register-task-definition --cli-input-json}; its keys are written in the
 * order the records declare their components.
 * Absent values are null and not written; nothing that only DescribeTaskDefinition returns
 * (revision, status, compatibilities, ...) has a place here.
 */
record TaskDefinition(String family, List<String> requiresCompatibilities, String networkMode, String cpu,
        String memory, RuntimePlatform runtimePlatform, String executionRoleArn, String taskRoleArn,
        List<Doc.Mapping> containerDefinitions, List<Volume> volumes,
        List<EcsPlacement.Constraint> placementConstraints) {

    record RuntimePlatform(String cpuArchitecture, String operatingSystemFamily) {
    }

    /** A task volume: EFS-backed, a host path (EC2), or neither (lives as long as the task). */
    record Volume(String name, Host host, Efs efsVolumeConfiguration) {
    }

    record Host(String sourcePath) {
    }

    record Efs(String fileSystemId, String rootDirectory, String transitEncryption,
            EfsAuthorization authorizationConfig) {
    }

    record EfsAuthorization(String accessPointId, String iam) {
    }
}
