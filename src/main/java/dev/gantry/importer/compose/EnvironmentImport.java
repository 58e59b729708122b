package dev.gantry.importer.compose;

import dev.gantry.catalog.InstanceNames;
import dev.gantry.catalog.Value;
import dev.gantry.importer.Finding;
import dev.gantry.importer.ImportContext;
import dev.gantry.importer.InputError;
import dev.gantry.importer.Names;
import dev.gantry.importer.Setting;
import dev.gantry.importer.dockerfile.DockerfileImporter;
import dev.gantry.importer.draft.DraftMap;
import dev.gantry.importer.draft.DraftOfSource;
import dev.gantry.importer.draft.DraftScalar;
import dev.gantry.importer.source.SourceMap;
import dev.gantry.importer.source.SourceNode;
import dev.gantry.importer.source.SourceScalar;
import dev.gantry.importer.recognize.CatalogMatch;
import dev.gantry.model.EnvironmentKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The compose files of one environment into services of environment.yaml. It first decides, for
 * every service, its name, where its container comes from (an image built from its Dockerfile, a
 * catalog service, a published image) and whether it has a health check; then it carries each
 * service's settings, the catalog services first (others may reference their connections).
 */
public final class EnvironmentImport {

    private final String name;
    private final ImportContext context;
    private final ResolvedCompose compose;
    private final DockerfileImporter dockerfiles;
    private final String repository;
    private final EnvironmentKind kind;
    private final Map<String, ServiceFacts> facts = new LinkedHashMap<>();
    private final Map<String, String> frontOf = new HashMap<>();
    private final Map<String, Map<String, String>> catalogSettings = new HashMap<>();
    private final Map<String, String> catalogSecrets = new HashMap<>();
    private final Map<String, DockerfileImporter.Imported> builtFrom = new HashMap<>();
    private final Set<String> usedVolumes = new HashSet<>();
    private final Map<String, String> catalogVolumes = new HashMap<>();
    private boolean buildsOnHost;
    private final Map<String, DraftMap> imageArgs = new LinkedHashMap<>();

    public EnvironmentImport(String name, ImportContext context, ResolvedCompose compose,
            DockerfileImporter dockerfiles, String repository) {
        this.name = name;
        this.context = context;
        this.compose = compose;
        this.dockerfiles = dockerfiles;
        this.repository = repository;
        this.kind = EnvironmentKind.fromName(name);
    }

    public EnvironmentDraft run() throws InputError {
        decideSources();
        buildsOnHost = (kind == EnvironmentKind.STAGING || kind == EnvironmentKind.PROD)
                && facts.values().stream().anyMatch(f -> f.source() instanceof ServiceSource.Built);
        Map<String, DraftMap> drafts = new LinkedHashMap<>();
        for (boolean catalogPass : new boolean[] {true, false}) {
            for (ResolvedService service : compose.services().values()) {
                ServiceFacts f = facts.get(service.name());
                if ((f.source() instanceof ServiceSource.Catalog) == catalogPass) {
                    new ServiceImport(this, service, f).run().ifPresent(d -> drafts.put(f.gantryName(), d));
                }
            }
        }
        Map<String, DraftMap> ordered = new LinkedHashMap<>();
        Map<String, String> renamed = new LinkedHashMap<>();
        for (ServiceFacts f : facts.values()) {
            if (drafts.containsKey(f.gantryName())) {
                ordered.put(f.gantryName(), drafts.get(f.gantryName()));
            }
            renamed.put(f.name(), f.gantryName());
        }
        return new EnvironmentDraft(name, kind.label(), ordered, fileSettings(), renamed);
    }

    // ---- deciding where each container comes from -------------------------------------------

