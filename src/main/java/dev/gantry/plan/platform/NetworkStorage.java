package dev.gantry.plan.platform;

import dev.gantry.diag.Problem;
import dev.gantry.model.Environment;
import dev.gantry.model.Located;
import dev.gantry.model.Service;
import dev.gantry.model.Storage;
import dev.gantry.model.Volume;
import dev.gantry.model.platformsh.PlatformshSettings;
import dev.gantry.util.Sizes;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The storage applications and workers share: the files of {@code storage: {kind: nfs}} and the
 * named volumes that more than one of them mounts. On Platform.sh it is a {@code network-storage}
 * service ({@code platformsh.storage_service}, sized by {@code storage_disk} or by the NFS default
 * and the shared volumes' sizes); on Upsun its folders are {@code storage} mounts, and no service.
 */
final class NetworkStorage {

    static final String TYPE = "network-storage:2.0";
    static final long NFS_DISK_MIB = 1024;

    private final Environment env;
    private final PlatformshSettings.NetworkStorage settings;
    private final Set<String> shared;
    private final List<Service> users;

    NetworkStorage(Environment env, PlatformshSettings.NetworkStorage settings, List<Service> users) {
        this.env = env;
        this.settings = settings;
        this.users = users;
        this.shared = MountMapper.sharedVolumes(users);
    }

    String service() {
        return settings.service();
    }

    /** Whether the named volume {@code volume} is shared, so on network storage. */
    boolean shares(String volume) {
        return shared.contains(volume);
    }

    /** The Platform.sh service, when anything is kept on network storage. */
    Optional<PlatformService> service(Problems problems) {
        boolean nfs = env.storage().filter(Storage::isNfs).isPresent();
        if (!nfs && shared.isEmpty()) {
            return Optional.empty();
        }
        Service taken = env.services().get(settings.service());
        if (taken != null) {
            problems.report(Problem.PLATFORM_STORAGE_SERVICE_NAME_TAKEN, taken.name().at(), problems.title(),
                    settings.service(), env.id());
            return Optional.empty();
        }
        long disk = settings.diskMiB().map(Located::value).orElseGet(() -> (nfs ? NFS_DISK_MIB : 0)
                + shared.stream().mapToLong(v -> size(v, problems)).sum());
        return Optional.of(new PlatformService(settings.service(), Optional.of(description(nfs)), TYPE,
                Optional.of(disk), Map.of(), PlatformService.Configuration.NONE));
    }

    private String description(boolean nfs) {
        String volumes = shared.isEmpty() ? "" : "the shared volumes " + String.join(", ", shared);
        return "The files of " + (nfs ? "`storage: {kind: nfs}`" + (volumes.isEmpty() ? "" : " and ") : "")
                + volumes;
    }

    /** The size of a shared volume: the largest any of its users gives. */
    private long size(String volume, Problems problems) {
        Optional<Long> size = users.stream().flatMap(s -> s.mounts().volumes().stream())
                .filter(v -> v.source().equals(volume)).map(Volume::size).flatMap(Optional::stream)
                .map(Sizes::toMiB).max(Long::compare);
        if (size.isEmpty()) {
            Service first = users.stream().filter(s -> s.mounts().volumes().stream()
                    .anyMatch(v -> v.source().equals(volume))).findFirst().orElseThrow();
            problems.report(Problem.PLATFORM_SHARED_VOLUME_WITHOUT_SIZE, first.name().at(), volume, env.id());
        }
        return size.orElse(0L);
    }
}
