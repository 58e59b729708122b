package dev.gantry.targets.dump;

import dev.gantry.catalog.CatalogEntry;
import dev.gantry.catalog.CatalogInstance;
import dev.gantry.catalog.Value;
import dev.gantry.model.Environment;
import dev.gantry.model.EnvironmentKind;
import dev.gantry.model.Project;
import dev.gantry.model.Service;
import dev.gantry.model.Storage;
import dev.gantry.plan.EnvironmentPlan;
import dev.gantry.plan.local.StorageStandIn;
import dev.gantry.plan.platform.PlatformPlan;
import dev.gantry.targets.ArtifactPaths;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What dump-prod.sh knows about one environment: the shell variables its table sets, by name.
 * How the database and the files are read from it ({@code db_source}, {@code files_source}) or
 * why they cannot be ({@code db_problem}, {@code files_problem}), and how they are written into
 * it ({@code files_target}); empty values are left out.
 */
final class DumpEnvironment {

    /** Every variable of the table, in the order the script lists them. */
    static final List<String> FIELDS = List.of("kind", "uses_compose", "platform", "compose_file",
            "compose_project", "machine", "platform_cli", "db_service", "db_kind", "db_format", "db_name", "db_source",
            "db_image", "db_host", "db_port", "db_user", "db_password_variable", "platform_db_app", "db_relationship",
            "db_problem", "files_source", "files_target", "bucket", "region", "files_service", "files_mount",
            "platform_files_app", "platform_mount", "files_problem", "sanitize");

    private final Project project;
    private final EnvironmentPlan plan;
    private final Environment env;
    private final Optional<SourcePlatform> platform;
    private final Map<String, String> fields = new LinkedHashMap<>();

    private DumpEnvironment(Project project, EnvironmentPlan plan) {
        this.project = project;
        this.plan = plan;
        this.env = plan.env();
        this.platform = SourcePlatform.of(env);
    }

    /** The service holding the environment's database: its first catalog service of a kind dump-prod copies. */
    static Optional<Service> database(EnvironmentPlan plan) {
        return plan.env().services().values().stream()
                .filter(s -> plan.connections().instance(s).flatMap(i -> i.entry().dump()).isPresent())
                .findFirst();
    }

    static Map<String, String> fields(Project project, EnvironmentPlan plan) {
        DumpEnvironment out = new DumpEnvironment(project, plan);
        out.describe();
        Map<String, String> ordered = new LinkedHashMap<>();
        FIELDS.stream().filter(out.fields::containsKey).forEach(f -> ordered.put(f, out.fields.get(f)));
        return ordered;
    }

    private void put(String field, String value) {
        if (!FIELDS.contains(field)) {
            throw new IllegalArgumentException("not a field of the table: " + field);
        }
        if (value != null && !value.isEmpty()) {
            fields.put(field, value);
        }
    }

    private void describe() {
        put("kind", env.kind().label());
        put("uses_compose", env.uses("compose") ? "1" : "");
        platform.ifPresent(p -> put("platform", p.target()));
        plan.platform().filter(p -> platform.map(SourcePlatform::readByCli).orElse(false))
                .ifPresent(p -> put("platform_cli", p.platform().cli()));
        if (env.uses("compose") || platform.map(SourcePlatform::runsComposeFile).orElse(false)) {
            put("compose_file", ArtifactPaths.composeFile(env.id()));
            put("compose_project", plan.local().map(run -> run.projectName())
                    .orElse(project.name() + "-" + env.id()));
        }
        if (platform.equals(Optional.of(SourcePlatform.DOCKER_MACHINE))) {
            put("machine", env.settings().machine().map(m -> m.machines().get(0)).orElse(null));
        }
        database(plan).ifPresent(this::describeDatabase);
        env.storage().ifPresent(this::describeFiles);
        put("sanitize", env.settings().dump().sanitize().orElse(null));
    }

