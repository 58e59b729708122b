package dev.gantry.targets.compose;

import dev.gantry.catalog.Catalog;
import dev.gantry.catalog.CatalogInstance;
import dev.gantry.catalog.Endpoint;
import dev.gantry.catalog.Value;
import dev.gantry.diag.Position;
import dev.gantry.load.YMap;
import dev.gantry.load.YScalar;
import dev.gantry.model.Environment;
import dev.gantry.model.EnvironmentKind;
import dev.gantry.model.Storage;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Local stand-ins for cloud storage: S3 becomes a MinIO service (with its bucket created at start)
 * in dev and test; NFS becomes a local volume unless the environment names an NFS server. Services
 * built from the project's images get the storage's coordinates as environment variables.
 */
final class StorageStandIn {

    static final String VOLUME = "storage";

    private StorageStandIn() {
    }

    static Optional<CatalogInstance> s3(Environment env) {
        Optional<Storage> storage = env.storage().filter(Storage::isS3);
        if (storage.isEmpty() || env.kind() == EnvironmentKind.STAGING || env.kind() == EnvironmentKind.PROD) {
            return Optional.empty();
        }
        Map<String, YMap.Entry> config = new LinkedHashMap<>();
        storage.get().bucket().ifPresent(b -> config.put("bucket", new YMap.Entry("bucket", Position.UNKNOWN,
                YScalar.ofString(b, Position.UNKNOWN))));
        return Catalog.get().entry("minio").map(entry -> new CatalogInstance(entry, ComposeFileBuilder.S3,
                entry.versions().get(0), new YMap(config, Position.UNKNOWN),
                Endpoint.container(ComposeFileBuilder.S3)));
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

    /** The mount of the NFS storage volume in app containers, as {@code storage:/path}. */
    static Optional<String> nfsMount(Environment env) {
        return env.storage().filter(Storage::isNfs).map(s -> VOLUME + ":" + s.mountPath());
    }

    /** The NFS options of the storage volume, when the environment names a server. */
    static Optional<ComposeFile.NfsVolume> nfsVolume(Environment env) {
        return env.storage().filter(s -> s.isNfs() && s.server().isPresent())
                .map(s -> new ComposeFile.NfsVolume("addr=" + s.server().get() + ",nfsvers=4,rw",
                        ":" + s.export().orElse("/")));
    }
}
