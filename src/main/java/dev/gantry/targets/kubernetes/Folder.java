package dev.gantry.targets.kubernetes;

import dev.gantry.catalog.CatalogEntry;
import dev.gantry.catalog.EtcdSeed;

/** Paths of the files in an environment's folder, relative to it (the kustomization names them so). */
final class Folder {

    static final String KUSTOMIZATION = "kustomization.yaml";
    static final String NAMESPACE = "namespace.yaml";
    static final String VOLUMES = "volumes.yaml";
    static final String RBAC = "rbac.yaml";
    static final String INGRESS = "ingress.yaml";
    static final String README = "README.md";

    private Folder() {
    }

    /** The file of a container's objects. */
    static String manifest(String container) {
        return container + ".yaml";
    }

    /** A catalog service's configuration file, which its ConfigMap is generated from. */
    static String configFile(String container, CatalogEntry.ConfigFile file) {
        return "files/" + container + "/" + file.name();
    }

    static String seedScript(EtcdSeed seed) {
        return "files/" + seed.etcd().id() + "/seed.sh";
    }
}