    private void decideSources() throws InputError {
        Set<String> names = new HashSet<>();
        Map<String, String> gantryNames = new LinkedHashMap<>();
        for (String service : compose.services().keySet()) {
            String n = Names.of(service);
            for (int i = 2; names.contains(n); i++) {
                n = Names.of(service) + "-" + i;
            }
            names.add(n);
            gantryNames.put(service, n);
        }
        Map<String, String> tags = new HashMap<>();
        Map<String, ServiceSource> sources = new LinkedHashMap<>();
        for (ResolvedService service : compose.services().values()) {
            if (service.source().has("build")) {
                ServiceSource source = built(service, gantryNames.get(service.name()));
                sources.put(service.name(), source);
                Optional<Leaf> image = leaf(service, "image");
                if (image.isPresent() && source instanceof ServiceSource.Built b) {
                    tags.put(image.get().value(), b.image());
                }
            }
        }
        for (ResolvedService service : compose.services().values()) {
            if (!sources.containsKey(service.name())) {
                sources.put(service.name(), published(service, tags));
            }
        }
        for (ResolvedService service : compose.services().values()) {
            ServiceSource source = sources.get(service.name());
            if (source instanceof ServiceSource.Catalog c && c.match().entry().inFront()) {
                Optional<String> front = service.under("depends_on").stream().map(l -> l.path().get(1))
                        .filter(d -> sources.containsKey(d) && !(sources.get(d) instanceof ServiceSource.Dropped))
                        .findFirst();
                if (front.isPresent()) {
                    frontOf.put(service.name(), front.get());
                } else {
                    source = publishedAsIs(leaf(service, "image").orElseThrow().value());
                    sources.put(service.name(), source);
                }
            }
            facts.put(service.name(), new ServiceFacts(service.name(), gantryNames.get(service.name()), source,
                    healthchecked(service, source)));
        }
    }

    private ServiceSource built(ResolvedService service, String gantryName) throws InputError {
        String contextPath = leaf(service, "build.context").map(Leaf::value).orElse(".");
        if (contextPath.contains("://") || contextPath.startsWith("git@")) {
            return new ServiceSource.Dropped("it is built from the remote context `" + contextPath + "`, which "
                    + "Gantry cannot build from: Gantry builds images from the project's own Dockerfiles");
        }
        Path folder = compose.project().folder().resolve(contextPath).normalize();
        String dockerfileName = leaf(service, "build.dockerfile").map(Leaf::value).orElse("Dockerfile");
        Path dockerfile = folder.resolve(dockerfileName).normalize();
        if (leaf(service, "build.dockerfile_inline").isPresent()) {
            return new ServiceSource.Dropped("its Dockerfile is inline (`dockerfile_inline`): Gantry builds images"
                    + " from the project's own Dockerfiles; write it to a file and import again");
        }
        if (!Files.isRegularFile(dockerfile)) {
            return new ServiceSource.Dropped("its Dockerfile " + display(dockerfile) + " does not exist");
        }
        Map<String, String> args = new LinkedHashMap<>();
        service.leaves().values().stream().filter(l -> l.path().size() == 3 && l.path().get(0).equals("build")
                && l.path().get(1).equals("args") && l.value() != null)
                .forEach(l -> args.put(l.path().get(2), l.value()));
        DockerfileImporter.Imported imported = dockerfiles.read(dockerfile, display(dockerfile),
                context.relative(folder), gantryName, gantryName, args);
        Optional<String> target = leaf(service, "build.target").map(Leaf::value);
        Optional<String> image = imported.image(target);
        if (image.isEmpty()) {
            return new ServiceSource.Dropped(target.map(t -> "the build target `" + t + "` of ").orElse("the last stage"
                    + " of ") + imported.file() + " could not be carried");
        }
        builtFrom.put(image.get(), imported);
        return new ServiceSource.Built(image.get());
    }

    private ServiceSource published(ResolvedService service, Map<String, String> tags) {
        Optional<Leaf> image = leaf(service, "image");
        if (image.isEmpty()) {
            return new ServiceSource.Dropped("it has neither `image` nor `build`");
        }
        String reference = image.get().value();
        if (tags.containsKey(reference)) {
            return new ServiceSource.Built(tags.get(reference));
        }
        Optional<CatalogMatch> match = CatalogMatch.of(reference);
        if (match.isPresent() && !bindsData(service, match.get())) {
            return new ServiceSource.Catalog(match.get());
        }
        return publishedAsIs(reference);
    }

    private static ServiceSource publishedAsIs(String reference) {
        if (!DockerfileImporter.isReference(reference)) {
            return new ServiceSource.Dropped("`" + reference + "` is not an image reference Gantry takes");
        }
        return new ServiceSource.Published(reference, DockerfileImporter.isPinned(reference));
    }

    /** A catalog service whose data folder is a bind mount stays a published image: the catalog keeps data in a volume. */
    private static boolean bindsData(ResolvedService service, CatalogMatch match) {
        return match.entry().data().map(data -> service.under("volumes").stream()
                .anyMatch(l -> l.path().size() == 2 && l.path().get(1).equals(data)
                        && (l.value().startsWith(".") || l.value().startsWith("/") || l.value().startsWith("~"))))
                .orElse(false);
    }

