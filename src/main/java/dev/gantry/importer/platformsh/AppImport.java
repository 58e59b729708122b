package dev.gantry.importer.platformsh;

import static dev.gantry.importer.Issues.notImportedYet;
import static dev.gantry.importer.Issues.notInRawYet;

import dev.gantry.diag.Problem;
import dev.gantry.importer.Names;
import dev.gantry.importer.draft.DraftMap;
import dev.gantry.importer.draft.DraftScalar;
import dev.gantry.lint.LiteralSecrets;
import dev.gantry.plan.platform.CronSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A Platform.sh application into a service built from an image of environment.yaml (the runtime's
 * official image: Platform.sh builds from the repository, not from the image) with its Platform.sh
 * settings under {@code platformsh.apps}; its workers into services of the same image with a
 * command of their own; its mounts into named volumes in the app's folder, {@code /app}.
 */
final class AppImport {

    /** The container sizes Gantry's {@code platformsh.apps.<app>.workers.<worker>.size} takes. */
    private static final java.util.Set<String> WORKER_SIZES = java.util.Set.of("AUTO", "S", "M", "L", "XL", "2XL",
            "4XL");

    static final String WORKDIR = "/app";
    private static final long MIN_DISK = 512;
    private static final Set<String> LOCATION_KEYS = Set.of("root", "passthru", "expires", "allow", "scripts", "index",
            "headers", "rules");
    private static final Set<String> RULE_KEYS = Set.of("allow", "expires", "passthru", "scripts", "headers");

    private final PlatformContext p;
    private final PlatformConfig.Part part;
    private final List<PlatformLeaf> leaves;
    private final DraftMap service = new DraftMap();
    private final DraftMap settings = new DraftMap();
    private final Map<String, DraftMap> workers = new LinkedHashMap<>();
    private final Set<String> mounted = new java.util.HashSet<>();
    private String name;

    AppImport(PlatformContext p, PlatformConfig.Part part) {
        this.p = p;
        this.part = part;
        Map<List<String>, PlatformLeaf> all = new LinkedHashMap<>();
        PlatformConfig.flatten(List.of("app:" + part.name()), part.body(), part.file(), all);
        this.leaves = new ArrayList<>(all.values());
    }

    /** The application's service name, or empty when it could not be carried. */
    Optional<String> run() {
        name = Names.of(part.name());
        Optional<PlatformLeaf> type = leaves.stream().filter(l -> l.key().equals("type")).findFirst();
        String[] runtime = type.map(t -> t.value().split(":", 2)).orElse(new String[] {""});
        Optional<String> image = runtime.length == 2 ? PlatformCatalog.image(runtime[0], runtime[1])
                : Optional.empty();
        if (image.isEmpty()) {
            p.notCarried(leaves, "Gantry knows no Platform.sh runtime `" + type.map(PlatformLeaf::value).orElse("")
                    + "`; it offers " + String.join(", ", PlatformCatalog.runtimeVersions(runtime[0]).stream()
                            .map(v -> runtime[0] + ":" + v).toList()));
            return Optional.empty();
        }
        String imageName = p.context.imageName(name, null);
        DraftMap img = new DraftMap();
        img.put("description", "the runtime of application " + part.name() + " in containers; Platform.sh builds it"
                + " from the repository with its own " + type.get().value());
        img.put("from", image.get());
        if (PlatformCatalog.retired(runtime[0], runtime[1])) {
            img.comment("from", type.get().value() + " is past its end of life: Gantry accepts it with a warning (W112);"
                    + " Platform.sh offers " + String.join(", ", PlatformCatalog.runtimeVersions(runtime[0])));
        }
        img.put("workdir", WORKDIR);
        p.context.images().put(imageName, img);
        service.put("image", imageName);
        settings.put("type", type.get().value());
        p.renamed.put(part.name(), name);
        for (PlatformLeaf leaf : leaves) {
            leaf(leaf);
        }
        if (service.has("volumes") && !settings.has("disk")) {
            settings.put("disk", DraftScalar.of(MIN_DISK));
            settings.comment("disk", "the original gives no disk; Platform.sh needs one for the mounts");
            p.findings().warn(part.origin(), Problem.IMPORT_APP_DISK, part.name(), MIN_DISK);
        }
        p.services.put(name, order(service));
        workers.forEach((worker, draft) -> p.services.put(worker, draft));
        p.settings.map("apps").put(name, settings);
        return Optional.of(name);
    }

