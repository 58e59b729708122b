package dev.gantry.diag;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The catalogue: every distinct problem Gantry reports, with its id, message and hint, in one place.
 *
 * <p>An id never changes meaning once released, so that users can search for it and CI
 * annotations stay comparable; an id that is no longer reported is {@link RetiredId retired} and
 * never given to another problem. The letter is the severity (E error, W warning); {@link IdRange}
 * says which numbers belong to what. One id is one problem: two problems that differ in what the
 * user must do get two ids, even when their messages read alike.
 *
 * <p>Messages and hints are {@link MessageTemplate templates}: a call site passes one value per
 * placeholder, in the order the placeholders first appear in the message and then the hint. A
 * hint whose value is null is left out (a "did you mean" with nothing close). Texts that are not
 * Gantry's own come in through a placeholder: the YAML parser's and the schema validator's
 * messages, the schema's descriptions, suggestions ({@code dev.gantry.util.Similarity}).
 *
 * <p>The README's table of ids is generated from this enum (see ProblemCatalogTest), each id with
 * an example input in {@code src/test/resources/problems}.
 */
public enum Problem {

    // ---- E00x, E10x: reading environment.yaml --------------------------------------------------
    FILE_NOT_FOUND("E001", "no such file",
            "run `gantry init` to create one, or pass -f with the path of your environment.yaml"),
    FILE_TOO_LARGE("E002", "file is {size} bytes; the limit is {limit} bytes",
            "an environment file this large is almost certainly not hand-written; split generated parts out"),
    INVALID_UTF8("E003", "the file is not valid UTF-8 (byte 0x{byte} at offset {offset})", "save the file as UTF-8"),
    YAML_SYNTAX("E004", "{parserMessage}"),
    DUPLICATE_KEY("E005", "duplicate key `{key}` (first defined at line {line})",
            "a YAML mapping keeps one value per key: merge the two entries"),
    UNKNOWN_TAG("E006", "unknown tag `{tag}`",
            "environment.yaml uses plain YAML 1.2: remove the tag, or quote the value to make it a string"),
    MULTIPLE_DOCUMENTS("E007", "the file holds more than one YAML document",
            "remove the `---` separator: all of a project's settings belong in one document"),
    ALIAS_LIMIT("E008", "aliases expand the document beyond the limit of {nodes} nodes",
            "this looks like an alias bomb; write the values out or use `extends` between environments"),
    NESTING_LIMIT("E009", "the document is nested more than {depth} levels deep"),
    COMPLEX_KEY("E010", "a mapping key must be a plain value, not {kind}"),
    EMPTY_FILE("E011", "the file is empty", "start from `gantry init`, or see the examples/ folder"),
    FILE_IS_DIRECTORY("E012", "is a directory, not a file", "point -f at the environment.yaml inside it"),
    FILE_NOT_PERMITTED("E013", "permission denied while reading the file"),
    FILE_READ_FAILED("E014", "cannot read the file: {reason}"),
    YAML_UNREADABLE("E015", "the file is not valid YAML: {reason}"),
    CONTROL_CHARACTER("E016", "the file contains the control character U+{codePoint}, which YAML does not allow",
            "remove it; a text editor may show it as a blank or a box"),
    UNDEFINED_ALIAS("E017", "alias *{anchor} refers to no anchor defined before it",
            "define `&{anchor}` on a value above this line (an alias cannot refer to its own parent)"),
    MERGE_KEY_VALUE("E018", "a merge key `<<` takes a mapping or a list of mappings, not {kind}"),
    UNKNOWN_COLLECTION_TAG("E019", "unknown tag `{tag}`", "environment.yaml uses plain YAML 1.2: remove the tag"),
    INVALID_TAGGED_VALUE("E101", "`{text}` is not a valid {tag}"),
    YAML_TAB("E102", "{parserMessage}", "YAML indents with spaces only; replace the tab with spaces"),
    YAML_COLON_IN_VALUE("E103", "{parserMessage}", "a value that contains `: ` must be quoted"),
    YAML_INDENTATION("E104", "{parserMessage}", "check the indentation of this line against the one above it"),
    YAML_OVER_INDENTED("E105", "{parserMessage}", "`{key}` is indented more than `{sibling}` on line {line}, which"
            + " has its value on its line, so YAML reads `{key}` as more of that value: indent `{key}` as far as"
            + " `{sibling}`"),

    // ---- E02x, E03x: the schema ----------------------------------------------------------------
    UNKNOWN_KEY("E020", "unknown key `{key}` in {where}", "{suggestion}"),
    MISSING_KEY("E021", "missing required key `{key}` in {where}", "{description}"),
    WRONG_TYPE("E022", "{where} must be {types}, not {kind}", "{description}"),
    NOT_ALLOWED_VALUE("E023", "`{value}` is not allowed for {where}", "{suggestion}"),
    INVALID_FORMAT("E024", "`{value}` is not a valid value for {where}", "{description}"),
    OUT_OF_RANGE("E025", "{where}: {rule}", "{description}"),
    KEY_NOT_APPLICABLE("E027", "key `{key}` does not apply in {where}", "{description}"),
    MISSING_COMPANION_KEY("E028", "`{key}` needs `{companion}` beside it in {where}", "{description}"),
    INVALID_NAME("E029", "`{name}` is not a valid name in {where}", "{description}"),
    LENGTH_OUT_OF_RANGE("E030", "{where}: {rule}", "{description}"),
    ITEM_COUNT_OUT_OF_RANGE("E031", "{where}: {rule}", "{description}"),
    KEY_COUNT_OUT_OF_RANGE("E032", "{where}: {rule}", "{description}"),
    REPEATED_ITEM("E033", "{where} lists the same item twice", "remove the repeated item"),
    NOT_FINITE("E034", "`{text}` is not a number any generated file can hold",
            "write a finite number, or quote it if you mean the text"),
    YAML11_BOOLEAN("E035", "{where} must be {types}, not {kind}", "`{text}` is a string in YAML 1.2; write `{bool}`"),
    KEY_OF_INNER_BLOCK("E036", "unknown key `{key}` in {where}", "`{key}` belongs under {blocks}"),
    KEY_OF_OTHER_BLOCK("E037", "unknown key `{key}` in {where}", "`{key}` belongs under {blocks}, not `{block}`"),
    CONFIG_KEY_ON_BUILT_SERVICE("E038", "unknown key `{key}` in {where}",
            "`config.{key}` applies to catalog services (`use:`), and this service is built from an image"),
    DISK_ON_BUILT_SERVICE("E039", "unknown key `{key}` in {where}", "`config.disk` applies to catalog services"
            + " (`use:`), and this service is built from an image; the disk of a Platform.sh or Upsun application is"
            + " `platformsh.apps.<app>.disk` and of its worker `platformsh.apps.<app>.workers.<worker>.disk`, in the"
            + " environment's settings; a volume's is its `size`"),

    COMMAND_NOT_SPLIT("E120", "`{key}` of `{service}` cannot be split into words as compose splits it: {problem}",
            "write it as a list of arguments, or as `{shell: ...}` to run it with /bin/sh -c"),
    RAW_KEY_MISSPELT("E121", "`{key}` is not a key of {what}", "did you mean `{suggestion}`?"),

    // ---- E04x, E05x: references and structure --------------------------------------------------
    DEPENDS_ON_UNKNOWN("E040", "service `{service}` depends on {missing}", "{suggestion}"),
    DEPENDENCY_CYCLE("E041", "depends_on forms a cycle: {cycle}",
            "remove one of these dependencies; services in a cycle can never start"),
    SERVICE_SOURCE_MISSING("E042", "service `{service}` in environment `{env}` has neither `image` nor `use`",
            "add `image: <an image of this file or a pinned published image>` or `use: <catalog service>:<version>`"),
    UNKNOWN_CATALOG_KIND("E043", "`{kind}` is not in the service catalog", "{suggestion}"),
    UNSUPPORTED_CATALOG_VERSION("E044", "{kind} `{version}` is not a version the catalog supports",
            "supported versions (a patch may follow, e.g. `{example}`): {versions}"),
    VERSION_PIN("E045", "this file requires Gantry `{range}`, but this is Gantry {running}",
            "run a Gantry version in that range: the committed files depend on the version that generated them."
                    + " To move to this version, change `requires`, run `gantry generate` and review the diff"),
    EXTENDS_CYCLE("E046", "environment `{env}` extends itself: {chain}",
            "break the cycle: one of these environments must not extend another"),
    UNKNOWN_EXTENDS("E047", "environment `{env}` extends `{parent}`, which is not defined", "{suggestion}"),
    SERVICE_SOURCE_TWICE("E048", "service `{service}` gives both `image` and `use`",
            "keep `image` for an image you build or pull, or `use` for a catalog service, not both"),
    UNKNOWN_TARGET("E049", "target `{target}` is not available in this version of Gantry",
            "available targets: {targets}"),
    CACHE_FRONTS_NOTHING("E050", "the HTTP cache `{service}` does not say which service it is in front of",
            "add `in_front_of: <service>`, e.g. the web server"),
    FRONT_OF_NON_CACHE("E051", "`in_front_of` applies to HTTP caches only, and `{service}` is not one",
            "use `use: varnish:<version>` or `use: disk-cache:<version>` for an HTTP cache"),
    IN_FRONT_OF_UNKNOWN("E052", "service `{service}` is in front of {missing}", "{suggestion}"),
    REF_TO_UNKNOWN_SERVICE("E053", "`{variable}` refers to service {missing}", "{suggestion}"),
    REF_TO_UNKNOWN_FIELD("E054", "service `{service}` exposes no `{field}`", "{suggestion}"),
    UNDECLARED_SECRET("E055", "secret `{secret}` is not declared", "{suggestion}"),
    UNKNOWN_ENVIRONMENT_SECRET("E056", "environment `{env}` sets secret `{secret}`, which is neither declared under"
            + " `secrets:` nor a secret of a catalog service it runs", "{suggestion}"),
    ETCD_KEYS_WITHOUT_ETCD("E057", "service `{service}` declares etcd keys, but environment `{env}` runs no etcd"
            + " service to hold them",
            "add a service with `use: etcd:<version>` (the catalog's etcd), or remove the `etcd:` keys"),
    COPY_FROM_UNKNOWN_IMAGE("E058", "stage `{stage}` copies from image `{image}`, which is not defined",
            "{suggestion}"),
    IMAGE_CYCLE("E059", "image `{image}` builds on itself: {chain}",
            "one image of the chain must start from a published image"),
    ETCD_SERVICES_AMBIGUOUS("E140", "environment `{env}` runs {count} etcd services ({services}), so it is not clear"
            + " which one holds the etcd keys of its components",
            "keep one etcd service in this environment, e.g. remove the others with `services: {{other}: null}`"),
    IMAGE_CHAIN_TOO_LONG("E141", "image `{image}` builds on more than {limit} other images (through `from` and"
            + " `copy: from`): each of its stage files would hold them all", "start the chain from a published image"
            + " that another project builds, or merge images into stages of one image"),
    CATALOG_VERSION_NOT_FULL("E144", "{kind} `{version}` is not a version the catalog supports",
            "give a full version of one of these lines, e.g. `{example}`: {versions}"),

