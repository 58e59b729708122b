package dev.gantry.plan.local;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How an environment runs on one Docker host with compose (or, planned the same way, on a Kubernetes
 * cluster, whose run pulls the project's images and mounts no source): its containers in the order the compose
 * file lists them (each service that runs here, its one-shot init, the etcd seed after its etcd,
 * then the local stand-ins for cloud storage), the named volumes they use (an NFS-backed one with its
 * options), the networks they join, and the variables they read from {@code .env}, each with what
 * it holds.
 */
public record LocalRun(String projectName, List<LocalContainer> containers, Map<String, Optional<NfsVolume>> volumes,
        List<String> networks, Map<String, String> variables) {

    /** The variable compose files read the tag of the project's images from. */
    public static final String IMAGE_TAG = "IMAGE_TAG";

    /** The options of a named volume backed by an NFS export. */
    public record NfsVolume(String address, String device) {
    }

    public List<String> containerNames() {
        return containers.stream().map(LocalContainer::name).toList();
    }
}