    private void leaf(PlatformLeaf leaf) {
        List<String> path = leaf.path().subList(1, leaf.path().size());
        String top = path.get(0);
        String reason = PlatformKeys.APP.get(top);
        if (reason != null || !PlatformKeys.APP_CARRIED.contains(top)) {
            p.notCarried(leaf, reason != null ? reason : notInRawYet("`" + top + "`"));
            return;
        }
        switch (top) {
            case "name" -> {
                if (name.equals(leaf.value())) {
                    p.identical(leaf);
                } else {
                    p.notCarried(leaf, "the application would be named `" + name + "`: Gantry's names take"
                            + " lower-case letters, digits and hyphens");
                }
            }
            case "type", "timezone" -> {
                settings.put(top, leaf.value());
                p.identical(leaf);
            }
            case "disk" -> number(leaf, settings, "disk");
            case "build" -> {
                if (path.equals(List.of("build", "flavor")) && Set.of("composer", "default", "none")
                        .contains(leaf.value())) {
                    settings.map("build").flow().put("flavor", leaf.value());
                    p.identical(leaf);
                } else {
                    p.notCarried(leaf, notInRawYet("`" + String.join(".", path) + "`"));
                }
            }
            case "dependencies" -> {
                if (path.size() == 3 && path.get(1).matches("[a-z][a-z0-9]*")
                        && path.get(2).matches("[A-Za-z0-9@][A-Za-z0-9@/._-]*")) {
                    settings.map("dependencies").map(path.get(1)).put(path.get(2), leaf.value());
                    p.identical(leaf);
                } else {
                    p.notCarried(leaf, notInRawYet("this dependency"));
                }
            }
            case "runtime" -> runtime(leaf, path);
            case "variables" -> variables(leaf, path);
            case "relationships" -> relationship(leaf, path);
            case "mounts" -> mount(leaf, path);
            case "web" -> web(leaf, path);
            case "hooks" -> {
                if (path.size() == 2 && List.of("build", "deploy", "post_deploy").contains(path.get(1))) {
                    settings.map("hooks").put(path.get(1), leaf.value());
                    p.identical(leaf);
                } else {
                    p.notCarried(leaf, notInRawYet("this hook"));
                }
            }
            case "crons" -> cron(leaf, path);
            case "workers" -> worker(leaf, path);
            case "source" -> {
                String root = leaf.value().replaceAll("^/+|/+$", "");
                if (path.equals(List.of("source", "root")) && (root.isEmpty() || root.equals("."))) {
                    p.absent(leaf, "not written: the repository's root is where Platform.sh builds by default");
                } else if (path.equals(List.of("source", "root"))) {
                    settings.put("root", root);
                    if (root.equals(leaf.value())) {
                        p.identical(leaf);
                    } else {
                        p.otherForm(leaf, "as `" + root + "`", root, null);
                    }
                } else {
                    p.notCarried(leaf, PlatformKeys.SOURCE_OPERATIONS);
                }
            }
            case "additional_hosts" -> {
                if (path.size() == 2 && leaf.value().matches("[0-9a-fA-F.:]+")) {
                    service.map("extra_hosts").put(path.get(1), leaf.value());
                    p.identical(leaf);
                } else {
                    p.notCarried(leaf, "Gantry takes a host name and an IP address");
                }
            }
            default -> p.notCarried(leaf, PlatformKeys.OTHER);
        }
    }

    private void number(PlatformLeaf leaf, DraftMap into, String key) {
        if (leaf.value().matches("[0-9]+")) {
            into.put(key, DraftScalar.of(Long.parseLong(leaf.value())));
            p.identical(leaf);
        } else {
            p.notCarried(leaf, "Gantry takes `" + key + "` in MB");
        }
    }

    private void runtime(PlatformLeaf leaf, List<String> path) {
        if (path.size() == 3 && List.of("extensions", "disabled_extensions").contains(path.get(1))
                && leaf.value().matches("[a-z][a-z0-9_-]*")) {
            settings.map("runtime").list(path.get(1)).add(DraftScalar.of(leaf.value()));
            p.identical(leaf);
        } else {
            p.notCarried(leaf, notInRawYet("`" + String.join(".", path) + "` (extensions with a configuration, and other"
                    + " runtime settings)"));
        }
    }