    NAME_SHARED("E142", "`{first}` and `{second}` would share {what} in environment `{env}`",
            "give one of them its own `{key}`"),
    NO_SHARED_NETWORK("E143", "`{service}` reaches `{target}` in environment `{env}`, but they have no network in"
            + " common: `{service}` joins {networks}, `{target}` {targetNetworks}", "add one of the networks of"
            + " `{service}` to `{target}` (`{default}` is the network of services that name none)"),
    ENVIRONMENT_BUILDS_UNKNOWN_IMAGE("E145", "environment `{env}` builds image `{image}`, which is not defined",
            "{suggestion}"),
    WAITS_HEALTHY_WITHOUT_CHECK("E146", "`{service}` waits for `{target}` to be healthy, but `{target}` has no health"
            + " check", "give `{target}` a `healthcheck`, or wait for `service_started`"),
    WAITS_COMPLETED_CATALOG_SERVICE("E147", "`{service}` waits for `{target}` to complete, but `{target}` is a {kind}"
            + " service, which runs until it is stopped", "wait for `service_healthy`"),
    WAITS_COMPLETED_RESTARTING("E148", "`{service}` waits for `{target}` to complete, but `{target}` restarts whenever"
            + " it stops (`restart: {restart}`)", "drop its `restart`: a one-shot service runs once (or set `on-failure`)"),

    // ---- E06x: rules a schema cannot express ---------------------------------------------------
    IMAGE_NOT_PINNED("E060", "image `{image}` {how}", "pin a version, e.g. `{repository}:1.2.3`, or a digest"
            + " `{repository}@sha256:...`; to accept it as it is, add `unpinned: true` beside it"),
    LITERAL_SECRET("E061", "`{variable}` looks like a credential but has a literal value, which would be written"
            + " into generated files", "declare `secrets: {{secret}: {}}` at the top level and write `{variable}:"
            + " {secret: {secret}}`; its value then comes from .env locally and from each environment's secret store."
            + " If it is no secret, say so: `{variable}: {value: ..., not_secret: true}`"),
    LINE_BREAK_IN_DOCKERFILE("E062", "{what} `{key}` holds a line break, which a Dockerfile cannot carry in a value",
            "put multi-line content in a file and COPY it, or set it at run time in `services.<name>.env`"),
    IMAGE_NAME_LIKE_OWN("E066", "`{image}` is not an image of this file: did you mean `{own}`?",
            "if you mean a published image, pin a version, e.g. `{repository}:1.2.3`, or a digest"
                    + " `{repository}@sha256:...`: without a tag every build may get another one"),

    TAG_FROM_ENV_OF_OWN_IMAGE("E065", "`{service}` runs an image of this file, whose tag Gantry sets",
            "drop `tag_from_env`: built images are tagged by CI (IMAGE_TAG)"),
    OPTIONAL_FROM_ENV_WITH_DEFAULT("E067", "`{variable}` has a default, so it is always set: `required: false` cannot"
            + " leave it unset", "drop `required: false`, or the default"),
    TAG_FROM_ENV_WITHOUT_TAG("E068", "`{service}` reads the tag of `{image}` from {variable}, but the image needs a tag"
            + " to fall back to, and no digest", "write the image with the tag to use by default, e.g."
            + " `{repository}:1.2.3`"),
    OPTIONAL_FROM_ENV_RENAMED("E069", "`{variable}` passes through `{from}`, but compose passes a variable through"
            + " under its own name only", "write `{variable}: {from_env: {variable}, required: false}`, or give `{from}`"
            + " a default"),
    VOLUME_LEAVES_PROJECT("E160", "volume source `{source}` of `{service}` leaves the project folder",
            "mount a folder inside the project (`./...`), or say that it is the host's: an absolute path or one in the"
                    + " home folder (`~/...`)"),
    VOLUME_SOURCE_VARIABLE("E161", "volume source `{source}` of `{service}` holds a variable, which Gantry writes as"
            + " text: compose would not expand it",
            "for the home folder of whoever runs compose write `~/...`; otherwise an absolute path"),
    VOLUME_SOURCE_HOME("E162", "volume source `{source}` of `{service}` names another user's home folder, or the home"
            + " folder without a path",
            "for the home folder of whoever runs compose write `~/...`; otherwise an absolute path"),
    VOLUME_SOURCE_NEITHER("E163", "volume source `{source}` of `{service}` is neither a volume name (which has no `/`)"
            + " nor a path of the project (`./...`)", "write `./{source}` for the project's folder, or a volume name"
            + " without `/`; for the folder a Platform.sh or Upsun mount keeps its files in, use the long form's"
            + " `source_path`: `{source: media, target: ..., source_path: {source}}`"),
    VOLUME_NAME_INVALID("E164", "volume source `{source}` of `{service}` is not a volume name: letters, digits, `_`,"
            + " `.` and `-`, starting with a letter or digit", "rename the volume, e.g. `{renamed}`"),
    VOLUME_READ_ONLY_AND_WRITE("E165", "`{spec}` is both read-only and read-write", "keep one of `ro` and `rw`"),
    NOCOPY_ON_PATH("E166", "`nocopy` applies to named volumes, and `{source}` is a path",
            "drop `nocopy`: a bind mount never copies the image's files"),
    PROPAGATION_ON_VOLUME("E167", "bind propagation applies to paths, and `{source}` is a named volume",
            "drop the propagation option, or mount a path"),
    CI_IMAGE_BUILT_OWN_WAY("E168", "environment `{env}` runs the images CI builds once for every environment, so it"
            + " cannot build `{image}` its own way", "build them on the host here (`compose: {build: true}`), or give"
            + " the image its own name under `images:`"),
    DOCKERFILE_FRONTENDS_DIFFER("E169", "image `{image}` names the Dockerfile frontend `{frontend}`, another image"
            + " `{other}`, and the Dockerfile that holds them all has one `# syntax=` line",
            "name the same frontend in every image that names one"),

    // ---- E07x: what a deployment target needs --------------------------------------------------
    UNDECIDED_SERVICE("E071", "environment `{env}` runs on ECS and does not say how to run `{service}` ({kind}"
            + " {version}): as a managed service, or as a container",
            "managed ({managed}), reached at its endpoint:\n"
                    + "  environments: {{env}: {services: {{service}: {external: {host: <endpoint>}}}}}\n"
                    + "or as a container, in a task of its own:\n"
                    + "  environments: {{env}: {services: {{service}: {container: true}}}}"),

    // ---- E08x: the command line, checked against the file --------------------------------------
    UNKNOWN_SELECTION("E080", "--{option} {value}: no such {what}", "{suggestion}"),

    // ---- W1xx: warnings about environment.yaml -------------------------------------------------
    MACHINE_WITHOUT_COMPOSE("W103", "environment `{env}` deploys docker-compose.{env}.yml with docker-machine, but"
            + " does not list the `compose` target that writes it", "add `compose` to the targets of `{env}`"),
    UNAPPROVED_DEPLOY("W104", "production environment `{env}` is deployed without waiting for an approval",
            "add `approval: {environment: production}` and give that GitHub environment required reviewers"),
    CONFIG_OF_OWN_IMAGE("W105", "`config` of `{service}` is ignored: it applies to catalog services only",
            "remove it, or make the service a catalog service with `use:`"),
    CONFIG_KEY_NOT_APPLICABLE("W106", "`config.{key}` does not apply to {kind} and is ignored",
            "settings of {kind}: {settings}"),
    CONFIG_OF_KIND_WITHOUT_SETTINGS("W107", "`config.{key}` does not apply to {kind} and is ignored",
            "{kind} takes no settings"),
    ETCD_KEYS_NOT_SEEDED("W108", "the etcd keys of environment `{env}` are not seeded: seed scripts are generated for"
            + " environments with the compose or kubernetes target only", "run the seed script of a compose environment against"
            + " this environment's etcd (docker/<env>/{etcd}/seed.sh --endpoints URL)"),
    TARGET_SETTINGS_UNUSED("W109", "environment `{env}` has `{block}` settings but does not list the {targets}"
            + " target, so they are ignored", "add {targets} to its `targets`, or remove the `{block}` block"),
    PLATFORMSH_SETTINGS_UNUSED("W114", "service `{service}` has `platformsh` settings, but no environment that runs"
            + " it lists the {targets} target, so they are ignored",
            "remove the `platformsh` block, or run the service in such an environment"),
    ETCD_READ_WITHOUT_KEYS("W111", "service `{service}` reads from etcd (`{variable}: {ref: {etcd}.{field}}`) but"
            + " declares no etcd keys", "declare the configuration it reads under `etcd:` in the service, so the seed"
            + " script puts it into {etcd}"),
    IMAGE_UNPINNED_ACCEPTED("W113", "image `{image}` {how} (accepted with `unpinned: true`)",
            "pin a version when builds must be reproducible"),
    RETIRED_VERSION("W112", "{kind} `{version}` is past its end of life", "supported versions: {versions}"),
    VERSION_UNKNOWN("W102", "this build of Gantry has no release version (`{running}`), so `requires: {range}`"
            + " is not checked", "run a released Gantry to check the pin"),

    RAW_KEY_UNKNOWN("W115", "Gantry does not know `{key}` as a key of {what}, and passes it on as written",
            "if the version of the format you deploy with has it, keep it; if not, its reader will refuse the file"),
    SHELL_SYNTAX_IN_COMMAND("W116", "`{key}` of `{service}` holds shell syntax ({syntax}), but a string command runs"
            + " without a shell, as compose runs it: the program gets it as text", "to run it with a shell, write"
            + " `{key}: {shell: ...}`; to pass the text on purpose, write the command as a list of arguments"),
    HOST_PATH_IN_PROD("W117", "`{service}` mounts `{source}` of the host in environment `{env}` (prod): every"
            + " production host must have it, which Gantry cannot check",
            "put the files into an image (a stage that copies them), or use a named volume"),
    RAW_VALUE_REPLACES("W118", "raw value replaces {where}, which Gantry generates as {was}", "Gantry's own checks see"
            + " the generated value; where a typed setting says the same, prefer it (README: Raw pass-through)"),
    DATA_VOLUME_UNUSED("W119", "`data_volume` of `{service}` names nothing: the service keeps no data in a volume",
            "remove it; it is for catalog services that keep data (`data_volume`) or have passwords"
                    + " (`secrets_prefix`)"),
    SECRETS_PREFIX_UNUSED("W120", "`secrets_prefix` of `{service}` names nothing: the service has no credentials of"
            + " its own", "remove it; it is for catalog services that keep data (`data_volume`) or have passwords"
            + " (`secrets_prefix`)"),
    RAW_BLOCK_UNUSED("W121", "the raw `{target}` keys of {owner} go nowhere: no environment that has them lists the"
            + " `{target}` target{needs}", "add `{target}` to the `targets` of such an environment, or remove the block"),
    RAW_NULL_REMOVES("W122", "raw `null` removes {where}, which Gantry generates as {was}", "Gantry's own checks see"
            + " the generated value; where a typed setting says the same, prefer it (README: Raw pass-through)"),
    RAW_BLOCK_NO_PLACE("W123", "this raw block has no place in {artifact}: it has no {named}",
            "remove the block, or make Gantry generate what it is for"),