    private boolean healthchecked(ResolvedService service, ServiceSource source) {
        boolean disabled = leaf(service, "healthcheck.disable").map(l -> l.value().equals("true")).orElse(false);
        if (disabled) {
            return false;
        }
        if (leaf(service, "healthcheck.test").isPresent() || source instanceof ServiceSource.Catalog) {
            return true;
        }
        if (source instanceof ServiceSource.Built built) {
            // Gantry knows an image's own health check, not one it inherits from the image it builds on
            return context.images().get(built.image()).map(d -> ((DraftMap) d).has("healthcheck")).orElse(false);
        }
        return false;
    }

    private static Optional<Leaf> leaf(ResolvedService service, String key) {
        return service.leaves().values().stream().filter(l -> l.key().equals(key)).findFirst();
    }

    private static String display(Path file) {
        return dev.gantry.importer.Importer.display(file);
    }

    // ---- top-level keys ------------------------------------------------------------------------

    /** The file-level settings: the project name, networks with their options, and the rest through raw. */
    private DraftMap fileSettings() {
        DraftMap out = new DraftMap();
        imageArgs.forEach((image, args) -> out.map("images").map(image).put("args", args));
        if (buildsOnHost) {
            out.map("compose").flow().put("build", DraftScalar.of(true));
        }
        for (Leaf leaf : compose.top().values()) {
            Setting setting = new Setting(name, "compose", leaf.key());
            String key = leaf.path().get(0);
            if (key.equals("name") && leaf.path().size() == 1) {
                if (Names.isValid(leaf.value())) {
                    out.map("compose").flow().put("project_name", leaf.value());
                    context.findings().otherForm(setting, leaf.origin(), "as `compose.project_name` of the environment",
                            Finding.ABSENT, null);
                } else {
                    context.findings().notCarried(setting, leaf.origin(), "Gantry's project names take lower-case"
                            + " letters, digits and hyphens");
                }
            } else if ((key.equals("volumes") || key.equals("networks")) && leaf.path().size() == 2
                    && leaf.value().isEmpty()) {
                if (catalogVolumes.containsKey(leaf.path().get(1))) {
                    context.findings().otherForm(setting, leaf.origin(), "the catalog's data volume `"
                            + catalogVolumes.get(leaf.path().get(1)) + "` in its place", Finding.ABSENT, null);
                } else if (key.equals("networks") || usedVolumes.contains(leaf.path().get(1))) {
                    context.findings().identical(setting, leaf.origin());
                } else {
                    context.findings().otherForm(setting, leaf.origin(), "not declared: no carried service mounts it",
                            Finding.ABSENT, null);
                }
            } else if (key.equals("networks") && leaf.path().size() > 2 && network(out, leaf.path().get(1))) {
                context.findings().identical(setting, leaf.origin());
            } else {
                String entry = leaf.path().size() > 1 && (key.equals("volumes") || key.equals("networks")
                        || key.equals("secrets") || key.equals("configs")) ? leaf.path().get(1) : null;
                SourceNode node = compose.project().root().get(key).orElseThrow();
                DraftMap raw = out.map("raw").map("compose");
                String under = entry != null && key.equals("volumes") ? catalogVolumes.getOrDefault(entry, entry)
                        : entry;
                if (entry == null) {
                    raw.put(key, DraftOfSource.of(node));
                } else {
                    raw.map(key).put(under, DraftOfSource.of(((SourceMap) node).get(entry).orElseThrow()));
                }
                if (entry != null && !under.equals(entry)) {
                    List<String> renamed = new ArrayList<>(leaf.path());
                    renamed.set(1, under);
                    context.findings().otherForm(setting, leaf.origin(), "under `raw.compose` of the environment, as"
                            + " written, for the catalog's data volume `" + under + "`", leaf.value(),
                            String.join(".", renamed));
                } else {
                    context.findings().otherForm(setting, leaf.origin(), "under `raw.compose` of the environment,"
                            + " as written");
                }
            }
        }
        return out;
    }

    /** A network with options Gantry types: under the environment's {@code networks}; false when it has others. */
    private boolean network(DraftMap out, String network) {
        SourceMap options = compose.project().root().map("networks").map(network);
        Set<String> flags = Set.of("external", "attachable", "internal");
        for (SourceMap.Entry e : options.list()) {
            boolean fits = e.value() instanceof SourceScalar s && (flags.contains(e.key()) ? s.isBoolean()
                    : Set.of("name", "driver").contains(e.key()) && !s.isNull()
                            && s.text().matches("[a-zA-Z0-9][a-zA-Z0-9_.-]*"));
            if (!fits) {
                return false;
            }
        }
        if (!Names.isValid(network)) {
            return false;
        }
        out.map("networks").put(network, DraftOfSource.of(options));
        return true;
    }