    private void variables(PlatformLeaf leaf, List<String> path) {
        if (path.size() != 3 || !List.of("env", "php").contains(path.get(1))) {
            p.notCarried(leaf, notInRawYet("`" + String.join(".", path) + "`"));
            return;
        }
        String key = path.get(2);
        if (path.get(1).equals("php")) {
            if (key.matches("[a-z][a-z0-9_.]*")) {
                settings.map("php").put(key, leaf.value());
                p.identical(leaf);
            } else {
                p.notCarried(leaf, "Gantry takes php.ini names of lower-case letters, digits, `_` and `.`");
            }
            return;
        }
        if (!key.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            p.notCarried(leaf, "`" + key + "` is not a name Gantry takes for a variable");
        } else if (LiteralSecrets.looksSecret(key) && !leaf.value().isEmpty()) {
            String secret = p.context.secrets().declare(p.environment, key.toUpperCase(java.util.Locale.ROOT),
                    Names.variable(name), leaf.value(), null, leaf.origin());
            service.map("env").put(key, new DraftMap().flow().put("secret", secret));
            p.absent(leaf, "as the secret `" + secret + "`: set it as a Platform.sh variable (`platform variable:create"
                    + " --name env:" + secret + " --sensitive true`), not in the repository");
        } else {
            service.map("env").put(key, leaf.value());
            p.identical(leaf);
        }
    }

    private void relationship(PlatformLeaf leaf, List<String> path) {
        String relationship = path.get(1);
        String target;
        String endpoint;
        if (path.size() == 2 && !leaf.value().equals("null")) {
            String[] parts = leaf.value().split(":", 2);
            target = parts[0];
            endpoint = parts.length == 2 ? parts[1] : null;
        } else if (path.size() == 2) {
            target = relationship;
            endpoint = null;
        } else if (path.get(2).equals("service")) {
            target = leaf.value();
            endpoint = p.config.applications().values().stream().flatMap(a -> a.body().map("relationships")
                    .map(relationship).text("endpoint").stream()).findFirst().orElse(null);
        } else if (path.get(2).equals("endpoint")) {
            String of = p.config.applications().values().stream().flatMap(a -> a.body().map("relationships")
                    .map(relationship).text("service").stream()).findFirst().orElse("");
            Optional<String> missing = missingEndpoint(of, leaf.value());
            if (missing.isPresent()) {
                p.notCarried(leaf, missing.get());
            } else {
                p.absent(leaf, "in `" + relationship + ": \"<service>:" + leaf.value() + "\"`");
            }
            return;
        } else {
            p.notCarried(leaf, notInRawYet("`relationships." + relationship + "." + path.get(2) + "`"));
            return;
        }
        String service = p.renamed.getOrDefault(target, target);
        String primary = p.endpoints.getOrDefault(service, "http");
        boolean known = p.services.containsKey(service) || p.config.applications().containsKey(target);
        if (!known || !relationship.matches("[a-z][a-z0-9_-]*")) {
            p.notCarried(leaf, known ? "Gantry names relationships with lower-case letters, digits, `_` and `-`"
                    : "it leads to `" + target + "`, which is not carried");
            return;
        }
        Optional<String> missing = endpoint == null ? Optional.empty() : missingEndpoint(target, endpoint);
        if (missing.isPresent()) {
            p.notCarried(leaf, missing.get());
            return;
        }
        String value = endpoint == null || endpoint.equals(primary) ? service : service + ":" + endpoint;
        settings.map("relationships").put(relationship, value);
        String written = service + ":" + (endpoint == null ? primary : endpoint);
        if (path.size() == 2 && written.equals(leaf.value())) {
            p.identical(leaf);
        } else {
            p.otherForm(leaf, "as `" + relationship + ": \"" + written + "\"`", written, "relationships." + relationship);
        }
    }