    // ---- E2xx, W2xx: images, Dockerfiles and the local run (compose) ----------------------------
    REPLICAS_SHARE_HOST_PORT("E201", "service `{service}` runs {replicas} replicas in environment `{env}` but publishes"
            + " host port {port}, which only one container can bind",
            "drop the published port and put a web server or HTTP cache in front, or run one replica"),

    EXTERNAL_NETWORK_OPTIONS("E202", "network `{network}` is external, so compose neither makes it nor sets its"
            + " driver or options", "drop `driver`, `attachable` and `internal`, or `external`"),
    WAITS_FOR_PROFILE("E203", "`{service}` waits for `{target}`, which starts only with the profile {profiles}, while"
            + " `{service}` always starts: compose refuses to start it",
            "give both the same profile, or drop the profile of `{target}`"),
    WAITS_ACROSS_PROFILES("E204", "`{service}` waits for `{target}`, which starts only with the profile {profiles},"
            + " which `{service}` does not have: compose refuses to start it",
            "give both the same profile, or drop the profile of `{target}`"),
    NETWORK_NOT_JOINED("W201", "no service of environment `{env}` joins network `{network}`, so the compose file"
            + " leaves it out", "list it under the `networks` of the services that use it"),
    CONTAINER_NAME_WITH_REPLICAS("W202", "`{service}` has the fixed container name `{name}` and {replicas} replicas in"
            + " environment `{env}`: compose runs one container of that name, not {replicas}",
            "drop `container_name`, or the replicas"),
    CONTAINER_NAME_OUTSIDE_DEV("W203", "`{service}` has the fixed container name `{name}` in environment `{env}`"
            + " ({kind}): a second environment or project on the same Docker host cannot start its own",
            "set `container_name` only in the override of `{service}` in the `dev` environments"),

    RAW_LINE_BREAK("E205", "raw Dockerfile line holds a line break, which would start an instruction of its own",
            "give each instruction its own list item; for a long RUN, use the stage's typed `run`"),
    RAW_LOWER_CASE("E206", "raw Dockerfile line `{keyword}` is not written in capitals",
            "write `{upper}`: Gantry's Dockerfiles write instructions so"),
    RAW_FROM("E207", "raw Dockerfile line starts a new build stage, which would cut this stage from the ones after it",
            "use `from:` of an image, or an image of its own"),
    RAW_TRAILING_BACKSLASH("E208", "raw Dockerfile line ends with a backslash, which would join the next instruction"
            + " to it", "remove the trailing backslash"),
    RAW_UNDER_ONBUILD("E209", "raw Dockerfile line puts `{instruction}` under ONBUILD, which Docker refuses",
            "ONBUILD takes any instruction but ONBUILD, FROM and MAINTAINER"),
    RAW_HEREDOC("E210", "raw Dockerfile line starts a heredoc, which would take the instructions after it as its text",
            "write the command in the stage's typed `run`, which carries several lines"),
    RAW_NOT_AN_INSTRUCTION("E211", "raw Dockerfile line {problem}", "write one Dockerfile instruction: RUN, COPY, ADD,"
            + " ENV, ARG, LABEL, EXPOSE, VOLUME, USER, WORKDIR, CMD, ENTRYPOINT, HEALTHCHECK, SHELL, STOPSIGNAL or"
            + " ONBUILD, with its arguments"),

    // ---- E3xx, W3xx: AWS ECS -------------------------------------------------------------------
    ECS_EXTERNAL_CONTAINER("E301", "`{service}` is both `external` and `container: true` in environment `{env}`",
            "keep one of the two"),
    ECS_JOINS_UNKNOWN("E302", "`{service}` joins the task of `{main}`, which environment `{env}` does not run",
            "{suggestion}"),
    ECS_JOINS_ITSELF("E303", "`{service}` cannot join its own task",
            "leave `ecs.task` out: every service is a task of its own unless it joins another"),
    ECS_JOINS_EXTERNAL("E304", "`{service}` joins the task of `{main}`, which is an external service in environment"
            + " `{env}` and runs no task",
            "join the task of a service that runs a container here, or leave `ecs.task` out"),
    ECS_JOINS_JOINER("E305", "`{service}` joins the task of `{main}`, which itself joins the task of `{root}` in"
            + " environment `{env}`", "name the task's own service: `ecs: {task: {root}}`"),