    // ---- for the rules -------------------------------------------------------------------------

    String name() {
        return name;
    }

    String kind() {
        return kind.label();
    }

    ImportContext context() {
        return context;
    }

    /** The tag the generated compose file gives a built image. */
    String tag(String image) {
        return repository + ":" + image;
    }

    Optional<ServiceFacts> facts(String service) {
        return Optional.ofNullable(facts.get(service));
    }

    /** The service an HTTP cache sits in front of (its first dependency). */
    Optional<String> inFrontOf(String service) {
        return Optional.ofNullable(frontOf.get(service));
    }

    /** The value a build argument of {@code image}'s Dockerfile was imported with. */
    Optional<String> buildArg(String image, String arg) {
        DockerfileImporter.Imported imported = builtFrom.get(image);
        return imported == null ? Optional.empty() : Optional.ofNullable(imported.args().get(arg));
    }

    /**
     * A build argument this environment gives {@code image} other than the Dockerfile's default (the
     * value another environment built it with): the environment's {@code images.<image>.args}.
     */
    void buildArgHere(ServiceImport s, Leaf leaf, String image, String arg, String value) {
        imageArgs.computeIfAbsent(image, i -> new DraftMap().flow()).put(arg, value);
        s.otherForm(leaf, "as `images." + image + ".args." + arg + "` of the environment, a build argument here",
                Finding.ABSENT, null);
    }

    /** The .env the compose files were interpolated with. */
    DotEnv dotEnv() {
        return compose.project().dotEnv();
    }

    /** How the value was written before interpolation, when it had a `$` (a list item's {@code NAME=} left out). */
    Optional<ComposeProject.Substitution> substitution(Leaf leaf) {
        return Optional.ofNullable(compose.project().substitutions().get(leaf.origin())).map(s -> {
            String prefix = leaf.path().get(leaf.path().size() - 1) + "=";
            return s.template().startsWith(prefix) ? new ComposeProject.Substitution(
                    s.template().substring(prefix.length()), s.variables()) : s;
        });
    }

    /** A path the compose files name (relative to their folder) relative to environment.yaml instead. */
    Optional<String> projectPath(String path) {
        return context.relative(compose.project().folder().resolve(path));
    }

    /** A bind mount's source ({@code ./x} of the compose folder, or absolute) as environment.yaml writes it. */
    Optional<String> bindSource(String source) {
        Path path = compose.project().folder().resolve(source).normalize();
        Optional<String> relative = context.relative(path);
        if (relative.isEmpty()) {
            return Optional.of(path.toString());
        }
        return Optional.of(relative.get().equals(".") ? "." : "./" + relative.get());
    }

    void usedVolume(String volume) {
        usedVolumes.add(volume);
    }

    /** A volume of the original whose place a catalog service's data volume takes. */
    void catalogVolume(String volume, String catalogVolume) {
        catalogVolumes.put(volume, catalogVolume);
    }

    void catalogSetting(String service, String key, String value) {
        catalogSettings.computeIfAbsent(service, s -> new LinkedHashMap<>()).put(key, value);
    }

    void catalogSecret(String service, String secret, String value) {
        ServiceFacts f = facts.get(service);
        catalogSecrets.put(InstanceNames.defaults(f.gantryName()).variable(secret), value);
    }

    /**
     * {@code db.url} when a catalog service's URL resolves to {@code value}: a URL names its service's
     * host, so the match is no coincidence (a password that equals a database's could be one).
     */
    Optional<String> connectionMatching(String value, String except) {
        for (ServiceFacts f : facts.values()) {
            if (f.name().equals(except) || !(f.source() instanceof ServiceSource.Catalog c)) {
                continue;
            }
            var instance = c.match().instance(f.gantryName(), catalogSettings.getOrDefault(f.name(), Map.of()));
            for (String field : List.of("url")) {
                Optional<Value> connection = instance.connection(field);
                if (connection.isPresent() && !connection.get().variables().isEmpty()
                        && connection.get().variables().stream().allMatch(catalogSecrets::containsKey)
                        && CatalogMatch.resolve(connection.get(), catalogSecrets).equals(value)) {
                    return Optional.of(f.gantryName() + "." + field);
                }
            }
        }
        return Optional.empty();
    }
}
