package dev.gantry.plan.platform;

import dev.gantry.diag.Problem;
import dev.gantry.model.Environment;
import dev.gantry.model.Located;
import dev.gantry.model.Project;
import dev.gantry.model.Service;
import dev.gantry.model.Storage;
import dev.gantry.model.Volume;
import dev.gantry.model.platformsh.Sizing;
import dev.gantry.util.Sizes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The writable folders of applications and workers, and the disk they need. A named volume inside
 * the image's working directory becomes a mount at that path, its files in the volume's
 * {@code source_path} (default: its name): on the container's own disk, or on network storage when
 * another application or worker mounts the same volume (as compose shares it). NFS storage is
 * always on network storage.
 */
final class MountMapper {

    /** The folder of the network storage that holds the files of {@code storage: {kind: nfs}}. */
    static final String NFS_FOLDER = "storage";
    static final long MIN_DISK_MIB = 128;

    private final Project project;
    private final Environment env;
    private final Platform platform;
    private final NetworkStorage storage;
    private final Problems problems;

    MountMapper(Project project, Environment env, Platform platform, NetworkStorage storage, Problems problems) {
        this.project = project;
        this.env = env;
        this.platform = platform;
        this.storage = storage;
        this.problems = problems;
    }

    /**
     * The mounts and disk of {@code service}, an application or a worker ({@code what} says which,
     * {@code diskKey} where its disk is set). Empty disk on Upsun, which sizes disks elsewhere.
     */
    Application.Storage storage(Service service, Sizing sizing, String what, String diskKey) {
        Map<String, Application.Mount> mounts = new LinkedHashMap<>();
        Optional<String> workdir = project.workdir(service.builtImage().orElseThrow());
        for (Volume volume : writable(service)) {
            relative(service, workdir, volume.target(), what, "volume `" + volume.source() + ":" + volume.target()
                    + "`").ifPresent(path -> mounts.put(path, storage.shares(volume.source())
                    ? new Application.Mount(Application.Mount.Kind.SHARED, volume.mountFolder(),
                            Optional.of(storage.service()))
                    : new Application.Mount(Application.Mount.Kind.LOCAL, volume.mountFolder(), Optional.empty())));
        }
        Optional<String> nfs = env.storage().filter(Storage::isNfs).flatMap(s -> relative(service, workdir,
                s.mountPath(), what, "the NFS storage mount `" + s.mountPath() + "`"));
        nfs.ifPresent(path -> mounts.put(path, new Application.Mount(Application.Mount.Kind.SHARED, NFS_FOLDER,
                Optional.of(storage.service()))));
        return new Application.Storage(disk(service, sizing, mounts, what, diskKey), mounts, nfs);
    }

    /** Whether {@code service} mounts named volumes of its own (a worker without them shares the app's). */
    static boolean hasVolumes(Service service) {
        return !writable(service).isEmpty();
    }

    private static List<Volume> writable(Service service) {
        return service.mounts().volumes().stream().filter(v -> !v.isBindMount() && !v.readOnly()).toList();
    }

    /** {@code target} relative to the working directory, where Platform.sh puts the app. */
    private Optional<String> relative(Service service, Optional<String> workdir, String target, String what,
            String volume) {
        String base = workdir.map(w -> w.endsWith("/") ? w : w + "/").orElse(null);
        if (base == null || !target.startsWith(base) || target.length() == base.length()) {
            problems.report(Problem.PLATFORM_MOUNT_OUTSIDE_WORKDIR, service.name().at(), volume, what,
                    workdir.map(w -> " `" + w + "`").orElse(" (its image sets none)"), problems.title(),
                    workdir.orElse("/app"));
            return Optional.empty();
        }
        return Optional.of(target.substring(base.length()).replaceAll("/+$", ""));
    }

    /** The disk the settings give, else the sum of the sizes of the volumes on the container's own disk. */
    private Optional<Long> disk(Service service, Sizing sizing, Map<String, Application.Mount> mounts, String what,
            String diskKey) {
        if (platform == Platform.UPSUN) {
            return Optional.empty();
        }
        if (sizing.diskMiB().isPresent()) {
            Located<Long> mib = sizing.diskMiB().get();
            if (mib.value() < MIN_DISK_MIB) {
                problems.report(Problem.PLATFORM_APP_DISK_TOO_SMALL, mib.at(), problems.title(), what, MIN_DISK_MIB,
                        mib.value());
            }
            return Optional.of(mib.value());
        }
        List<Volume> local = writable(service).stream().filter(v -> !storage.shares(v.source())).toList();
        if (local.isEmpty()) {
            return Optional.empty();
        }
        if (local.stream().allMatch(v -> v.size().isPresent())) {
            return Optional.of(local.stream().mapToLong(v -> Sizes.toMiB(v.size().get())).sum());
        }
        List<String> paths = mounts.entrySet().stream()
                .filter(e -> e.getValue().kind() == Application.Mount.Kind.LOCAL).map(Map.Entry::getKey).toList();
        problems.report(Problem.PLATFORM_DISK_SIZE_MISSING, service.name().at(), what, String.join(", ", paths),
                diskKey, env.id());
        return Optional.empty();
    }

    /** The named volumes more than one application or worker of {@code services} mounts, by name. */
    static Set<String> sharedVolumes(List<Service> services) {
        Map<String, Set<String>> users = new LinkedHashMap<>();
        services.forEach(s -> writable(s).forEach(v -> users.computeIfAbsent(v.source(),
                k -> new java.util.TreeSet<>()).add(s.id())));
        Set<String> out = new java.util.LinkedHashSet<>();
        users.forEach((volume, by) -> {
            if (by.size() > 1) {
                out.add(volume);
            }
        });
        return out;
    }
}