    ECS_ESSENTIAL_ONE_SHOT("E306", "`{service}` is essential, but a container of its task waits for it to complete,"
            + " and ECS lets only a container that is not essential exit",
            "drop `essential: true`: a one-shot ends while the task runs on"),
    ECS_NO_REGION("E307", "environment `{env}` runs on ECS and sets no `region`", "set `ecs: {region: eu-central-1}`"
            + " (or your region): the containers log to CloudWatch there{secrets}"),
    ECS_NO_EXECUTION_ROLE("E308", "environment `{env}` sets no `execution_role`, the role with which ECS {needs}",
            "set `ecs: {execution_role: ecsTaskExecutionRole}` (a role name or ARN) with the"
                    + " AmazonECSTaskExecutionRolePolicy{secrets}"),
    ECS_NO_ACCOUNT("E309", "environment `{env}` sets no `account`, which the ARNs of {arns} need",
            "set `ecs: {account: \"123456789012\"}` (your account id, quoted)"),
    ECS_BUILT_IMAGES_WITHOUT_TAG("E310", "environment `{env}` runs the built {images} and sets no `tag` to deploy",
            "set `ecs: {tag: <the tag CI pushes>}` (images are {repository}:<image>-<tag>), or the image's digest under"
                    + " `ecs.digests`"),
    ECS_FARGATE_NETWORK_MODE("E311", "Fargate tasks use the awsvpc network mode, not {mode}",
            "leave `network_mode` out, or set `launch: EC2`"),
    ECS_EFS_ACCESS_POINT_AND_ROOT("E312", "EFS volume `{volume}` gives both an access point and a root directory",
            "the access point sets the directory: leave `root_directory` out"),
    ECS_EFS_WITHOUT_TASK_ROLE("E313", "environment `{env}` mounts EFS with IAM authorization, which uses the task role,"
            + " and sets no `task_role`", "set `ecs: {task_role: <role>}` with elasticfilesystem:ClientMount (and"
            + " ClientWrite) on the file systems"),
    ECS_VOLUME_SHARED_BY_TASKS("E314", "volume `{volume}` is shared by the tasks {tasks} in environment `{env}`, which"
            + " share nothing unless EFS backs it", "back it with EFS to keep and share its data: `ecs: {volumes:"
            + " {{volume}: {file_system: fs-...}}}`"),
    ECS_REGISTRY_CREDENTIALS_SOURCE("E315", "`registry_credentials` must be a whole Secrets Manager secret (with"
            + " `username` and `password`), and `{secret}` is not one in environment `{env}`",
            "set `secrets: {{secret}: {secrets_manager: <name>}}` in environment `{env}`"),
    ECS_FARGATE_SHM_SIZE("E316", "`{service}` sets shm_size, which Fargate does not support",
            "run environment `{env}` on EC2 (`ecs: {launch: EC2}`), or drop this from the service there"),
    ECS_FARGATE_TMPFS("E317", "`{service}` keeps `{path}` in memory (tmpfs), which Fargate does not support",
            "run environment `{env}` on EC2 (`ecs: {launch: EC2}`), or drop this from the service there"),
    ECS_TMPFS_SIZE("E318", "ECS needs the size of the in-memory folder `{path}` of `{service}`",
            "write `{path: {path}, size: 64MB}`"),
    ECS_SECRET_FROM_DEPLOYING_MACHINE("E319", "secret `{secret}` comes from the deploying machine's environment in"
            + " `{env}`, which an ECS task cannot read", "store it in SSM Parameter Store (`{ssm: /<path>}`) or Secrets"
            + " Manager (`{secrets_manager: <name>}`)"),
    ECS_SECRETS_WITHOUT_SOURCE("E320", "{user} needs {entries}, which {isOrAre} not set", "say where {itOrEach} lives in"
            + " environment `{env}`, e.g. `secrets: {{first}: {secrets_manager: <name>, key: <json key>}}` or"
            + " `{ssm: /<path>}`"),
    ECS_VOLUME_NAME("E321", "volume `{volume}` of `{service}` has a name ECS does not take",
            "name volumes with letters, digits, `-` and `_` only"),
    ECS_FARGATE_CONSTRAINTS("E322", "`{service}` is placed by constraints, and Fargate tasks take none",
            "run environment `{env}` on EC2 (`ecs: {launch: EC2}`), or drop the constraints there"),
    ECS_CONSTRAINT_UNMAPPED("E323", "the constraint `{constraint}` of `{service}` has no equivalent on ECS",
            "constrain by a node label, which ECS reads as a custom attribute of the container instances"
                    + " (`node.labels.<name>`)"),
    ECS_RAW_ON_JOINER("E324", "`{service}` runs in the task of `{main}`, whose task definition takes raw keys on"
            + " `{main}` or on the environment", "move the block to `services.{main}.ecs.raw`, or to `raw.ecs` of the"
            + " environment for every task; keys of this container go under `services.{service}.raw.ecs`"),
    ECS_NO_ESSENTIAL_CONTAINER("E325", "no container of task `{task}` is essential, and ECS needs one whose end ends"
            + " the task", "leave `ecs.essential` of `{main}` at its default, true"),
    ECS_FAMILY_TOO_LONG("E326", "the task family `{task}` is longer than the 255 characters ECS takes",
            "shorten the project, environment or service name"),
    ECS_SIZE_ON_JOINER("E327", "`{service}` runs in the task of `{main}`, whose size is set on `{main}` or on the"
            + " environment", "move the setting to `{main}`, or size the container with `resources`"),
    ECS_EC2_CPU_RANGE("E328", "a task on EC2 takes 0.125 to 192 vCPU, not {cpu}"),
    ECS_FARGATE_SIZE_MISSING("E329", "task `{task}` runs on Fargate, which needs its size, and {unset} not set",
            "set `ecs: {cpu: 0.25, memory: 512MB}` on environment `{env}` for every task, or under `ecs` of service"
                    + " `{main}` for its task; {sizes}"),
    ECS_FARGATE_CPU("E330", "Fargate has no task with {cpu} vCPU", "Fargate tasks have 0.25, 0.5, 1, 2, 4, 8 or 16 vCPU"),
    ECS_FARGATE_SIZE_PAIR("E331", "Fargate has no task with {cpu} vCPU and {memory} of memory",
            "{sizes}; the nearest valid pairs are {nearest}"),
    ECS_CONTAINERS_CPU_OVER_TASK("E332", "the containers of task `{task}` reserve {cpu} vCPU (`resources.cpu`), more"
            + " than the task's {taskCpu}", "give the task more `cpu`, or its containers less"),
    ECS_CONTAINERS_MEMORY_OVER_TASK("E333", "the containers of task `{task}` reserve {memory} of memory, more than the"
            + " task's {taskMemory}", "give the task more `memory`, or its containers less"),
    ECS_CONTAINER_MEMORY_TOO_SMALL("E334", "`{service}` would get less than the {min}MB of memory Docker needs for a"
            + " container"),
    ECS_MEMORY_LIMIT_BELOW_RESERVATION("E335", "the memory limit of `{service}` ({limit}, `resources.memory`) must be"
            + " above its reservation ({reservation}, `ecs.memory_reservation`)"),
    ECS_MEMORY_LIMIT_OVER_TASK("E336", "the memory limit of `{service}` ({limit}) is above the memory of its task"
            + " ({taskMemory})"),
    ECS_EC2_CONTAINER_MEMORY_MISSING("E337", "`{service}` runs on EC2 in a task without a memory size, so ECS needs the"
            + " container's own", "set `resources: {memory: ...}` (a hard limit) or `ecs: {memory_reservation: ...}`"
            + " on `{service}`, or `memory` of the task"),
    ECS_PORT_CLASH("E338", "`{service}` and `{other}` both listen on port {port} in task `{task}`",
            "run one of them in a task of its own, or on another port"),
    ECS_BUILT_IMAGE_WITHOUT_REGISTRY("E339", "ECS pulls the image `{image}` of `{service}` from a registry, and"
            + " `project.registry` is not set", "set `project: {registry: ...}` (e.g. your ECR registry) and let CI push"
            + " the images there"),
    ECS_FROM_ENV_REQUIRED("E340", "`{variable}` of `{service}` reads `{from}` from where the stack starts, which an ECS"
            + " task cannot, and it has no default", "give it a `default`, or its value for environment `{env}` under"
            + " `environments.{env}.services.{service}.env` (`{secret: ...}` when it is one)"),
    ECS_SECRET_INSIDE_VALUE("E341", "`{variable}` of `{service}` is built around the secret {secrets}, and ECS passes a"
            + " secret only as a whole variable", "in environment `{env}`, keep the whole value in the secret store"
            + " (`{variable}: {secret: {variable}}` with a source under `environments.{env}.secrets`), or pass the parts"
            + " separately: {parts}"),
    ECS_SECRET_IN_COMMAND("E342", "the command of `{service}` holds the secret {secrets}, which ECS cannot put into a"
            + " command", "pass the secret as an environment variable and let the command read it"),
    ECS_CATALOG_SET_UP("E343", "`{service}` ({kind}) needs a one-shot set-up container, which environment `{env}` on ECS"
            + " cannot run", "use the AWS service it stands in for: make `{service}` `external` here"),
    ECS_CATALOG_CONFIG_FILE("E344", "ECS cannot mount {file} into `{service}` ({kind})", "build an image that holds the"
            + " file (an image `from: {image}` with a stage that copies it) and run that, or cache at the edge"
            + " (CloudFront) and drop `{service}` from environment `{env}` with `services: {{service}: null}`"),
    ECS_BIND_MOUNT("E345", "`{service}` bind-mounts {folders}, which {why}", "bake the files into an image (a stage that"
            + " copies them) and run that image in environment `{env}`, or mount a named volume backed by EFS"
            + " (`ecs.volumes`)"),
    ECS_NFS_WITHOUT_EFS("E346", "the project's NFS storage needs an EFS file system in environment `{env}`, where it"
            + " runs on ECS", "add `ecs: {volumes: {{volume}: {file_system: fs-...}}}`"),
    ECS_FARGATE_PRIVILEGED("E347", "`{service}` is privileged, which Fargate does not allow",
            "run environment `{env}` on EC2 (`ecs: {launch: EC2}`), or drop these from the service there"),
    ECS_FARGATE_CAPABILITIES("E348", "`{service}` adds the capabilities {capabilities}, and Fargate allows SYS_PTRACE"
            + " only", "run environment `{env}` on EC2 (`ecs: {launch: EC2}`), or drop these from the service there"),
    ECS_FARGATE_DEVICES("E349", "`{service}` uses host devices, which Fargate does not have",
            "run environment `{env}` on EC2 (`ecs: {launch: EC2}`), or drop these from the service there"),
    ECS_EXTRA_HOSTS_AWSVPC("E350", "`{service}` sets extra_hosts, which ECS does not support under awsvpc",
            "resolve the names in DNS (e.g. a Route 53 private zone), or run environment `{env}` on EC2 with"
                    + " `network_mode: bridge`"),
    ECS_HOST_GATEWAY("E351", "`{service}` maps `{host}` to the Docker host (`host-gateway`), which an ECS container"
            + " cannot name", "give the address in environment `{env}`, or keep the entry for the environments that run"
            + " compose"),
    ECS_CROSS_TASK_DEPENDS_ON("W301", "in environment `{env}`, ECS starts each task on its own: depends_on between"
            + " services of different tasks is not carried ({pairs})", "let these services retry until what they"
            + " depend on answers (ECS replaces a task that fails), or run them in one task with `ecs: {task:"
            + " <service>}`"),
    ECS_EFS_UNUSED("W302", "no container mounts the EFS volume `{volume}` in environment `{env}`",
            "mount it in a service (`volumes: [\"{volume}:/path\"]`), or remove it"),
    ECS_VOLUME_LIVES_WITH_TASK("W303", "volume `{volume}` lives only as long as task `{task}` in environment `{env}`",
            "back it with EFS to keep and share its data: `ecs: {volumes: {{volume}: {file_system: fs-...}}}`"),
    ECS_STOP_GRACE_CAPPED("W304", "the stop grace period of `{service}` is {period}, and Fargate waits at most {max}s:"
            + " `stopTimeout` is {max}", "stop faster, or run environment `{env}` on EC2"),
    ECS_STOP_SIGNAL("W305", "the stop signal {signal} of `{service}` is not carried: an ECS container stops with the"
            + " signal its image names", "set `stop_signal` on the image (STOPSIGNAL)"),
    ECS_LOGGING("W306", "logging of `{service}` is not carried: on ECS every container logs with awslogs to"
            + " `{logGroup}`", "keep `logging` for the environments that run compose"),
    ECS_PROFILES("W307", "`{service}` runs only with compose profiles, which ECS does not have: it is a task of"
            + " environment `{env}`", "remove it from environment `{env}` with `services: {{service}: null}` if it is a"
            + " tool for development"),
    ECS_CONTAINER_NAME("W308", "container_name of `{service}` is not carried: an ECS container is named after its"
            + " service", "keep `container_name` for the environments that run compose"),
    ECS_SPREAD("W309", "the spread preference of `{service}` is not carried: a task definition has none",
            "set a `spread` placement strategy on the ECS service"),
    ECS_HEALTH_CHECK_ADJUSTED("W310", "the health check of `{service}` is adjusted to ECS's ranges: {changes}",
            "ECS takes interval 5-300s, timeout 2-60s, retries 1-10 and start_period 0-300s, in whole seconds; set"
                    + " values in these ranges to keep the check as written"),
    ECS_FROM_ENV_DEFAULT("W311", "`{variable}` of `{service}` reads `{from}` from where the stack starts, which an ECS"
            + " task cannot: it gets its default `{fallback}` in environment `{env}`", "to give it another value there,"
            + " set `{variable}` under `environments.{env}.services.{service}.env`"),
    ECS_FROM_ENV_OPTIONAL("W312", "`{variable}` of `{service}` passes `{from}` through from where the stack starts,"
            + " which an ECS task cannot: it is not set in environment `{env}`", "set it under"
            + " `environments.{env}.services.{service}.env` to give it a value there"),
    ECS_ETCD_WITHOUT_AUTHENTICATION("W313", "`{service}` (etcd) starts without authentication on ECS, where no seed"
            + " runs: it accepts clients without a login", "turn it on once with the seed script of a compose"
            + " environment, run against this etcd with its root password: `ETCD_ROOT_PASSWORD=..."
            + " docker/<env>/{service}/seed.sh --endpoints http://<host>:2379`"),
    ECS_HOST_PORT_UNUSED("W314", "host port {published} of `{service}` is not used: under {mode} the task listens on its"
            + " container port {port}", "point the load balancer's target group at port {port}, or list the port as"
            + " `{port}` in environment `{env}`"),
    ECS_HOST_ADDRESS_UNUSED("W315", "host address {ip} of port {port} of `{service}` is not used: ECS binds no host"
            + " address", "restrict access with the task's security group instead"),
    ECS_MOUNT_OPTIONS("W316", "mount options {options} of `{spec}` are not carried: an ECS mount point is read-only or"
            + " not, nothing more", "consistency hints (`cached`, `delegated`) only matter to Docker Desktop; drop the"
            + " others for environment `{env}` if the container runs without them"),
    ECS_DATA_LIVES_WITH_TASK("W317", "the data of `{service}` lives only as long as its task in environment `{env}`",
            "back it with EFS to keep and share its data: `ecs: {volumes: {{volume}: {file_system: fs-...}}}`"),
    ECS_ENV_FILES("W318", "env_files of `{service}` are not carried: an ECS task reads environment files from S3 only",
            "set the variables under `env` in environment `{env}`"),
    ECS_NETWORKS("W319", "networks of `{service}` are not carried: ECS tasks are separated by security groups",
            "give the task's ECS service the security groups that fit"),

