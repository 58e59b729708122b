package dev.gantry.targets.kubernetes;

import dev.gantry.catalog.CatalogEntry;
import dev.gantry.catalog.CatalogInstance;
import dev.gantry.catalog.EtcdSeed;
import dev.gantry.diag.Position;
import dev.gantry.diag.Problem;
import dev.gantry.model.Service;
import dev.gantry.model.Storage;
import dev.gantry.model.Volume;
import dev.gantry.plan.local.LocalContainer;
import dev.gantry.plan.local.LocalRunPlanner;
import dev.gantry.plan.local.StorageStandIn;
import dev.gantry.render.Doc;
import dev.gantry.util.Phrases;
import dev.gantry.util.Sizes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a container mounts, as a pod says it: a catalog service's data on a volume claimed for it (so
 * its workload is a StatefulSet; a cache's data in an emptyDir), its configuration file from a
 * ConfigMap, the user's named volumes (claimed per pod, or once for all when several services share
 * one), host paths and devices from the node, and the project's NFS storage.
 */
final class PodVolumes {

    private static final Pattern DNS_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?");
    /** Mount options that only tune Docker Desktop's file sharing, and read-only or read-write. */
    private static final java.util.Set<String> DOCKER_HINTS = java.util.Set.of("ro", "rw", "cached", "delegated",
            "consistent");
    /** What a claim asks for when environment.yaml gives no size. */
    static final String DEFAULT_SIZE = "1Gi";

    final List<Doc> mounts = new ArrayList<>();
    final List<Doc> volumes = new ArrayList<>();
    final List<Doc> claims = new ArrayList<>();

    private final Cluster cluster;
    private final LocalContainer container;
    private final Position at;
    private final SecurityContexts.Refusals refusals;

    private PodVolumes(Cluster cluster, LocalContainer container, Position at, SecurityContexts.Refusals refusals) {
        this.cluster = cluster;
        this.container = container;
        this.at = at;
        this.refusals = refusals;
    }

    static PodVolumes of(Cluster cluster, LocalContainer container, Position at, SecurityContexts.Refusals refusals) {
        PodVolumes out = new PodVolumes(cluster, container, at, refusals);
        container.instance().ifPresent(out::catalog);
        cluster.plan.etcdSeed().filter(seed -> seed.serviceName().equals(container.name())).ifPresent(out::seed);
        container.service().ifPresent(out::user);
        return out;
    }

    /** Whether the pod keeps data on volumes claimed for each of its pods: a StatefulSet's. */
    boolean claimsData() {
        return !claims.isEmpty();
    }

    private void catalog(CatalogInstance instance) {
        instance.entry().data().ifPresent(path -> {
            String volume = instance.dataVolume().orElseThrow();
            if (instance.keepsData()) {
                claims.add(claim(volume, instance.setting("disk")));
            } else {
                volumes.add(new Doc.Mapping().text("name", volume).put("emptyDir", new Doc.Mapping()));
            }
            mounts.add(mount(volume, path, false));
        });
        instance.entry().configFile().ifPresent(file -> configFile(instance, file));
    }

    /** The kind's configuration file: generated (or the user's, copied) into the folder, mounted from a ConfigMap. */
    private void configFile(CatalogInstance instance, CatalogEntry.ConfigFile file) {
        String configMap = container.name() + "-config";
        cluster.configMaps.put(configMap, java.util.Map.of(file.name(), Folder.configFile(container.name(), file)));
        volumes.add(new Doc.Mapping().text("name", configMap).put("configMap",
                new Doc.Mapping().text("name", configMap)));
        mounts.add(mount(configMap, file.mount(), true).text("subPath", file.name()));
    }

    /** The etcd seed script, from a ConfigMap where its command runs it. */
    private void seed(EtcdSeed seed) {
        String configMap = container.name() + "-script";
        cluster.configMaps.put(configMap, java.util.Map.of("seed.sh", Folder.seedScript(seed)));
        volumes.add(new Doc.Mapping().text("name", configMap).put("configMap",
                new Doc.Mapping().text("name", configMap)));
        mounts.add(mount(configMap, LocalRunPlanner.SEED_MOUNT, true).text("subPath", "seed.sh"));
    }