    /** Why a relationship to {@code endpoint} of service {@code target} cannot be written, when import writes no such endpoint. */
    private Optional<String> missingEndpoint(String target, String endpoint) {
        String service = p.renamed.getOrDefault(target, target);
        String primary = p.endpoints.getOrDefault(service, "http");
        List<String> further = p.furtherEndpoints.getOrDefault(service, List.of());
        if (endpoint.equals(primary) || !p.services.containsKey(service) || further.contains(endpoint)) {
            return Optional.empty();
        }
        return Optional.of("it leads to endpoint `" + endpoint + "` of `" + target + "`, which import does not write:"
                + " Gantry gives `" + service + "` the endpoint" + (further.isEmpty() ? "" : "s") + " `" + primary + "`"
                + further.stream().map(e -> ", `" + e + "`").reduce("", String::concat));
    }

    private void mount(PlatformLeaf leaf, List<String> path) {
        String mount = path.get(1);
        String folder = mount.replaceAll("^/+|/+$", "");
        String generatedKey = "mounts." + folder + "." + String.join(".", path.subList(2, path.size()));
        Map<String, String> spec = new LinkedHashMap<>();
        leaves.stream().filter(l -> l.path().size() == 4 && l.path().get(1).equals("mounts")
                && l.path().get(2).equals(mount)).forEach(l -> spec.put(l.path().get(3), l.value()));
        String source = spec.getOrDefault("source", "local");
        String sourcePath = spec.getOrDefault("source_path", folder);
        boolean local = source.equals("local") || source.equals("instance");
        boolean named = sourcePath.matches("[a-zA-Z0-9][a-zA-Z0-9_.-]*");
        if (!local || path.size() != 3 || folder.isEmpty()) {
            p.notCarried(leaf, local ? notInRawYet("this mount setting") : notImportedYet("mounts with source `" + source
                    + "`"));
            return;
        }
        String volume = named ? sourcePath : Names.of(folder);
        if (mounted.add(mount)) {
            service.list("volumes").add(DraftScalar.of(volume + ":" + WORKDIR + "/" + folder));
        }
        switch (path.get(2)) {
            case "source" -> {
                String note = source.equals("instance") ? "as a `local` mount, Platform.sh's name for Upsun's"
                        + " `instance`" : null;
                if (note != null) {
                    p.otherForm(leaf, note, "local", generatedKey);
                } else if (!mount.equals(folder)) {
                    p.otherForm(leaf, "at `" + folder + "`, relative to the app", null, generatedKey);
                } else {
                    p.identical(leaf);
                }
                if (!named || !spec.containsKey("source_path")) {
                    p.findings().warn(leaf.origin(), Problem.IMPORT_MOUNT_SOURCE, mount, volume,
                            spec.containsKey("source_path") ? ", not `" + sourcePath + "`" : "",
                            notImportedYet("`source_path`"));
                }
            }
            case "source_path" -> {
                if (named && mount.equals(folder)) {
                    p.identical(leaf);
                } else if (named) {
                    p.otherForm(leaf, "at `" + folder + "`", null, generatedKey);
                } else {
                    p.notCarried(leaf, notImportedYet("a `source_path` with `/`"));
                }
            }
            default -> p.notCarried(leaf, notInRawYet("`mounts." + mount + "." + path.get(2) + "`"));
        }
    }

    private void web(PlatformLeaf leaf, List<String> path) {
        if (path.equals(List.of("web", "commands", "start"))) {
            service.put("command", leaf.value());
            p.identical(leaf);
            return;
        }
        if (path.size() >= 4 && path.get(1).equals("locations") && LOCATION_KEYS.contains(path.get(3))) {
            DraftMap location = settings.map("web").map("locations").map(path.get(2));
            String key = path.get(3);
            if (key.equals("rules") && path.size() == 6 && RULE_KEYS.contains(path.get(5))) {
                location.map("rules").map(path.get(4)).put(path.get(5), leaf.typed());
            } else if (key.equals("rules") && path.size() == 7 && path.get(5).equals("headers")) {
                location.map("rules").map(path.get(4)).map("headers").put(path.get(6), leaf.value());
            } else if (key.equals("index") && path.size() == 5) {
                location.list("index").add(DraftScalar.of(leaf.value()));
            } else if (key.equals("headers") && path.size() == 5) {
                location.map("headers").put(path.get(4), leaf.value());
            } else if (path.size() == 4 && !key.equals("rules") && !key.equals("headers") && !key.equals("index")) {
                location.put(key, leaf.typed());
            } else {
                p.notCarried(leaf, notInRawYet("`" + String.join(".", path) + "`"));
                return;
            }
            p.identical(leaf);
            return;
        }
        p.notCarried(leaf, notInRawYet("`" + String.join(".", path) + "`"));
    }