    // ---- E4xx, W4xx: Platform.sh and Upsun --------------------------------------------------------
    PLATFORM_BOTH_FORMATS("E401", "environment `{env}` lists both `{first}` and `{second}`, two formats of the same"
            + " project", "keep one: a project moves between them by changing this one word"),
    PLATFORM_TARGET_TWICE("E402", "environment `{env}` lists target `{target}`, which environment `{first}` lists"
            + " already: {platform} reads the same files for every branch, so one environment only can be rendered"
            + " for it", "keep `{target}` in the targets of one environment; each branch pushed to {platform} becomes an"
            + " environment of its own from those files"),
    PLATFORM_SCRIPTS_DIFFER("E403", "environments `{platformsh}` (Platform.sh) and `{upsun}` (Upsun) export different"
            + " variables in {script}, which both read",
            "give both the same variables and `environment` lines, or render one of them"),
    PLATFORM_STORAGE_SERVICE_NAME_TAKEN("E404", "{platform} keeps shared files in a network-storage service named"
            + " `{name}`, and environment `{env}` has a service of that name",
            "rename the service, or name the storage service with `platformsh.storage_service`"),
    PLATFORM_SHARED_VOLUME_WITHOUT_SIZE("E405", "volume `{volume}` is shared through network storage (more than one"
            + " application or worker mounts it), but has no size", "give it a `size`, or the whole network storage"
            + " one with `platformsh.storage_disk` in environment `{env}`"),
    PLATFORM_VCL_UNREADABLE("E406", "cannot read `{file}`, the VCL of service `{service}`: {reason}", "check the path"),
    PLATFORM_VCL_GENERATED_PARTS("E407", "`{file}` declares the `vcl` version, a backend or `vcl_init`, which"
            + " {platform} generates itself from the relationships of `{service}`", "give the {platform} environment a"
            + " VCL of its own without them (`services: {{service}: {config: {vcl: <file>}}}`), that picks its backend"
            + " in vcl_recv with `set req.backend_hint = {backend}.backend();`"),
    PLATFORM_TWO_PRIMARY_ROUTES("E408", "two routes of environment `{env}` say they are the primary one",
            "keep `primary: true` on one route"),
    PLATFORM_ROUTE_UPSTREAM_UNKNOWN("E409", "route `{url}` leads to `{upstream}`, which is no application or HTTP cache"
            + " in environment `{env}`", "{suggestion}"),
    PLATFORM_SOLR_CORE_UNKNOWN("E410", "endpoint `{endpoint}` of service `{service}` reaches core `{core}`, which it does"
            + " not declare", "{suggestion}"),
    PLATFORM_FOLDER_OUTSIDE_CONFIG("E411", "`{folder}` is not inside `{config}/`, where {platform} reads the folders it"
            + " is given", "move it below `{config}/`, e.g. `{config}/configsets/solr9`"),
    PLATFORM_FOLDER_MISSING("E412", "`{folder}` is no folder", "check the path, relative to environment.yaml"),
    PLATFORM_SERVICE_DISK_TOO_SMALL("E413", "{platform} gives {type} at least {min} MB of disk, not {mib}",
            "give `disk: {min}MB` or more"),
    PLATFORM_PUBLISHED_IMAGE("E414", "{platform} runs no containers from published images: service `{service}`"
            + " ({image}) cannot run in environment `{env}`", "{platform}'s own web server serves the applications"
            + " (`platformsh.apps.<app>.web`), and catalog services (`use:`) cover databases, caches and search; remove"
            + " it there with {removal}"),
    PLATFORM_NO_PLACE("E415", "service `{service}` (image `{image}`) has no place on {platform} in environment `{env}`:"
            + " it is no application, and no worker of one", "list it under `platformsh.apps` to run it as an"
            + " application; give it a `command` to run it as a worker of the application built from the same image;"
            + " or remove it there with {removal}"),
    PLATFORM_KIND_UNSUPPORTED("E416", "{platform} cannot run service `{service}` ({kind}), which environment `{env}`"
            + " includes", "{why}; remove it there with {removal}"),
    PLATFORM_SERVICE_VERSION("E417", "{platform} does not offer {kind} {version} (service `{service}` in environment"
            + " `{env}`)", "{platform} offers {type} {versions}; choose one for this environment, e.g. `services:"
            + " {{service}: {use: \"{kind}:{newest}\"}}`"),
    PLATFORM_RUNTIME_UNKNOWN("E418", "{platform} has no runtime `{runtime}`", "runtimes: {runtimes}"),
    PLATFORM_RUNTIME_UNDECIDED("E419", "Gantry cannot tell the {platform} runtime of application `{app}`: its image"
            + " starts from `{image}`", "give `platformsh.apps.{app}.type`, e.g. `php:8.3`; runtimes: {runtimes}"),
    PLATFORM_RUNTIME_VERSION("E420", "{platform} does not offer {runtime} {version}{source}",
            "{platform} offers {runtime} {versions}"),
    PLATFORM_APP_UNKNOWN("E421", "environment `{env}` has no service `{app}` to run as its {platform} application",
            "{suggestion}"),
    PLATFORM_DEFAULT_APP_MISSING("E422", "environment `{env}` has no service `{app}` to run as its {platform}"
            + " application", "name the application the routes lead to with `platformsh: {app: <service>}`"),
    PLATFORM_APPS_SERVICE_UNKNOWN("E423", "`platformsh.apps` names service `{service}`, which environment `{env}` does"
            + " not run", "{suggestion}"),
    PLATFORM_CACHE_NOT_IN_FRONT_OF_APP("E424", "on {platform} an HTTP cache sits between the router and the"
            + " application the routes lead to, `{main}`; `{cache}` is in front of `{front}`", "put it in front of the"
            + " application in environment `{env}`: `services: {{cache}: {in_front_of: {main}}}`"),
    PLATFORM_SECOND_CACHE("E425", "`{first}` is in front of `{main}` already: the routes lead to one HTTP cache",
            "keep one HTTP cache in environment `{env}`"),
    PLATFORM_APP_NOT_BUILT("E426", "service `{service}` cannot be a {platform} application: only services built from"
            + " this file's images can, which {platform} builds from the repository",
            "name a service with `image: <an image of this file>`"),
    PLATFORM_RELATIONSHIP_SERVICE_UNKNOWN("E427", "relationship `{relationship}` of application `{app}` leads to"
            + " service `{service}`, which environment `{env}` does not run", "{suggestion}"),
    PLATFORM_RELATIONSHIP_UNREACHABLE("E428", "relationship `{relationship}` of application `{app}` leads to"
            + " `{service}`, which is {what} in environment `{env}`", "lead it to a catalog service or an application"),
    PLATFORM_RELATIONSHIP_ENDPOINT_UNKNOWN("E429", "relationship `{relationship}` of application `{app}` leads to"
            + " endpoint `{endpoint}` of `{service}`, which it does not have", "endpoints of `{service}`: {endpoints};"
            + " {howToAdd}"),
    PLATFORM_MOUNT_OUTSIDE_WORKDIR("E430", "{volume} of {what} is not inside its working directory{workdir}: {platform}"
            + " mounts folders of the app", "mount a folder below the working directory, e.g. `{example}/var`"),
    PLATFORM_APP_DISK_TOO_SMALL("E431", "{platform} gives {what} at least {min} MB of disk, not {mib}",
            "give `disk: {min}MB` or more"),
    PLATFORM_DISK_SIZE_MISSING("E432", "{what} mounts {paths} on its own disk, but no disk size is given",
            "give `{diskKey}` in environment `{env}`, e.g. `2GB`, or a `size` to each of its volumes"),
    PLATFORM_APP_NOT_SERVED("E433", "application `{app}` gets the requests of the routes, but nothing says how to serve"
            + " them", "give `platformsh.apps.{app}.web.locations` in environment `{env}`, e.g. `{\"/\": {root: public,"
            + " passthru: /index.php}}`, or a `command` that serves on $PORT"),
    PLATFORM_WORKER_UNKNOWN("E434", "`platformsh.apps.{app}.workers` names `{worker}`, which is no worker of"
            + " application `{app}`", "{suggestion}"),
    PLATFORM_APP_WITHOUT_WORKERS("E435", "`platformsh.apps.{app}.workers` names `{worker}`, which is no worker of"
            + " application `{app}`", "a worker is a service built from the app's image with a `command` of its own;"
            + " application `{app}` has none"),
    PLATFORM_CRON_TOO_OFTEN("E436", "cron `{cron}` of application `{app}` runs {often}, and {platform} runs crons at"
            + " most every {min} minutes", "run it every five minutes or less often, e.g. `*/5 * * * *`, or have a"
            + " worker loop instead"),
    PLATFORM_RELATIONSHIP_NAME_TAKEN("E437", "relationship `{relationship}` of application `{app}` leads elsewhere, but"
            + " service `{service}` needs a relationship of that name to service `{relationship}`",
            "give the relationship another name"),
    PLATFORM_VARIABLE_MEANINGS("W402", "`{variable}` means something else here than in another application or worker of"
            + " environment `{env}`, and they share one `.environment` file on {platform}",
            "give the variable one meaning, or two names"),
    PLATFORM_SETTING_OF_OTHER_KIND("W403", "`platformsh.{key}` of service `{service}` is not carried: it applies to"
            + " {kind}, and {service} is {type}", "remove it from the service"),
    PLATFORM_DISK_NOT_KEPT_PERSISTENT("W404", "`config.disk` of service `{service}` is not carried: {platform}'s {type}"
            + " keeps no data on disk", "set `config.persistent: true` for {persistentType}, which does"),
    PLATFORM_DISK_NOT_KEPT("W405", "`config.disk` of service `{service}` is not carried: {platform}'s {type} keeps no"
            + " data on disk", "remove it from environment `{env}`"),
    PLATFORM_FIXED_SETTING("W406", "`config.{key}` of service `{service}` is not carried: {platform}'s {type} uses"
            + " `{fixed}`, not `{value}`", "references (`{ref: {service}.<field>}`) still lead to it; to say so, set"
            + " `{key}: {fixed}` in environment `{env}`"),
    PLATFORM_SIZING_SETTING("W407", "`config.{key}` of service `{service}` is not carried: {why}",
            "remove it from environment `{env}`, or accept {platform}'s sizing"),
    PLATFORM_NO_SUCH_SETTING("W408", "`config.{key}` of service `{service}` is not carried: {platform}'s {type} has no"
            + " such setting", "remove it from environment `{env}`"),
    UPSUN_APPLICATIONS_FILE("W409", "`platformsh.applications_file` is not carried on Upsun", "Upsun reads one file,"
            + " .upsun/config.yaml, with the applications by name; remove it, or keep it for Platform.sh"),
    UPSUN_SIZING("W410", "{what} is not carried on Upsun", "Upsun sizes containers and disks with `upsun resources:set`"
            + " after a deploy, not in .upsun/config.yaml; remove it, or keep it for Platform.sh"),
    PLATFORM_APP_FIELDS_NOT_CARRIED("W411", "{platform} does not carry {fields} of service `{service}` (environment"
            + " `{env}`)", "{platform} runs applications and workers from the repository with its own runtime, restarts"
            + " and sizes them itself, and mounts only named volumes inside the app"),
    PLATFORM_SERVICE_FIELDS_NOT_CARRIED("W412", "{platform} does not carry {fields} of service `{service}` (environment"
            + " `{env}`)", "{platform} runs catalog services its own way: only `use` and `config` reach them"),
    PLATFORM_ROUTER_CACHE_OFF("W413", "the router cache of environment `{env}` stays off: Varnish service `{service}` is"
            + " in front of the app", "remove `platformsh.cache.enabled`"),
    PLATFORM_REDIRECT_CACHE("W414", "route `{url}` redirects, and a redirect has no cache and no server-side includes:"
            + " its `cache` and `ssi` are not carried", "remove them from it"),
    PLATFORM_BRANCH_UNUSED("W415", "`branch` of environment `{env}` is not used: {platform} builds every branch pushed to"
            + " it from the same files", "remove it; on {platform} each branch is an environment of its own"),
    PLATFORM_SECRET_SOURCE_UNREAD("W416", "environment `{env}` takes secret `{secret}` from {source}, which {platform}"
            + " does not read", "set it as a {platform} variable: {cli} variable:create --level project --name"
            + " env:{secret} --sensitive true"),
    PLATFORM_HOST_GATEWAY("W417", "`{host}: host-gateway` of `{app}` is not carried: a Platform.sh container has no"
            + " Docker host", "keep it for the environments that run compose"),
    PLATFORM_REACHES_WORKER("W418", "service `{service}` reaches `{worker}`, which runs as a worker on {platform}: no"
            + " relationship can lead to a worker", "reach the application the worker belongs to, or make `{worker}` an"
            + " application of its own under `platformsh.apps`"),
    PLATFORM_SERVICE_VERSION_RETIRED("W419", "{kind} {version} (service `{service}`) is past its end of life on"
            + " {platform}", "{platform} offers {type} {versions}"),
    PLATFORM_RUNTIME_VERSION_RETIRED("W424", "{runtime} {version}{source} is past its end of life on {platform}",
            "{platform} offers {runtime} {versions}"),
    PLATFORM_RAW_APP_UNKNOWN("W420", "environment `{env}` runs no application `{app}` on {platform}, so its raw keys go"
            + " nowhere", "its applications are {apps}; an application is a service of environment.yaml that Gantry"
            + " places there"),
    PLATFORM_RAW_NULL_APP("W421", "raw `null` cannot remove application `{app}`; the block is ignored",
            "remove the service from environment `{env}` instead"),
    UPSUN_RAW_NAME("W422", "raw `{key}` of {kind} is not carried on Upsun: .upsun/config.yaml has no such key",
            "Upsun names an application by its key under `applications`; keep the key in the blocks of an"
                    + " environment that lists `platformsh`"),
    UPSUN_RAW_SIZING("W423", "raw `{key}` of {kind} is not carried on Upsun: .upsun/config.yaml has no such key",
            "Upsun sizes containers and disks with `upsun resources:set` after a deploy; keep the key in the blocks of"
                    + " an environment that lists `platformsh`"),

