package dev.gantry.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Where uploaded files live: an S3 bucket or an NFS export, the environment's settings laid over the project's. */
public record Storage(Kind kind, Optional<String> bucket, Optional<String> region, Optional<String> mount,
        Optional<String> server, Optional<String> export) {

    public static final String DEFAULT_REGION = "us-east-1";
    public static final String DEFAULT_MOUNT = "/mnt/storage";

    public enum Kind { S3, NFS }

    public boolean isS3() {
        return kind == Kind.S3;
    }

    public boolean isNfs() {
        return kind == Kind.NFS;
    }

    /** Where the NFS files appear in the app's containers. */
    public String mountPath() {
        return mount.orElse(DEFAULT_MOUNT);
    }

    /** What apps built from the project's images are told about an S3 bucket, wherever they run. */
    public Map<String, String> s3Variables() {
        Map<String, String> out = new LinkedHashMap<>();
        bucket.ifPresent(b -> out.put("S3_BUCKET", b));
        out.put("AWS_DEFAULT_REGION", region.orElse(DEFAULT_REGION));
        return out;
    }
}
