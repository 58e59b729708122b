package dev.gantry.importer.compose;

import dev.gantry.importer.Finding;
import dev.gantry.importer.InputError;
import dev.gantry.importer.Names;
import dev.gantry.importer.draft.DraftList;
import dev.gantry.importer.draft.DraftMap;
import dev.gantry.importer.draft.DraftOfSource;
import dev.gantry.importer.draft.DraftScalar;
import dev.gantry.importer.recognize.CatalogProfiles;
import dev.gantry.util.Json;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** The rules of {@link ComposeKeys} for the keys that map to one key of a Gantry service. */
final class ServiceRules {

    private static final Pattern DURATION = Pattern.compile("([0-9]+(ms|s|m|h))+");
    private static final Pattern USER = Pattern.compile("[A-Za-z0-9_.-]+(:[A-Za-z0-9_.-]+)?");
    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]*");
    private static final Set<String> RESTART = Set.of("no", "always", "on-failure", "unless-stopped");

    private ServiceRules() {
    }

    /** The image: carried where the service's source was decided; here, how the generated file names it. */
    static void image(ServiceImport s, List<Leaf> leaves) {
        Leaf leaf = leaves.get(0);
        ServiceSource source = s.facts().source();
        if (source instanceof ServiceSource.Published) {
            s.identical(leaf);
        } else if (source instanceof ServiceSource.Catalog catalog) {
            if (catalog.match().sameImage()) {
                s.identical(leaf);
            } else {
                s.otherForm(leaf, "the catalog's image " + catalog.match().catalogImage() + " for `use: "
                        + catalog.match().use() + "`", catalog.match().catalogImage(), null);
            }
        } else {
            String image = ((ServiceSource.Built) source).image();
            s.otherForm(leaf, "the image built from the generated Dockerfile, tagged "
                    + s.environment().tag(image), s.environment().tag(image), null);
        }
    }

    /** {@code build}: the generated Dockerfile, one target per image; its args are the ARGs' defaults. */
    static void build(ServiceImport s, List<Leaf> leaves) {
        String image = ((ServiceSource.Built) s.facts().source()).image();
        EnvironmentImport env = s.environment();
        for (Leaf leaf : leaves) {
            String part = leaf.path().get(1);
            switch (part) {
                case "context" -> s.otherForm(leaf, "built from the project folder, where Gantry writes one Dockerfile"
                        + " with every image as a target", ".", null);
                case "dockerfile" -> s.otherForm(leaf, "the generated Dockerfile, target `" + image + "`",
                        "Dockerfile", null);
                case "target" -> s.otherForm(leaf, "the target `" + image + "` of the generated Dockerfile", image,
                        null);
                case "args" -> {
                    String name = leaf.path().get(2);
                    if (leaf.value() == null) {
                        passedThrough(s, leaf, image, name);
                        continue;
                    }
                    Optional<String> applied = env.buildArg(image, name);
                    if (applied.isPresent() && applied.get().equals(leaf.value())) {
                        s.otherForm(leaf, "as the default of `ARG " + name + "` in the generated Dockerfile",
                                Finding.ABSENT, null);
                    } else {
                        env.buildArgHere(s, leaf, image, name, leaf.value());
                    }
                }
                default -> {
                    s.raw("build", part, DraftOfSource.of(s.resolved().source().map("build").get(part)
                            .orElseThrow()));
                    s.otherForm(leaf, "under `raw.compose.build`, as written");
                }
            }
        }
    }

    /**
     * A build argument named without a value ({@code - PHP_IMAGE}): compose passes the variable's value
     * where it runs the build. With it in .env, that value; unset, the Dockerfile's default applies.
     */
    private static void passedThrough(ServiceImport s, Leaf leaf, String image, String name) {
        Optional<DotEnv.Variable> set = s.environment().dotEnv().get(name);
        if (set.isPresent()) {
            s.environment().buildArgHere(s, leaf, image, name, set.get().value());
        } else {
            s.otherForm(leaf, "left to the default of `ARG " + name + "` in the generated Dockerfile: compose passes"
                    + " the variable from the shell it runs in, which import does not read, and .env does not set it;"
                    + " to set it, give `images." + image + ".args." + name + "`", Finding.ABSENT, null);
        }
    }

    static void command(ServiceImport s, List<Leaf> leaves) throws InputError {
        Leaf leaf = leaves.get(0);
        String key = leaf.path().get(0);
        if ("null".equals(leaf.value())) {
            s.notCarried(leaf, "an explicit null " + key);
            return;
        }
        List<String> words = words(leaf.value());
        if (key.equals("command") && s.catalog().isPresent()) {
            CatalogCommand.carry(s, leaf, words);
            return;
        }
        s.draft().put(key, DraftList.of(words));
        s.identical(leaf);
    }

    static List<String> words(String json) {
        try {
            List<String> out = new ArrayList<>();
            Json.read(json).forEach(n -> out.add(n.asText()));
            return out;
        } catch (IOException e) {
            throw new IllegalStateException("not a JSON list: " + json, e);
        }
    }

    static void scalar(ServiceImport s, List<Leaf> leaves) {
        Leaf leaf = leaves.get(0);
        if (!leaf.value().startsWith("/") || leaf.value().contains("\n")) {
            s.notCarried(leaf, "Gantry takes `" + leaf.key() + "` as an absolute path");
            return;
        }
        s.draft().put(leaf.key(), leaf.value());
        s.identical(leaf);
    }

    static void user(ServiceImport s, List<Leaf> leaves) {
        Leaf leaf = leaves.get(0);
        if (!USER.matcher(leaf.value()).matches()) {
            s.notCarried(leaf, "Gantry takes `user` as user[:group] of letters, digits, `_`, `.` and `-`");
            return;
        }
        s.draft().put("user", leaf.value());
        s.identical(leaf);
    }

    static void envFiles(ServiceImport s, List<Leaf> leaves) {
        for (Leaf leaf : leaves) {
            Optional<String> path = s.environment().projectPath(leaf.path().get(1));
            if (path.isEmpty() || path.get().equals(".")) {
                s.notCarried(leaf, "the file is outside the folder of environment.yaml");
                continue;
            }
            s.draft().list("env_files").add(DraftScalar.of(path.get()));
            if (path.get().equals(leaf.path().get(1))) {
                s.identical(leaf);
            } else {
                s.otherForm(leaf, "as `" + path.get() + "`, relative to environment.yaml", "",
                        "env_file." + path.get());
            }
        }
    }

    static void healthcheck(ServiceImport s, List<Leaf> leaves) {
        DraftMap check = new DraftMap();
        List<Leaf> carried = new ArrayList<>();
        for (Leaf leaf : leaves) {
            String part = leaf.path().get(1);
            switch (part) {
                case "test" -> {
                    List<String> test = words(leaf.value());
                    if (test.size() == 2 && test.get(0).equals("CMD-SHELL")) {
                        check.put("test", test.get(1));
                    } else if (test.size() > 1 && test.get(0).equals("CMD")) {
                        check.put("test", DraftList.of(test.subList(1, test.size())));
                    } else {
                        s.notCarried(leaf, "a health check test starts with CMD or CMD-SHELL");
                        continue;
                    }
                    carried.add(leaf);
                }
                case "interval", "timeout", "start_period" -> {
                    if (!DURATION.matcher(leaf.value()).matches()) {
                        s.notCarried(leaf, "Gantry takes durations as whole numbers with ms, s, m or h");
                        continue;
                    }
                    check.put(part, leaf.value());
                    carried.add(leaf);
                }
                case "retries" -> {
                    if (!leaf.value().matches("[0-9]+") || Long.parseLong(leaf.value()) < 1
                            || Long.parseLong(leaf.value()) > 10) {
                        s.notCarried(leaf, "Gantry takes 1 to 10 retries");
                        continue;
                    }
                    check.put("retries", DraftScalar.of(Long.parseLong(leaf.value())));
                    carried.add(leaf);
                }
                case "disable" -> {
                    check.put("disable", DraftScalar.of("true".equalsIgnoreCase(leaf.value())));
                    carried.add(leaf);
                }
                default -> {
                    s.raw("healthcheck", part, DraftOfSource.of(s.resolved().source().map("healthcheck").get(part)
                            .orElseThrow()));
                    s.otherForm(leaf, "under `raw.compose.healthcheck`, as written");
                }
            }
        }
        if (!check.isEmpty()) {
            s.draft().put("healthcheck", check);
        }
        carried.forEach(s::identical);
    }

    static void labels(ServiceImport s, List<Leaf> leaves) {
        for (Leaf leaf : leaves) {
            String name = leaf.path().get(1);
            if (!LABEL.matcher(name).matches() || name.length() > 255) {
                s.raw("labels", name, DraftScalar.of(leaf.value()));
                s.otherForm(leaf, "under `raw.compose.labels` (Gantry's label names take letters, digits, `.`, `_`,"
                        + " `/` and `-`)");
                continue;
            }
            s.draft().map("labels").put(name, leaf.value());
            s.identical(leaf);
        }
    }

    static void restart(ServiceImport s, List<Leaf> leaves) {
        Leaf leaf = leaves.get(0);
        if (!RESTART.contains(leaf.value())) {
            ContainerRules.raw(s, leaves);
            return;
        }
        s.draft().put("restart", leaf.value());
        s.identical(leaf);
    }

    static void resources(ServiceImport s, List<Leaf> leaves) {
        Leaf leaf = leaves.get(0);
        DraftMap resources = s.draft().map("resources").flow();
        boolean deploy = leaf.origin() != null && !s.resolved().source().has(leaf.key());
        String note = deploy ? "from `deploy.resources.limits`, as `" + leaf.key() + "`, the same limit" : null;
        if (leaf.key().equals("cpus")) {
            try {
                double cpus = Double.parseDouble(leaf.value());
                resources.put("cpu", new DraftScalar(cpus == Math.rint(cpus) ? (Object) (long) cpus : cpus));
            } catch (NumberFormatException e) {
                s.notCarried(leaf, "`cpus` is not a number");
                return;
            }
        } else {
            long bytes = Long.parseLong(leaf.value());
            long mib = 1024L * 1024;
            if (bytes % mib != 0 || bytes == 0) {
                s.notCarried(leaf, "Gantry takes memory limits in whole MiB");
                return;
            }
            long m = bytes / mib;
            resources.put("memory", m % 1024 == 0 ? (m / 1024) + "GB" : m + "MB");
        }
        if (note == null) {
            s.identical(leaf);
        } else {
            s.otherForm(leaf, note);
        }
    }

    static void replicas(ServiceImport s, List<Leaf> leaves) {
        Leaf leaf = leaves.get(0);
        if (!leaf.value().matches("[0-9]+") || Long.parseLong(leaf.value()) > 100) {
            s.notCarried(leaf, "Gantry takes 0 to 100 replicas");
            return;
        }
        s.draft().put("replicas", DraftScalar.of(Long.parseLong(leaf.value())));
        if (s.resolved().source().has("scale")) {
            s.identical(leaf);
        } else {
            s.otherForm(leaf, "from `deploy.replicas`, as `scale`");
        }
    }

    static void privileged(ServiceImport s, List<Leaf> leaves) {
        Leaf leaf = leaves.get(0);
        if ("true".equalsIgnoreCase(leaf.value())) {
            s.draft().put("privileged", DraftScalar.of(true));
            s.identical(leaf);
        } else {
            s.otherForm(leaf, "not written: false is the default", Finding.ABSENT, null);
        }
    }

    static void devices(ServiceImport s, List<Leaf> leaves) {
        listed(s, leaves, "devices", "^/dev/[^:\\s]+(:/dev/[^:\\s]+)?(:[rwm]+)?$", "a host device `/dev/...`");
    }

    static void capAdd(ServiceImport s, List<Leaf> leaves) {
        listed(s, leaves, "cap_add", "^[A-Z_]+$", "a capability name in capitals");
    }

    private static void listed(ServiceImport s, List<Leaf> leaves, String key, String pattern, String what) {
        for (Leaf leaf : leaves) {
            String item = leaf.path().get(1);
            if (!item.matches(pattern)) {
                s.notCarried(leaf, "Gantry takes " + what + " here");
                continue;
            }
            s.draft().list(key).add(DraftScalar.of(item));
            s.identical(leaf);
        }
    }

    static void extraHosts(ServiceImport s, List<Leaf> leaves) {
        for (Leaf leaf : leaves) {
            String host = leaf.path().get(1);
            if (!host.matches("[A-Za-z0-9.-]+") || !leaf.value().matches("[0-9a-fA-F.:]+|host-gateway")) {
                s.notCarried(leaf, "Gantry takes a host name and an IP address or host-gateway");
            } else {
                s.draft().map("extra_hosts").put(host, leaf.value());
                s.identical(leaf);
            }
        }
    }

    /** Networks by name; their options (aliases, addresses) have no typed key: then the mapping goes raw too. */
    static void networks(ServiceImport s, List<Leaf> leaves) {
        if (leaves.stream().anyMatch(l -> l.path().size() > 2)) {
            s.raw("networks", DraftOfSource.of(s.resolved().source().get("networks").orElseThrow()));
        }
        for (Leaf leaf : leaves) {
            if (leaf.path().size() > 2) {
                s.otherForm(leaf, "under `raw.compose.networks`, as written");
                continue;
            }
            String name = leaf.path().get(1);
            if (!Names.isValid(name)) {
                s.notCarried(leaf, "Gantry's network names take lower-case letters, digits and hyphens");
                continue;
            }
            s.draft().list("networks").add(DraftScalar.of(name));
            s.identical(leaf);
        }
    }

    /** Commands of catalog services: the catalog's own command with settings, the image's default, or the user's. */
    static final class CatalogCommand {

        private CatalogCommand() {
        }

        static void carry(ServiceImport s, Leaf leaf, List<String> words) {
            ServiceSource.Catalog catalog = s.catalog().orElseThrow();
            List<String> template = catalog.match().entry().container().command();
            if (template.size() == words.size() && !template.isEmpty()) {
                Map<String, String> settings = new java.util.LinkedHashMap<>();
                boolean matches = true;
                for (int i = 0; i < template.size() && matches; i++) {
                    String t = template.get(i);
                    if (t.startsWith("{") && t.endsWith("}") && catalog.match().entry().settings().defaults()
                            .containsKey(t.substring(1, t.length() - 1))) {
                        settings.put(t.substring(1, t.length() - 1), words.get(i));
                    } else {
                        matches = t.equals(words.get(i));
                    }
                }
                if (matches && settings.entrySet().stream().allMatch(e -> setting(s, e.getKey(), e.getValue()))) {
                    s.identical(leaf);
                    return;
                }
            }
            if (CatalogProfiles.isDefaultCommand(catalog.match().kind(), words) && !template.isEmpty()) {
                String expected = ComposeResolver.array(catalog.match().instance(s.facts().gantryName(),
                        Map.of()).command().stream().map(v -> v.literal().orElse("")).toList());
                s.otherForm(leaf, "the catalog's command " + expected + ", which runs as the image's default",
                        expected, null);
                return;
            }
            s.draft().put("command", DraftList.of(words));
            s.identical(leaf);
        }

        /** A catalog setting a command gave: written under {@code config:} unless it is the default. */
        private static boolean setting(ServiceImport s, String key, String value) {
            ServiceSource.Catalog catalog = s.catalog().orElseThrow();
            String normal = value;
            if (key.equals("persistent")) {
                if (!value.equals("yes") && !value.equals("no")) {
                    return false;
                }
            } else if (key.equals("memory") && !value.matches("[0-9]+")) {
                return false;
            } else if (key.equals("core") && !Names.isValid(value)) {
                return false;
            }
            if (!normal.equals(catalog.match().entry().settings().defaults().get(key))) {
                DraftMap config = s.draft().map("config");
                switch (key) {
                    case "persistent" -> config.put(key, DraftScalar.of(value.equals("yes")));
                    case "memory" -> config.put(key, DraftScalar.of(Long.parseLong(value)));
                    default -> config.put(key, value);
                }
                s.environment().catalogSetting(s.facts().name(), key, key.equals("persistent")
                        ? String.valueOf(value.equals("yes")) : value);
            }
            return true;
        }
    }
}