    // ---- E5xx, W5xx: docker-machine ------------------------------------------------------------
    MACHINE_SETTINGS_MISSING("E501", "environment `{env}` lists target docker-machine but has no `machine` settings",
            "add `machine:` with a `driver` and its options, e.g. `machine: {driver: amazonec2, amazonec2: {region:"
                    + " eu-central-1, ami: ami-0123456789abcdef0}}`"),
    MACHINE_DRIVER_MISSING("E502", "the `machine` settings of environment `{env}` name no `driver`",
            "add `driver: amazonec2`, `google`, `digitalocean` or `generic`, with its options in the block of the"
                    + " same name"),
    MACHINE_OPTION_MISSING("E503", "environment `{env}`: driver {driver} needs `{option}` in `machine.{driver}`",
            "{why}"),
    MACHINE_COUNT_OF_HOST("E504", "environment `{env}`: the {driver} driver sets up one existing host, so `count`"
            + " must be 1", "give each host an environment of its own, or remove `count`"),
    MACHINE_PORTS_READ_ONLY("E505", "environment `{env}`: `open_ports` has no effect while the security groups are"
            + " read-only (`security_group_readonly` is true unless set to false)",
            "set `security_group_readonly: false` to let docker-machine open these ports, SSH and Docker (2376) to"
                    + " the internet; or open them in the security group yourself and remove `open_ports`"),
    MACHINE_NAME_TOO_LONG("E506", "machine name `{name}` of environment `{env}` is {length} characters long, but the"
            + " {driver} driver takes at most {limit}: {why}", "shorten the project name or the environment name"),
    MACHINE_NAME_INVALID("E507", "machine name `{name}` of environment `{env}` is not a valid {driver} machine name",
            "use {grammar} in the project and environment names"),

    MACHINE_RAW_DRIVER("E508", "the driver is `machine.driver`, not a raw flag", "set `machine: {driver: ...}`"),
    MACHINE_RAW_OTHER_DRIVER("E509", "`--{flag}` is not a flag of the {driver} driver, which environment `{env}` uses",
            "give flags of that driver (`{driver}-...`) or flags of every driver (`engine-...`, `swarm-...`,"
                    + " `tls-san`)"),
    MACHINE_RAW_CREDENTIAL("E510", "`--{flag}` would write a credential into the script", "{advice}"),
    MACHINE_RAW_VALUE_TYPE("E511", "`--{flag}` takes a string or number value here",
            "write the flag's value, `true` for the flag alone, or a list of values"),
    MACHINE_RAW_ENGINE_VALUE("E512", "`--{flag}` takes letters, digits and . _ : / @ + = , % - only",
            "docker-machine writes engine options unquoted into the engine's service file on the machine, where"
                    + " spaces, quotes and `$` would change it"),
    MACHINE_RAW_REPLACES("W501", "raw `{flag}` replaces `{generated}`, which Gantry generates into {script}",
            "where a key of `machine` says the same, prefer it (README: Raw pass-through)"),
    MACHINE_RAW_REMOVES("W502", "raw `{flag}` removes `{generated}`, which Gantry generates into {script}",
            "where a key of `machine` says the same, prefer it (README: Raw pass-through)"),

    // ---- E6xx, W6xx: CI/CD pipelines -----------------------------------------------------------
    PIPELINES_BLOCK_MISSING("E601", "environment `{env}` lists the `pipelines` target, but there is no top-level"
            + " `pipelines:` block with the workflows' settings",
            "add a top-level `pipelines:` block, `{}` or with the settings the workflows need"),
    BASE_IMAGE_UNKNOWN("E602", "base image `{image}` is not an image of this file", "{suggestion}"),
    CHECKS_IMAGE_UNKNOWN("E603", "`checks_image` names `{image}`, which is not an image of this file", "{suggestion}"),
    BASE_IMAGES_WITHOUT_REGISTRY("E604", "base-image.yml pushes the base images ({images}), but `project.registry`"
            + " names no registry", "set `project.registry`, or `base_images: []` for no base-image workflow"),
    BASE_IMAGES_WITHOUT_LOGIN("E605", "base-image.yml pushes to `{registry}`, but `pipelines.registry_login` does not"
            + " say how to log in", "add `registry_login: {aws_role: <IAM role ARN>}` for ECR, or"
            + " `{username_secret: ..., password_secret: ...}`"),
    ECR_ROLE_FOR_OTHER_REGISTRY("E606", "`registry_login.aws_role` logs in to Amazon ECR, but the registry"
            + " `{registry}` is not an ECR registry",
            "use `{username_secret: ..., password_secret: ...}` for other registries"),
    DEPLOY_WITHOUT_REGION("E607", "the deploy of environment `{env}` does not say which AWS region the cluster is in",
            "set `deploy.region` (or `ecs.region` of the environment)"),
    DEPLOY_WITHOUT_REGISTRY("E608", "environment `{env}` deploys images built here, but `project.registry` names no"
            + " registry to push them to",
            "set `project.registry`, e.g. `123456789012.dkr.ecr.eu-central-1.amazonaws.com/acme` for ECR"),
    DEPLOY_WITHOUT_LOGIN("E609", "environment `{env}` deploys images pushed to `{registry}`, which is not Amazon ECR,"
            + " and `pipelines.registry_login` names no secrets to log in with",
            "add `registry_login: {username_secret: ..., password_secret: ...}` under `pipelines`"),
    DEPLOY_SERVICE_UNKNOWN("E610", "`deploy.services` of environment `{env}` sets `{service}`, which is not a service"
            + " deployed to ECS there", "{suggestion}"),
    DEPLOY_WITHOUT_SERVICES("E611", "environment `{env}` has no service that runs in a container of its own on ECS",
            "services with `image:` run in tasks; catalog services only with `container: true`"),
    ROLLING_WITHOUT_ROOM("E612", "service `{service}` must keep 100% of its tasks running and may not start more, so"
            + " a rolling deployment can never replace one", "raise `max_percent` (e.g. 200) or lower"
            + " `min_healthy_percent`"),
    DEPLOYMENT_GROUP_SHARED("E613", "several services of environment `{env}` deploy blue-green through the same"
            + " CodeDeploy deployment group, but a deployment group serves one ECS service",
            "give each blue-green service its own `deploy.services.<name>.codedeploy`"),
    BLUE_GREEN_WITHOUT_CODEDEPLOY("E614", "service `{service}` deploys blue-green, which needs a CodeDeploy"
            + " application and deployment group", "add `codedeploy: {application: ..., deployment_group: ...}`"),
    BLUE_GREEN_WITHOUT_PORT("E615", "service `{service}` deploys blue-green, but has no port for the load balancer to"
            + " send traffic to", "add `port: <container port>` under `deploy.services.{service}`"),
    BLUE_GREEN_PORT_AMBIGUOUS("E616", "service `{service}` deploys blue-green, but has several ports and does not say"
            + " which one the load balancer uses", "add `port: <container port>` under `deploy.services.{service}`"),
    SMOKE_WITHOUT_COMPOSE("E617", "smoke checks of environment `{env}` run against its compose stack, but it does not"
            + " list the `compose` target", "add `compose` to `environments.{env}.targets`"),
    SMOKE_SERVICE_NOT_RUN("E618", "smoke check of environment `{env}` asks service `{service}`, which its compose"
            + " stack does not run", "{suggestion}"),
    SMOKE_PORT_NOT_PUBLISHED("E619", "service `{service}` does not publish container port {port} on the host in"
            + " environment `{env}`", "publish it under `ports:` (e.g. `\"8080:{port}\"`), or ask another port"),
    SMOKE_NO_PUBLISHED_PORT("E620", "service `{service}` publishes no port on the host in environment `{env}`, so the"
            + " smoke check cannot reach it",
            "publish one under `ports:`, e.g. `\"8080:80\"`, or check the service in front of it"),
    SMOKE_PORT_AMBIGUOUS("E621", "service `{service}` publishes {count} ports in environment `{env}`; the smoke check"
            + " does not say which to ask", "add `port: <container port>` to the check"),
    DEPLOY_WITHOUT_ECS_TARGET("W601", "environment `{env}` does not list the `ecs` target, so the task definitions its"
            + " deploy registers ({files}) must be written by hand",
            "add `ecs` to `environments.{env}.targets` to have them generated"),
    ROLLOUT_SETTING_UNUSED("W602", "`{key}` applies to no service of environment `{env}` and is ignored",
            "`min_healthy_percent` and `max_percent` apply with `strategy: rolling`; `codedeploy` and `port` with"
                    + " `strategy: blue-green`"),
    ROLLOUT_SETTING_OF_OTHER_STRATEGY("W603", "`{key}` does not apply to the {strategy} deployment of service"
            + " `{service}` and is ignored", "`min_healthy_percent` and `max_percent` apply with `strategy: rolling`;"
            + " `codedeploy` and `port` with `strategy: blue-green`"),
    NO_PIPELINES_ENVIRONMENT("W604", "no environment lists the `pipelines` target, so there is no main-branch workflow"
            + " (main.yml)", "add `pipelines` to the `targets` of the environments to smoke-test or deploy"),
    PIPELINES_WITHOUT_WORK("W605", "environment `{env}` lists the `pipelines` target but has neither smoke checks nor"
            + " a deploy", "add `pipelines: {smoke: [...]}` or `pipelines: {deploy: {...}}` to the environment"),
    ECR_ROLE_UNUSED("W606", "`registry_login.aws_role` is only used by base-image.yml, which there is no base image"
            + " for", "deploy jobs push with their own `deploy.aws_role`; remove `registry_login` or list"
            + " `base_images`"),
    RAW_BLOCK_WITHOUT_MAIN("W608", "there is no main.yml to merge this raw block into",
            "add `pipelines` to the `targets` of an environment to smoke-test or deploy"),
    RAW_BLOCK_WITHOUT_BASE_IMAGE("W609", "there is no base-image.yml to merge this raw block into",
            "list `base_images`, or remove the block"),
    NOTIFY_UNUSED("W607", "`notify` has nothing to report: there is no base image and no deploy",
            "remove `notify`, or add `deploy:` to an environment"),