    private void describeDatabase(Service db) {
        CatalogInstance instance = plan.connections().instance(db).orElseThrow();
        CatalogEntry.DumpCommands dump = instance.entry().dump().orElseThrow();
        String format = dump.format();
        put("db_service", db.id());
        put("db_kind", instance.entry().kind());
        put("db_format", format);
        put("db_name", instance.setting("database").orElse(null));
        if (platform.isEmpty()) {
            return;
        }
        if (platform.get().readByCli()) {
            Optional<PlatformPlan.Relationship> relationship = plan.platform()
                    .flatMap(p -> p.relationshipTo(db.id()));
            if (!SourcePlatform.PLATFORMSH_FORMATS.contains(format)) {
                put("db_problem", "the " + product() + " CLI dumps MySQL, MariaDB and PostgreSQL databases only ("
                        + cli() + " db:dump), and the database " + db.id() + " of " + env.id() + " is "
                        + instance.entry().kind());
            } else if (relationship.isPresent()) {
                put("db_source", "platformsh");
                put("platform_db_app", relationship.get().app());
                put("db_relationship", relationship.get().name());
            } else {
                put("db_problem", "no " + product() + " application of " + env.id() + " has a relationship to its"
                        + " database " + db.id() + ", which " + cli() + " db:dump reads through");
            }
        } else if (db.isExternal()) {
            put("db_source", "client");
            put("db_image", instance.image());
            put("db_host", literal(instance, "host"));
            put("db_port", literal(instance, "port"));
            put("db_user", literal(instance, "user"));
            put("db_password_variable", instance.connection("password").flatMap(Value::soleVariable).orElse(null));
        } else if (platform.get().runsComposeFile()) {
            put("db_source", "exec");
        } else {
            put("db_problem", "the database " + db.id() + " of " + env.id() + " runs as a container on ECS, which "
                    + "dump-prod cannot reach; give it `external: {host: ...}` in environment.yaml when it is a "
                    + "managed database");
        }
    }

    /** The product the environment runs on, as messages name it: Platform.sh or Upsun. */
    private String product() {
        return plan.platform().map(p -> p.platform().title()).orElse("Platform.sh");
    }

    private String cli() {
        return plan.platform().map(p -> p.platform().cli()).orElse("platform");
    }

    private static String literal(CatalogInstance instance, String field) {
        return instance.connection(field).flatMap(Value::literal).orElse(null);
    }

    private void describeFiles(Storage storage) {
        if (storage.isS3()) {
            describeBucket(storage);
        } else {
            describeVolume();
        }
    }

    private void describeBucket(Storage storage) {
        Optional<String> standIn = StorageStandIn.s3(env).flatMap(s3 -> s3.setting("bucket"));
        put("region", storage.region().orElse(null));
        if (standIn.isPresent()) {
            put("bucket", standIn.get());
            put("files_target", env.uses("compose") ? "minio" : null);
            if (platform.equals(Optional.of(SourcePlatform.COMPOSE))) {
                put("files_source", "minio");
            } else if (platform.isPresent()) {
                put("files_problem", "the files of " + env.id() + " are in its local S3 stand-in, which dump-prod "
                        + "reads on the local Docker engine only");
            }
        } else if (storage.bucket().isPresent()) {
            put("bucket", storage.bucket().get());
            put("files_source", "aws");
        } else {
            put("files_problem", "environment.yaml names no S3 bucket for " + env.id()
                    + " (storage.bucket, or environments." + env.id() + ".storage.bucket)");
        }
    }

    private void describeVolume() {
        String mount = StorageStandIn.nfsMountPath(env).orElseThrow();
        Optional<Service> app = env.services().values().stream()
                .filter(s -> s.builtImage().isPresent() && !s.isExternal()).findFirst();
        put("files_mount", mount);
        put("files_service", app.map(Service::id).orElse(null));
        put("files_target", env.uses("compose") ? "volume" : null);
        if (platform.isEmpty()) {
            return;
        }
        if (platform.get().readByCli()) {
            Optional<PlatformPlan.Mount> platformMount = plan.platform().flatMap(PlatformPlan::nfsMount);
            put("files_source", platformMount.isPresent() ? "platform-mount" : null);
            put("platform_files_app", platformMount.map(PlatformPlan.Mount::app).orElse(null));
            put("platform_mount", platformMount.map(PlatformPlan.Mount::path).orElse(null));
            put("files_problem", platformMount.isPresent() ? null : "no " + product() + " application of " + env.id()
                    + " mounts its NFS storage");
        } else if (platform.get() == SourcePlatform.ECS) {
            put("files_problem", "the files of " + env.id() + " are on NFS, which dump-prod cannot reach on ECS");
        } else if (app.isPresent()) {
            put("files_source", "tar");
        } else {
            put("files_problem", "no service of " + env.id() + " built from this project's images mounts its "
                    + "NFS storage, so dump-prod has no container to copy the files from");
        }
    }

    /** The first environment of {@code kind} that has a database, else the first of that kind. */
    static Optional<EnvironmentPlan> firstOfKind(List<EnvironmentPlan> plans, EnvironmentKind kind) {
        List<EnvironmentPlan> ofKind = plans.stream().filter(e -> e.env().kind() == kind).toList();
        return ofKind.stream().filter(e -> database(e).isPresent()).findFirst().or(() -> ofKind.stream().findFirst());
    }
}