    private void cron(PlatformLeaf leaf, List<String> path) {
        String cron = path.get(1);
        if (!cron.matches("[a-z][a-z0-9_-]*") || path.size() < 3) {
            p.notCarried(leaf, "Gantry names crons with lower-case letters, digits, `_` and `-`");
            return;
        }
        DraftMap draft = settings.map("crons").map(cron);
        String key = String.join(".", path.subList(2, path.size()));
        switch (key) {
            case "spec" -> {
                OptionalInt gap = CronSpec.shortestGap(leaf.value());
                if (gap.isPresent() && gap.getAsInt() < CronSpec.MIN_INTERVAL) {
                    String stretched = leaf.value().trim().replaceFirst("^\\S+", "*/" + CronSpec.MIN_INTERVAL);
                    draft.put("spec", stretched);
                    draft.comment("spec", "`" + leaf.value() + "` in the original: Platform.sh runs crons at most every "
                            + CronSpec.MIN_INTERVAL + " minutes");
                    p.otherForm(leaf, "as `" + stretched + "`: Platform.sh runs crons at most every "
                            + CronSpec.MIN_INTERVAL + " minutes, and Gantry refuses a shorter interval", stretched,
                            "crons." + cron + ".spec");
                } else {
                    draft.put("spec", leaf.value());
                    p.identical(leaf);
                }
            }
            case "commands.start", "cmd" -> {
                draft.put("command", leaf.value());
                if (key.equals("cmd")) {
                    p.otherForm(leaf, "as `commands.start`, the same command", null, "crons." + cron
                            + ".commands.start");
                } else {
                    p.identical(leaf);
                }
            }
            case "commands.stop" -> {
                draft.put("stop", leaf.value());
                p.identical(leaf);
            }
            case "shutdown_timeout" -> number(leaf, draft, "shutdown_timeout");
            default -> p.notCarried(leaf, notInRawYet("`crons." + cron + "." + key + "`"));
        }
    }

    private void worker(PlatformLeaf leaf, List<String> path) {
        String worker = Names.of(path.get(1));
        String key = String.join(".", path.subList(2, path.size()));
        DraftMap draft = workers.computeIfAbsent(worker, w -> {
            DraftMap d = new DraftMap();
            d.put("image", service.get("image").orElseThrow());
            return d;
        });
        if (!worker.equals(path.get(1))) {
            p.notCarried(leaf, "the worker would be named `" + worker + "`: Gantry's names take lower-case letters,"
                    + " digits and hyphens");
        } else if (key.equals("commands.start")) {
            draft.put("command", leaf.value());
            p.identical(leaf);
        } else if (key.equals("size") && WORKER_SIZES.contains(leaf.value())
                || key.equals("disk") && leaf.value().matches("[1-9][0-9]*")) {
            // issue 21's keys of a worker on Platform.sh
            settings.map("workers").map(worker).put(key, key.equals("disk")
                    ? DraftScalar.of(Long.parseLong(leaf.value())) : DraftScalar.of(leaf.value()));
            p.identical(leaf);
        } else if (key.equals("commands.pre_start") && !leaf.value().isBlank()) {
            settings.map("workers").map(worker).put("pre_start", leaf.value());
            p.identical(leaf);
        } else if (path.size() == 5 && path.get(2).equals("variables") && path.get(3).equals("env")
                && path.get(4).matches("[A-Za-z_][A-Za-z0-9_]*") && !LiteralSecrets.looksSecret(path.get(4))) {
            draft.map("env").put(path.get(4), leaf.value());
            p.identical(leaf);
        } else {
            p.notCarried(leaf, PlatformKeys.WORKER_KEY);
        }
    }

    private static DraftMap order(DraftMap service) {
        DraftMap out = new DraftMap();
        for (String key : List.of("image", "command", "env", "volumes", "extra_hosts")) {
            service.get(key).ifPresent(v -> out.put(key, v));
        }
        return out;
    }
}