    private void user(Service service) {
        List<String> projectFolders = new ArrayList<>();
        for (Volume v : service.mounts().volumes()) {
            dockerOptions(v);
            if (v.kind() == Volume.Kind.HOST && v.source().startsWith("/")) {
                hostPath(v.source(), v.target(), v.readOnly(), Optional.empty());
                refusals.baseline("mounts the host path `" + v.source() + "`");
            } else if (v.kind() == Volume.Kind.HOST) {
                cluster.findings.report(Problem.K8S_HOME_FOLDER_MOUNT, v.at(), container.name(), v.source(),
                        cluster.env.id());
            } else if (v.isBindMount()) {
                projectFolders.add(v.source() + ":" + v.target());
            } else {
                named(v);
            }
        }
        inMemory(service);
        if (!projectFolders.isEmpty()) {
            cluster.findings.report(Problem.K8S_PROJECT_BIND_MOUNT, at, container.name(), Phrases.codes(projectFolders),
                    cluster.env.id());
        }
        if (service.builtImage().isPresent()) {
            StorageStandIn.nfsMountPath(cluster.env).ifPresent(this::storage);
        }
        List<String> devices = service.options().devices();
        for (int i = 0; i < devices.size(); i++) {
            String[] parts = devices.get(i).split(":");
            String inContainer = parts.length > 1 && parts[1].startsWith("/") ? parts[1] : parts[0];
            hostPath(parts[0], inContainer, false, Optional.of("device-" + i));
        }
        if (!devices.isEmpty()) {
            refusals.baseline("uses the host devices " + Phrases.codes(devices));
            if (!service.options().privileged()) {
                cluster.findings.report(Problem.K8S_DEVICE_UNPRIVILEGED, at, container.name(), Phrases.codes(devices),
                        cluster.env.id());
            }
        }
    }

    /**
     * Options only Docker reads: speed hints for Docker Desktop ({@code cached}, {@code delegated},
     * {@code consistent}) change nothing; SELinux relabelling ({@code z}, {@code Z}) and {@code nocopy}
     * have no equivalent, and a warning says so.
     */
    private void dockerOptions(Volume v) {
        List<String> dropped = v.options().stream().filter(o -> !DOCKER_HINTS.contains(o)).toList();
        if (!dropped.isEmpty()) {
            cluster.findings.report(Problem.K8S_MOUNT_OPTIONS, v.at(), Phrases.codes(dropped), v.spec(),
                    container.name(),
                    cluster.env.id());
        }
    }

    /**
     * compose's in-memory folders and {@code /dev/shm} as memory-backed emptyDirs, of the size given
     * (else as much as the container's memory limit allows, which they count against).
     */
    private void inMemory(Service service) {
        List<dev.gantry.model.Tmpfs> tmpfs = service.mounts().tmpfs();
        for (int i = 0; i < tmpfs.size(); i++) {
            memory("tmpfs-" + i, tmpfs.get(i).path(), tmpfs.get(i).sizeMiB());
        }
        service.options().limits().shmSizeMiB().ifPresent(shm -> memory("dev-shm", "/dev/shm",
                Optional.of(shm.value())));
    }

    private void memory(String name, String path, Optional<Long> sizeMiB) {
        Doc.Mapping emptyDir = new Doc.Mapping().text("medium", "Memory");
        sizeMiB.ifPresent(mib -> emptyDir.text("sizeLimit", mebibytes(mib)));
        volumes.add(new Doc.Mapping().text("name", name).put("emptyDir", emptyDir));
        mounts.add(mount(name, path, false));
    }