    RAW_SMOKE_WITHOUT_JOB("W610", "environment `{env}` has no smoke job in main.yml, so its raw `smoke` keys go"
            + " nowhere", "give the environment `pipelines: {smoke: ...}`, or remove the block"),
    RAW_DEPLOY_WITHOUT_JOB("W611", "environment `{env}` has no deploy job in main.yml, so its raw `deploy` keys go"
            + " nowhere", "give the environment `pipelines: {deploy: ...}`, or remove the block"),

    // ---- E7xx, W7xx: Kubernetes ----------------------------------------------------------------
    K8S_COPIED_FILE_UNREADABLE("E701", "cannot read `{path}`, which environment `{env}` copies into its ConfigMap:"
            + " {reason}", "check the path"),
    K8S_TLS_WITHOUT_HOST("E702", "the Ingress of environment `{env}` serves HTTPS with `tls_secret` but names no"
            + " `host` the certificate is for", "set `ingress: {host: shop.example.com, tls_secret: ...}`"),
    K8S_BUILT_IMAGES_WITHOUT_REGISTRY("E703", "environment `{env}` runs the built {images}, which a cluster pulls from"
            + " a registry, and `project.registry` is not set",
            "set `project: {registry: ...}` and let CI push the images there"),
    K8S_BUILT_IMAGES_WITHOUT_TAG("E704", "environment `{env}` runs the built {images} and sets no `tag` to deploy",
            "set `kubernetes: {tag: <the tag CI pushes>}` (images are {repository}:<image>-<tag>); an overlay can set"
                    + " another one"),
    K8S_IMAGE_NAME_OF_BUILT_IMAGE("E705", "`{container}` runs the image `{image}`, the name the kustomization of"
            + " environment `{env}` gives a built image", "rename the built image in `images:`"),
    K8S_LINE_SEPARATOR("E706", "`{container}` has U+0085, U+2028 or U+2029 in {variables}, which kustomize (and so"
            + " `kubectl apply -k`) turns into a space or a line break",
            "write the value without these line separators in environment `{env}`"),
    K8S_SECRET_SHADOWED("E707", "`{container}` sets `{variable}` itself and also reads the secret `{variable}` inside"
            + " another value; Kubernetes fills that in from the variable of the same name, so the secret cannot reach"
            + " it in environment `{env}`", "rename the variable `{variable}` of `{container}`"),
    K8S_INGRESS_SERVICE_NOT_RUN("E708", "`ingress.service` names `{service}`, which does not run in environment"
            + " `{env}`", "name a service of environment `{env}` that serves HTTP on a port"),
    K8S_INGRESS_SERVICE_WITHOUT_PORT("E709", "`ingress.service` names `{service}`, which listens on no port",
            "name a service of environment `{env}` that serves HTTP on a port"),
    K8S_PROJECT_BIND_MOUNT("E710", "`{container}` bind-mounts {folders}, which a cluster cannot mount: the project"
            + " folder is not on its nodes", "bake the files into an image (a stage that copies them) and run that"
            + " image in environment `{env}`, or mount a named volume"),
    K8S_VOLUME_NAME("E711", "the volume `{volume}` of `{container}` has no name Kubernetes takes (letters, digits and"
            + " `-`, at most 63, starting and ending with a letter or digit)", "rename the volume in environment `{env}`"),
    K8S_POD_SECURITY_REFUSES("E712", "`{container}` {refused}, which the `{level}` Pod Security Standard of environment"
            + " `{env}` refuses: its pods would not be created", "drop these from `{container}` in environment `{env}`,"
            + " or let the namespace allow them (`kubernetes: {pod_security: privileged}`)"),
    K8S_USER_NOT_NUMERIC("W701", "`{container}` names no numeric user, and the `restricted` Pod Security Standard of"
            + " environment `{env}` runs containers as non-root only: Kubernetes will not start it if its image runs as"
            + " root or names its user", "give `{container}` a numeric `user` (`user: \"1000:1000\"`) its image can run"
            + " as, or enforce `pod_security: baseline`"),
    K8S_SECRET_SOURCES_UNUSED("W702", "the secret sources of environment `{env}` are not used by its Kubernetes"
            + " manifests: the containers read every secret from the Secret `{secret}`", "create that Secret from the"
            + " values (`kubectl create secret generic`, or an operator such as External Secrets that syncs it from"
            + " your store)"),
    K8S_INGRESS_LEADS_NOWHERE("W703", "the `ingress` settings of environment `{env}` lead nowhere: no HTTP cache is in"
            + " front of a service and no service publishes a port", "publish the web server's port (`ports:"
            + " [\"8080:80\"]`), or name it: `ingress: {service: web}`"),
    K8S_HOST_PORT_BEHIND_INGRESS("W704", "host port {port} of `{container}` is not opened to the outside in environment"
            + " `{env}`: the Ingress leads to `{entry}` only", "reach it from your machine with `kubectl port-forward -n"
            + " {namespace} svc/{container} {port}:{target}`, or make it the way in with `kubernetes: {ingress:"
            + " {service: {container}}}`"),
    K8S_HOST_PORT_NO_WAY_IN("W705", "host port {port} of `{container}` is not opened to the outside in environment"
            + " `{env}`: nothing leads into the cluster", "reach it from your machine with `kubectl port-forward -n"
            + " {namespace} svc/{container} {port}:{target}`, or make it the way in with `kubernetes: {ingress:"
            + " {service: {container}}}`"),
    K8S_HOST_ADDRESS_UNUSED("W706", "host address {ip} of port {port} of `{container}` is not used: a cluster binds no"
            + " host address", "restrict who may connect with a NetworkPolicy instead"),
    K8S_WAIT_UNOBSERVABLE("W707", "`{container}` starts without waiting for {services} in environment `{env}`: a pod"
            + " sees that a service is ready through a port it may connect to, and it has none",
            "let `{container}` retry until what it needs answers (Kubernetes restarts it), or give the service a port"
                    + " on a network the two share"),
    K8S_DEVICE_UNPRIVILEGED("W708", "`{container}` gets {devices} mounted, but Kubernetes lets a container open a host"
            + " device only when it is privileged (or a device plugin gives it)", "make `{container}` `privileged:"
            + " true` in environment `{env}`, or install a device plugin and request the device in `resources`"),
    K8S_PROBE_ROUNDED("W709", "the health check of `{container}` is adjusted to Kubernetes, which counts probes in"
            + " whole seconds, at least 1: {rounded}", "write the check's interval and timeout in whole seconds"),
    K8S_USER_NOT_CARRIED("W710", "the user `{user}` of `{container}` is not carried: Kubernetes runs a container as"
            + " numeric ids only, so it runs as its image's user", "write the ids, e.g. `user: \"33:33\"` for www-data"
            + " on Debian"),
    K8S_BASELINE_REFUSES("W711", "`{container}` {refused}, which a namespace enforcing the `baseline` Pod Security"
            + " Standard refuses", "run environment `{env}` in a namespace that allows it and say so with `kubernetes:"
            + " {pod_security: privileged}`, or drop these from `{container}` there"),
    K8S_LABELS_NOT_CARRIED("W712", "the labels {labels} of `{container}` are not carried: Kubernetes takes an"
            + " annotation key only as `prefix/name` with a DNS prefix and a name of at most 63 letters, digits, `-`,"
            + " `_` and `.`", "rename the labels, e.g. `com.example.tier` or `example.com/tier`"),
    K8S_ENV_FILES_NOT_CARRIED("W713", "env_files of `{container}` are not carried: a cluster has no project folder to"
            + " read them from", "set the variables under `env` in environment `{env}` (secrets as `{secret: NAME}`)"),
    K8S_RESTART_NOT_CARRIED("W714", "`restart: {restart}` of `{container}` is not carried: a {kind} restarts its"
            + " container whenever it stops", "leave `restart` out in environment `{env}`, or run a one-off task with"
            + " `kubectl run`"),
    K8S_REPLICA_VOLUMES("W715", "the {replicas} replicas of `{container}` each get volumes of their own in environment"
            + " `{env}`, where compose gives them one", "keep one replica, or let the service share its data some other"
            + " way"),

