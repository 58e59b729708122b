package dev.gantry.plan.local;

import dev.gantry.catalog.Catalog;
import dev.gantry.catalog.CatalogInstance;
import dev.gantry.catalog.Endpoint;
import dev.gantry.catalog.Value;
import dev.gantry.diag.Position;
import dev.gantry.model.CatalogConfig;
import dev.gantry.model.Environment;
import dev.gantry.model.EnvironmentKind;
import dev.gantry.model.Service;
import dev.gantry.model.Storage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Local stand-ins for cloud storage: S3 becomes a MinIO service (with its bucket created at start)
 * in dev and test; NFS becomes a local volume unless the environment names an NFS server. Services
 * built from the project's images get the storage's coordinates as environment variables.
 */
public final class StorageStandIn {

    /** The S3 stand-in's service name. */
    public static final String S3 = "s3";
    /** The network compose puts every service on that names none. */
    public static final String DEFAULT_NETWORK = "default";
    /** The named volume that holds NFS storage locally. */
    public static final String VOLUME = "storage";

    private StorageStandIn() {
    }

    /** The MinIO instance standing in for S3, in dev and test environments whose storage is S3. */
    public static Optional<CatalogInstance> s3(Environment env) {
        Optional<Storage> storage = env.storage().filter(Storage::isS3);
        if (storage.isEmpty() || env.kind() == EnvironmentKind.STAGING || env.kind() == EnvironmentKind.PROD) {
            return Optional.empty();
        }
        Map<String, CatalogConfig.Setting> config = new LinkedHashMap<>();
        storage.get().bucket().ifPresent(b -> config.put("bucket",
                new CatalogConfig.Setting(Position.UNKNOWN, Position.UNKNOWN, b, b)));
        return Catalog.get().entry("minio").map(entry -> new CatalogInstance(entry, S3,
                entry.versions().lines().get(0), new CatalogConfig(Position.UNKNOWN, config),
                Endpoint.container(S3)));
    }

    /** AWS SDK variables for the app: the bucket and region everywhere, MinIO's endpoint and keys locally. */
    static Map<String, Value> appEnv(Environment env, Optional<CatalogInstance> standIn) {
        Map<String, Value> out = new LinkedHashMap<>();
        Optional<Storage> storage = env.storage().filter(Storage::isS3);
        if (storage.isEmpty()) {
            return out;
        }
        storage.get().s3Variables().forEach((name, value) -> out.put(name, Value.text(value)));
        standIn.ifPresent(s3 -> {
            out.put("AWS_ENDPOINT_URL", s3.connection("url").orElseThrow());
            out.put("AWS_ACCESS_KEY_ID", s3.connection("user").orElseThrow());
            out.put("AWS_SECRET_ACCESS_KEY", s3.connection("password").orElseThrow());
        });
        return out;
    }

    /**
     * The networks the S3 stand-in joins: every network of the services that reach it (those built
     * from the project's images), {@code default} among them when one of those is on the default
     * network and others are not; none when they all are on the default network alone.
     */
    static List<String> networks(Environment env) {
        Set<String> joined = new TreeSet<>();
        boolean onDefault = false;
        for (Service service : env.services().values()) {
            if (service.builtImage().isPresent() && !service.isExternal()) {
                joined.addAll(service.network().networks());
                onDefault |= service.network().networks().isEmpty();
            }
        }
        if (onDefault && !joined.isEmpty()) {
            joined.add(DEFAULT_NETWORK);
        }
        return List.copyOf(joined);
    }

    /** Where app containers mount the environment's NFS storage, when it has NFS storage. */
    public static Optional<String> nfsMountPath(Environment env) {
        return env.storage().filter(Storage::isNfs).map(Storage::mountPath);
    }

    /** The NFS options of the storage volume, when the environment names a server. */
    static Optional<LocalRun.NfsVolume> nfsVolume(Environment env) {
        return env.storage().filter(s -> s.isNfs() && s.server().isPresent())
                .map(s -> new LocalRun.NfsVolume("addr=" + s.server().get() + ",nfsvers=4,rw",
                        ":" + s.export().orElse("/")));
    }
}