    private void named(Volume v) {
        Optional<String> name = kubernetesName(v.source());
        if (name.isEmpty()) {
            return;
        }
        long users = cluster.run.containers().stream().filter(c -> c.service().map(s -> s.mounts().volumes()
                .stream().anyMatch(o -> !o.isBindMount() && o.source().equals(v.source()))).orElse(false)).count();
        if (users > 1) {
            cluster.sharedVolumes.putIfAbsent(name.get(), v.size());
            volumes.add(new Doc.Mapping().text("name", name.get()).put("persistentVolumeClaim",
                    new Doc.Mapping().text("claimName", name.get())));
        } else {
            claims.add(claim(name.get(), v.size()));
        }
        mounts.add(mount(name.get(), v.target(), v.readOnly()));
    }

    /** NFS storage: the server itself where the environment names one, else a volume shared by every pod. */
    private void storage(String path) {
        Storage storage = cluster.env.storage().orElseThrow();
        String name = StorageStandIn.VOLUME;
        if (storage.server().isPresent()) {
            volumes.add(new Doc.Mapping().text("name", name).put("nfs", new Doc.Mapping()
                    .text("server", storage.server().get()).text("path", storage.export().orElse("/"))));
            refusals.restricted("mounts NFS directly");
        } else {
            cluster.sharedVolumes.putIfAbsent(name, Optional.empty());
            volumes.add(new Doc.Mapping().text("name", name).put("persistentVolumeClaim",
                    new Doc.Mapping().text("claimName", name)));
        }
        mounts.add(mount(name, path, false));
    }

    private void hostPath(String source, String target, boolean readOnly, Optional<String> volumeName) {
        String name = volumeName.orElse("host-" + volumes.size());
        volumes.add(new Doc.Mapping().text("name", name).put("hostPath", new Doc.Mapping().text("path", source)));
        mounts.add(mount(name, target, readOnly));
    }

    /** A volume's name as Kubernetes takes it: lower case, `-` for `_` and `.`; an error when it still is not one. */
    private Optional<String> kubernetesName(String volume) {
        String name = volume.toLowerCase(java.util.Locale.ROOT).replace('_', '-').replace('.', '-');
        if (DNS_LABEL.matcher(name).matches()) {
            return Optional.of(name);
        }
        cluster.findings.report(Problem.K8S_VOLUME_NAME, at, volume, container.name(), cluster.env.id());
        return Optional.empty();
    }

    private static Doc.Mapping mount(String volume, String path, boolean readOnly) {
        Doc.Mapping mount = new Doc.Mapping().text("name", volume).text("mountPath", path);
        return readOnly ? mount.put("readOnly", Doc.flag(true)) : mount;
    }

    /** A claim of one pod's volume, of {@code size} (a size environment.yaml gives) or the default. */
    private Doc claim(String name, Optional<String> size) {
        return new Doc.Mapping().put("metadata", new Doc.Mapping().text("name", name))
                .put("spec", Claims.spec(cluster, "ReadWriteOnce", size));
    }

    /** A volume claim's spec, shared by the claims of StatefulSets and the volumes several pods share. */
    static final class Claims {

        private Claims() {
        }

        static Doc.Mapping spec(Cluster cluster, String access, Optional<String> size) {
            Doc.Mapping spec = new Doc.Mapping().texts("accessModes", List.of(access));
            cluster.settings.storageClass().ifPresent(c -> spec.text("storageClassName", c));
            return spec.put("resources", new Doc.Mapping().put("requests",
                    new Doc.Mapping().text("storage", size.map(PodVolumes::quantity).orElse(DEFAULT_SIZE))));
        }
    }

    /** A size as a Kubernetes quantity in binary units: {@code 2Gi}, {@code 512Mi}. */
    static String quantity(String size) {
        return mebibytes(Sizes.toMiB(size));
    }

    /** MiB as a Kubernetes quantity: {@code 2Gi}, {@code 512Mi}. */
    static String mebibytes(long mib) {
        return mib % 1024 == 0 ? mib / 1024 + "Gi" : mib + "Mi";
    }
}