    K8S_CONSTRAINT_UNMAPPED("E713", "the constraint `{constraint}` of `{container}` has no equivalent on Kubernetes",
            "constrain by a node label (`node.labels.<name>`), the host name, OS or CPU architecture"),
    K8S_RAW_LINE_SEPARATOR("E714", "this raw value has U+0085, U+2028 or U+2029, which kustomize (and so `kubectl"
            + " apply -k`) turns into a space or a line break", "write it without these line separators"),
    K8S_FROM_ENV_REQUIRED("E715", "`{variable}` of `{container}` reads `{from}` from where the stack starts, which a"
            + " pod cannot, and it has no default", "give it a `default`, or its value for environment `{env}` under"
            + " {where} (`{secret: ...}` when it is one)"),
    K8S_HOME_FOLDER_MOUNT("E716", "`{container}` mounts `{source}`, in the home folder of whoever starts compose, which"
            + " a cluster's nodes do not have",
            "mount a named volume in environment `{env}`, or an absolute path of the nodes"),
    K8S_NETWORK_OPTIONS("W716", "the network `{network}` is not made with {options} in environment `{env}`: on a"
            + " cluster it is a label of its pods, which NetworkPolicies read", "restrict what its pods reach with an"
            + " egress NetworkPolicy of your own (a file beside the folder's, in an overlay)"),
    K8S_FROM_ENV_DEFAULT("W717", "`{variable}` of `{container}` reads `{from}` from where the stack starts, which a pod"
            + " cannot: it gets its default `{default}` in environment `{env}`", "to give it another value there, set"
            + " `{variable}` under {where}"),
    K8S_FROM_ENV_OPTIONAL("W718", "`{variable}` of `{container}` passes `{from}` through from where the stack starts,"
            + " which a pod cannot: it is not set in environment `{env}`", "set it under {where} to give it a value"
            + " there"),
    K8S_MOUNT_OPTIONS("W719", "the mount options {options} of `{spec}` of `{container}` are not carried: Kubernetes"
            + " mounts volumes without them", "leave them out in environment `{env}` (a pod's SELinux labels are set"
            + " with `securityContext.seLinuxOptions`)"),
    K8S_UNSAFE_SYSCTL("W720", "the sysctl `{sysctl}` of `{container}` is not carried: Kubernetes calls it unsafe, and a"
            + " kubelet refuses the pod unless it was started with `--allowed-unsafe-sysctls` (the `baseline` Pod"
            + " Security Standard refuses it too)", "where your nodes allow it, add it to the pod with a patch in"
            + " `environments.{env}.raw.kubernetes.patches`"),
    K8S_HOST_GATEWAY("W721", "the host names {hosts} of `{container}` are not carried: they name the Docker host"
            + " (`host-gateway`), and a pod's node has no address a manifest can know", "read the node's address from"
            + " the variable Kubernetes sets with `valueFrom: {fieldRef: {fieldPath: status.hostIP}}`"
            + " (`raw.kubernetes.env`), or give the host's address instead of `host-gateway`"),
    K8S_STOP_SIGNAL("W722", "the stop signal {signal} of `{container}` is not carried: Kubernetes stops a container"
            + " with the signal its image names", "set it on the image (`raw: {dockerfile: {end: [\"STOPSIGNAL"
            + " {signal}\"]}}`)"),
    K8S_ULIMITS("W723", "the ulimits {ulimits} of `{container}` are not carried: Kubernetes has no per-container"
            + " ulimits, a container gets the container runtime's defaults of its node", "raise them in the nodes'"
            + " container runtime, or with `ulimit` in the entrypoint (up to the hard limit)"),
    K8S_LOGGING("W724", "logging of `{container}` is not carried: on a cluster the container runtime keeps each"
            + " container's output, where the cluster's log collection reads it",
            "keep `logging` for the environments that run compose"),
    K8S_PROFILES("W725", "`{container}` runs only with compose profiles, which Kubernetes does not have: it runs in"
            + " environment `{env}`", "remove it from environment `{env}` with `services: {{container}: null}` if it is"
            + " a tool for development"),
    K8S_CONTAINER_NAME("W726", "container_name of `{container}` is not carried: a pod is named after its workload,"
            + " with a suffix of its own", "reach it by its Service name, `{container}`"),
    K8S_TAG_FROM_ENV("W727", "`{container}` reads the tag of its image from `{variable}` where the stack starts, which"
            + " a pod cannot: it runs `{image}` in environment `{env}`",
            "deploy another tag from an overlay of your own (`kustomize edit set image {repository}:<tag>`)"),

    // ---- E9xx, W9xx: files given to gantry import ----------------------------------------------
    IMPORT_FILE_NOT_FOUND("E901", "no such file"),
    IMPORT_FILE_TOO_LARGE("E902", "the file is larger than {limit} bytes",
            "import reads configuration files, not data"),
    IMPORT_INVALID_UTF8("E903", "the file is not valid UTF-8", "save it as UTF-8"),
    IMPORT_READ_FAILED("E904", "cannot read the file: {reason}"),
    IMPORT_YAML_SYNTAX("E905", "not valid YAML: {parserMessage}"),
    IMPORT_NESTING_LIMIT("E906", "the document is nested more than {depth} levels deep"),
    IMPORT_ALIAS_LIMIT("E907", "aliases expand the document beyond {nodes} nodes", "this looks like an alias bomb"),
    IMPORT_EMPTY_FILE("E908", "the file is empty"),
    IMPORT_COMPLEX_KEY("E909", "a mapping key must be a plain value, not a {kind}"),
    IMPORT_DUPLICATE_KEY("E910", "duplicate key `{key}` (first at line {line})",
            "a YAML mapping holds one value per key; Compose refuses duplicates too"),
    IMPORT_MERGE_KEY_VALUE("E911", "a merge key `<<` takes a mapping or a list of mappings, not {kind}"),
    IMPORT_NO_INPUT("E912", "the folder holds no compose file and no Platform.sh or Upsun configuration",
            "name the files to import"),
    IMPORT_ENVIRONMENT_NAME("E913", "`{name}` is not an environment name",
            "use lower-case letters, digits and single hyphens"),
    COMPOSE_NOT_A_MAPPING("E920", "not a compose file: the document is {kind}, not a mapping with `services:`"),
    COMPOSE_NO_SERVICES("E921", "not a compose file: it has no `services:`",
            "give import compose files, Dockerfiles, and Platform.sh or Upsun files"),
    COMPOSE_UNKNOWN_TOP_KEY("E922", "not a compose file: `{key}` is not a top-level key of compose files",
            "give import compose files, Dockerfiles, and Platform.sh or Upsun files"),
    COMPOSE_FORMAT_1("E923", "compose file format 1 (services at the top level) is not supported",
            "move the services under `services:`, as every format since 2 has them"),
    COMPOSE_SERVICES_FORM("E924", "`services` must be a mapping of service names, not {kind}"),
    COMPOSE_SERVICE_FORM("E925", "service `{service}` must be a mapping, not {kind}"),
    COMPOSE_EXTENDS_CYCLE("E926", "service `{service}` extends itself through {chain}", "break the cycle"),
    COMPOSE_EXTENDS_FORM("E927", "`extends` takes a service name or `{service, file}`"),
    COMPOSE_EXTENDS_UNKNOWN("E928", "service `{service}` extends `{base}`, which is not defined"),
    COMPOSE_EXTENDS_UNKNOWN_IN_FILE("E929", "service `{service}` extends `{base}`, which {file} does not define"),
    COMPOSE_MAPPING_OR_LIST("E930", "{what} must be a mapping or a list, not {kind}"),
    COMPOSE_STRING_ITEM("E931", "an item of {what} must be a string, not {kind}"),
    COMPOSE_NAME_ITEM("E932", "an item of {what} must be a name, not {kind}"),
    COMPOSE_BUILD_FORM("E933", "build must be a path or a mapping, not {kind}"),
    COMPOSE_SINGLE_VALUE("E934", "{what} must be a single value, not {kind}"),
    COMPOSE_LIST("E935", "expected a list, not {kind}"),
    COMPOSE_REQUIRED_VARIABLE("E936", "required variable {variable} is missing a value{reason}",
            "set {variable} in the .env file beside the compose file"),
    COMPOSE_INTERPOLATION("E937", "invalid interpolation format in `{text}`", "write a literal dollar sign as `$$`"),
    COMPOSE_UNCLOSED_QUOTE("E938", "no closing quotation in `{text}`"),
    COMPOSE_TRAILING_BACKSLASH("E939", "no escaped character after the last backslash in `{text}`"),
    DOTENV_NAME("E940", "`{name}` is not a variable name", "a .env line is NAME=value"),
    DOTENV_UNCLOSED_QUOTE("E941", "the quoted value of `{name}` is not closed"),
    DOCKERFILE_ESCAPE("E950", "invalid escape character `{character}`", "Docker takes `\\` or a backtick"),
    DOCKERFILE_UNKNOWN_INSTRUCTION("E951", "unknown instruction `{word}`", "Dockerfile instructions: {instructions}"),
    DOCKERFILE_HERE_DOCUMENT("E952", "the here-document `<<{word}` is not closed by a line `{word}`"),
    DOCKERFILE_FROM_IMAGE("E953", "FROM needs an image: `FROM image[:tag] [AS name]`"),
    DOCKERFILE_BEFORE_FROM("E954", "{instruction} before the first FROM",
            "a Dockerfile starts with FROM (only ARG may come before it)"),
    DOCKERFILE_NO_FROM("E955", "the Dockerfile has no FROM instruction"),
    PLATFORM_UNKNOWN_TOP_KEY("E960", "`{key}` is not a key of Upsun's configuration",
            "it holds applications, services and routes"),
    PLATFORM_APP_NAME("E961", "the application has no `name`", "Platform.sh requires one"),
    PLATFORM_NOT_A_MAPPING("E962", "{what} must be a mapping, not {kind}",
            "{file} is not the Platform.sh file its name says"),
    IMPORT_NOT_CARRIED("W901", "`{setting}`{environment} is not carried: {reason}"),
    IMPORT_UNSET_VARIABLE("W902", "the variable {variable} is not set in .env: compose substitutes the empty string,"
            + " and so does import"),
    IMPORT_DOCKERIGNORE("W903", "Gantry builds every image from the project folder, where {context}/.dockerignore"
            + " does not apply: copy its patterns into ./.dockerignore"),
    IMPORT_APP_DISK("W904", "application `{app}` has mounts and no `disk`: {disk} MB written, which Platform.sh"
            + " needs (Upsun sizes storage itself)"),
    IMPORT_MOUNT_SOURCE("W905", "the mount `{mount}` keeps its files in `{volume}`{sourcePath} on Platform.sh: move"
            + " them when you deploy ({why})"),
    IMPORT_PWD("W906", "$PWD is the folder compose runs in: import takes it as the compose file's folder, {folder}",
            "set PWD in .env to the folder compose runs in, if it is another");

    private final String id;
    private final MessageTemplate message;
    private final MessageTemplate hint;
    private final List<String> placeholders;

    Problem(String id, String message) {
        this(id, message, null);
    }

    Problem(String id, String message, String hint) {
        this.id = id;
        this.message = MessageTemplate.of(message);
        this.hint = hint == null ? null : MessageTemplate.of(hint);
        List<String> names = new ArrayList<>(this.message.placeholders());
        if (this.hint != null) {
            this.hint.placeholders().stream().filter(n -> !names.contains(n)).forEach(names::add);
        }
        this.placeholders = List.copyOf(names);
    }

    /** The id users see and search for, e.g. {@code E020}. */
    public String id() {
        return id;
    }

    public Severity severity() {
        return id.charAt(0) == 'W' ? Severity.WARNING : Severity.ERROR;
    }

    /** The message as written in the catalogue, placeholders and all. */
    public String message() {
        return message.text();
    }

    /** The hint as written in the catalogue, when the problem has one. */
    public Optional<String> hint() {
        return Optional.ofNullable(hint).map(MessageTemplate::text);
    }

    /** The placeholders a report fills, in the order its values are given. */
    public List<String> placeholders() {
        return placeholders;
    }

    /**
     * This problem, found in {@code file} at {@code position}, with {@code values} for its
     * placeholders. A wrong number of values, or a null one in the message, is Gantry's bug.
     */
    public Diagnostic at(String file, Position position, Object... values) {
        if (values.length != placeholders.size()) {
            throw new IllegalArgumentException(id + " takes " + placeholders + ", not " + values.length + " values");
        }
        Map<String, Object> byName = new HashMap<>();
        for (int i = 0; i < values.length; i++) {
            byName.put(placeholders.get(i), values[i]);
        }
        String text = message.render(byName);
        if (text == null) {
            throw new IllegalArgumentException(id + ": a value of its message is null: " + byName);
        }
        return new Diagnostic(severity(), this, file, position, text, hint == null ? null : hint.render(byName));
    }
}
