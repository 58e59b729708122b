package dev.gantry.importer.compose;

import dev.gantry.importer.draft.Draft;
import dev.gantry.importer.draft.DraftList;
import dev.gantry.importer.draft.DraftMap;
import dev.gantry.importer.draft.DraftOfSource;
import dev.gantry.importer.draft.DraftScalar;
import dev.gantry.importer.source.SourceMap;
import dev.gantry.importer.source.SourceNode;
import dev.gantry.importer.source.SourceScalar;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The rules of {@link ComposeKeys} for how a container runs (init, signals, tmpfs, limits, logging,
 * placement ...): the typed key where the value fits it, else the original under {@code raw.compose},
 * which Gantry merges into the service it generates. Either way the setting reaches the compose file.
 */
final class ContainerRules {

    private static final Pattern SIGNAL = Pattern.compile("SIG[A-Z0-9+-]+");
    private static final Pattern DURATION = Pattern.compile("([0-9]+(ms|s|m|h))+");
    private static final Pattern TOKEN = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9_.-]*");
    private static final Pattern OPTION = Pattern.compile("[a-z0-9][a-z0-9_.-]*");
    private static final Pattern SYSCTL = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z0-9_-]+)+");
    private static final Pattern CONSTRAINT = Pattern.compile("(node\\.(id|hostname|role|platform\\.os|platform\\.arch"
            + "|labels\\.[A-Za-z0-9_.-]+)|engine\\.labels\\.[A-Za-z0-9_.-]+)\\s*(==|!=)\\s*[A-Za-z0-9_.:/-]+");
    private static final Set<String> ULIMITS = Set.of("core", "cpu", "data", "fsize", "locks", "memlock", "msgqueue",
            "nice", "nofile", "nproc", "rss", "rtprio", "rttime", "sigpending", "stack");

    private ContainerRules() {
    }

    /** A key with no typed form: the original value under {@code raw.compose}. */
    static void raw(ServiceImport s, List<Leaf> leaves) {
        String key = leaves.get(0).path().get(0);
        Optional<SourceNode> written = s.resolved().source().get(key);
        if (written.isEmpty()) {
            // a key compose derives from another one, which has its own rule
            leaves.forEach(l -> s.notCarried(l, "`" + key + "` is derived from another setting Gantry cannot say"));
            return;
        }
        s.raw(key, DraftOfSource.of(written.get()));
        leaves.forEach(l -> s.otherForm(l, "under `raw.compose`, as written"));
    }

    static KeyRule flag() {
        return typed(n -> n instanceof SourceScalar sc && sc.isBoolean() ? Optional.of(DraftOfSource.of(sc))
                : Optional.empty());
    }

    static KeyRule stopSignal() {
        return typed(n -> text(n).filter(t -> SIGNAL.matcher(t).matches()).map(DraftScalar::of));
    }

    static KeyRule stopGracePeriod() {
        return typed(n -> text(n).map(ComposeValues::duration).filter(t -> DURATION.matcher(t).matches())
                .map(DraftScalar::of));
    }

    static KeyRule containerName() {
        return typed(n -> text(n).filter(t -> TOKEN.matcher(t).matches() && t.length() <= 128).map(DraftScalar::of));
    }

    /** {@code shm_size}: whole MiB as {@code NMB} (Gantry's units are binary, as compose's are). */
    static KeyRule shmSize() {
        return typed(n -> text(n).flatMap(ComposeValues::bytes).filter(b -> b > 0 && b % (1024L * 1024) == 0)
                .map(b -> DraftScalar.of(b / (1024L * 1024) + "MB")));
    }

    /** {@code tmpfs}: folders without options (a size is the long form's, which raw keeps). */
    static KeyRule tmpfs() {
        return typed(n -> {
            List<SourceNode> items = n instanceof dev.gantry.importer.source.SourceList l ? l.items() : List.of(n);
            DraftList out = new DraftList();
            for (SourceNode item : items) {
                Optional<String> path = text(item).filter(t -> t.startsWith("/") && !t.contains(":")
                        && !t.contains("\n"));
                if (path.isEmpty()) {
                    return Optional.empty();
                }
                out.add(DraftScalar.of(path.get()));
            }
            return Optional.of(out);
        });
    }

    static KeyRule profiles() {
        return typed(n -> n instanceof dev.gantry.importer.source.SourceList l && l.items().stream()
                .allMatch(i -> text(i).filter(t -> TOKEN.matcher(t).matches()).isPresent())
                ? Optional.of(DraftOfSource.of(n)) : Optional.empty());
    }

    static KeyRule ulimits() {
        return typed(n -> {
            if (!(n instanceof SourceMap map)) {
                return Optional.empty();
            }
            for (SourceMap.Entry e : map.list()) {
                boolean fits = ULIMITS.contains(e.key()) && (limit(e.value())
                        || e.value() instanceof SourceMap m && m.list().size() == 2 && m.get("soft").filter(
                                ContainerRules::limit).isPresent() && m.get("hard").filter(ContainerRules::limit)
                                .isPresent());
                if (!fits) {
                    return Optional.empty();
                }
            }
            return Optional.of(DraftOfSource.of(map));
        });
    }

    static KeyRule sysctls() {
        return typed(n -> n instanceof SourceMap map && map.list().stream().allMatch(e -> SYSCTL.matcher(e.key())
                .matches() && e.value() instanceof SourceScalar sc && !sc.isNull())
                ? Optional.of(DraftOfSource.of(map)) : Optional.empty());
    }

    static KeyRule logging() {
        return typed(n -> {
            if (!(n instanceof SourceMap map) || map.text("driver").filter(t -> OPTION.matcher(t).matches()).isEmpty()
                    || !map.list().stream().allMatch(e -> Set.of("driver", "options").contains(e.key()))) {
                return Optional.empty();
            }
            if (map.get("options").isPresent() && !(map.get("options").get() instanceof SourceMap options
                    && options.list().stream().allMatch(e -> OPTION.matcher(e.key()).matches()
                            && e.value() instanceof SourceScalar sc && !sc.isNull()))) {
                return Optional.empty();
            }
            return Optional.of(DraftOfSource.of(map));
        });
    }

    /**
     * {@code deploy}: replicas and limits are carried by their own rules (the resolver reads them as
     * {@code scale}, {@code cpus} and {@code mem_limit}); placement has a typed key; the rest goes raw.
     */
    static void deploy(ServiceImport s, List<Leaf> leaves) {
        SourceMap deploy = s.resolved().source().map("deploy");
        DraftMap raw = new DraftMap();
        for (SourceMap.Entry e : deploy.list()) {
            List<Leaf> under = leaves.stream().filter(l -> l.path().size() > 1 && l.path().get(1).equals(e.key()))
                    .toList();
            switch (e.key()) {
                case "replicas" -> {
                    // ServiceRules.replicas
                }
                case "placement" -> {
                    Optional<Draft> placement = placement(e.value());
                    if (placement.isPresent()) {
                        s.draft().put("placement", placement.get());
                        under.forEach(l -> s.otherForm(l, "as `placement`"));
                    } else {
                        raw.put(e.key(), DraftOfSource.of(e.value()));
                        under.forEach(l -> s.otherForm(l, "under `raw.compose.deploy`, as written"));
                    }
                }
                case "resources" -> {
                    Draft rest = withoutLimits(e.value());
                    if (rest != null) {
                        raw.put(e.key(), rest);
                        under.forEach(l -> s.otherForm(l, "under `raw.compose.deploy`, as written"));
                    }
                }
                default -> {
                    raw.put(e.key(), DraftOfSource.of(e.value()));
                    under.forEach(l -> s.otherForm(l, "under `raw.compose.deploy`, as written"));
                }
            }
        }
        if (!raw.isEmpty()) {
            s.raw("deploy", raw);
        }
    }

    private static Optional<Draft> placement(SourceNode node) {
        if (!(node instanceof SourceMap map)) {
            return Optional.empty();
        }
        DraftMap out = new DraftMap();
        for (SourceMap.Entry e : map.list()) {
            if (e.key().equals("constraints") && e.value() instanceof dev.gantry.importer.source.SourceList l
                    && l.items().stream().allMatch(i -> text(i).filter(t -> CONSTRAINT.matcher(t).matches())
                            .isPresent())) {
                out.put("constraints", DraftOfSource.of(l));
            } else if (e.key().equals("preferences") && e.value() instanceof dev.gantry.importer.source.SourceList l
                    && l.items().stream().allMatch(i -> i instanceof SourceMap m && m.list().size() == 1
                            && m.text("spread").filter(t -> t.matches("node\\.labels\\.[A-Za-z0-9_.-]+")).isPresent())) {
                DraftList spread = new DraftList();
                l.items().forEach(i -> spread.add(DraftScalar.of(((SourceMap) i).text("spread").orElseThrow())));
                out.put("spread", spread);
            } else {
                return Optional.empty();
            }
        }
        return out.isEmpty() ? Optional.empty() : Optional.of(out);
    }

    /** {@code deploy.resources} without the limits the resolver carries as {@code cpus} and {@code mem_limit}. */
    private static Draft withoutLimits(SourceNode resources) {
        if (!(resources instanceof SourceMap map)) {
            return DraftOfSource.of(resources);
        }
        DraftMap out = new DraftMap();
        for (SourceMap.Entry e : map.list()) {
            if (e.key().equals("limits") && e.value() instanceof SourceMap limits) {
                DraftMap rest = new DraftMap();
                limits.list().stream().filter(l -> !l.key().equals("cpus") && !l.key().equals("memory"))
                        .forEach(l -> rest.put(l.key(), DraftOfSource.of(l.value())));
                if (!rest.isEmpty()) {
                    out.put("limits", rest);
                }
            } else {
                out.put(e.key(), DraftOfSource.of(e.value()));
            }
        }
        return out.isEmpty() ? null : out;
    }

    /** The typed key when {@code typing} finds the value fits it, else the original through raw. */
    private static KeyRule typed(Function<SourceNode, Optional<Draft>> typing) {
        return (s, leaves) -> {
            String key = leaves.get(0).path().get(0);
            Optional<Draft> value = typing.apply(s.resolved().source().get(key).orElseThrow());
            if (value.isEmpty()) {
                raw(s, leaves);
                return;
            }
            if (value.get() instanceof DraftList list && s.draft().get(key).orElse(null) instanceof DraftList before) {
                list.items().forEach(before::add); // tmpfs volumes came first
            } else {
                s.draft().put(key, value.get());
            }
            leaves.forEach(s::identical);
        };
    }

    private static boolean limit(SourceNode node) {
        return node instanceof SourceScalar sc && sc.isInteger() && Long.parseLong(sc.text()) >= -1;
    }

    private static Optional<String> text(SourceNode node) {
        return node instanceof SourceScalar sc && !sc.isNull() ? Optional.of(sc.text()) : Optional.empty();
    }
}
