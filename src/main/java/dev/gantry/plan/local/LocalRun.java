package dev.gantry.plan.local;

import dev.gantry.model.Network;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How an environment runs on one Docker host with compose (or, planned the same way, on a Kubernetes
 * cluster, whose run pulls the project's images and mounts no source): its containers in the order the compose
 * file lists them (each service that runs here, its one-shot init, the etcd seed after its etcd,
 * then the local stand-ins for cloud storage), the named volumes they use (an NFS-backed one with its
 * options), the networks they join (with the options the environment declares for them), and the
 * variables they read from {@code .env}, each with what it holds.
 */
public record LocalRun(String projectName, List<LocalContainer> containers, Map<String, Optional<NfsVolume>> volumes,
        Map<String, Optional<Network>> networks, Map<String, DotEnv> variables) {

    /** The variable compose files read the tag of the project's images from. */
    public static final String IMAGE_TAG = "IMAGE_TAG";

    /**
     * A variable compose reads from {@code .env} (or the shell that starts it): what it holds, the
     * value it falls back to, and whether compose stops when it is unset (secrets and the image tag
     * always do; a pass-through variable never does: the container then goes without it).
     */
    public record DotEnv(String description, Optional<String> fallback, boolean required) {

        public static DotEnv required(String description) {
            return new DotEnv(description, Optional.empty(), true);
        }

        /** Whoever starts the stack must give it a value: no default, and compose stops without one. */
        public boolean mustBeSet() {
            return required && fallback.isEmpty();
        }
    }

    /** The options of a named volume backed by an NFS export. */
    public record NfsVolume(String address, String device) {
    }

    public List<String> containerNames() {
        return containers.stream().map(LocalContainer::name).toList();
    }
}
