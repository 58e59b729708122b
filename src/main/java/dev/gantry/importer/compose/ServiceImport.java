package dev.gantry.importer.compose;

import dev.gantry.importer.Findings;
import dev.gantry.importer.ImportContext;
import dev.gantry.importer.dockerfile.DockerfileImporter;
import dev.gantry.importer.InputError;
import dev.gantry.importer.Setting;
import dev.gantry.importer.draft.DraftMap;
import dev.gantry.importer.draft.DraftScalar;
import java.util.List;
import java.util.Optional;

/**
 * One compose service of one environment into a service of environment.yaml: each of its settings
 * carried by the rule {@link ComposeKeys} has for its key, and recorded in the findings.
 */
final class ServiceImport {

    /** The keys of a Gantry service, in the order a person writes them. */
    static final List<String> ORDER = List.of("description", "image", "unpinned", "use", "config", "environments", "command",
            "entrypoint", "working_dir", "user", "ports", "env", "env_files", "secrets", "labels", "volumes",
            "depends_on", "in_front_of", "healthcheck", "restart", "resources", "replicas", "privileged", "devices",
            "cap_add", "extra_hosts", "networks", "init", "stop_signal", "stop_grace_period", "stdin_open", "tty",
            "tmpfs", "shm_size", "ulimits", "sysctls", "logging", "profiles", "container_name", "placement", "raw");

    private final EnvironmentImport environment;
    private final ResolvedService service;
    private final ServiceFacts facts;
    private final DraftMap draft = new DraftMap();
    private final java.util.Map<String, String> catalogVariables = new java.util.LinkedHashMap<>();

    ServiceImport(EnvironmentImport environment, ResolvedService service, ServiceFacts facts) {
        this.environment = environment;
        this.service = service;
        this.facts = facts;
    }

    /** The service's draft, or empty when it was left out (every setting then reported). */
    Optional<DraftMap> run() throws InputError {
        if (facts.source() instanceof ServiceSource.Dropped dropped) {
            service.leaves().values().forEach(l -> notCarried(l, dropped.reason()));
            return Optional.empty();
        }
        if (facts.source() instanceof ServiceSource.Built built) {
            draft.put("image", built.image());
        } else if (facts.source() instanceof ServiceSource.Catalog catalog) {
            draft.put("use", catalog.match().use());
            draft.comment("use", "took `" + facts.name() + "` as the catalog's " + catalog.match().use()
                    + (catalog.match().sameImage() ? " (image " + catalog.match().original() + ")"
                            : "; the catalog runs " + catalog.match().catalogImage() + ", the original "
                                    + catalog.match().original()));
        } else {
            ServiceSource.Published published = (ServiceSource.Published) facts.source();
            draft.put("image", published.reference());
            if (!published.pinned()) {
                draft.put("unpinned", DraftScalar.of(true));
                draft.comment("image", DockerfileImporter.unpinnedNote(published.reference()));
            }
        }
        for (String key : service.keys()) {
            ComposeKeys.rule(key).carry(this, service.under(key));
        }
        if (!catalogVariables.isEmpty()) {
            List<String> settings = catalogVariables.entrySet().stream().filter(e -> e.getValue() == null)
                    .map(java.util.Map.Entry::getKey).toList();
            List<String> secrets = catalogVariables.entrySet().stream().filter(e -> e.getValue() != null)
                    .map(java.util.Map.Entry::getKey).toList();
            draft.comment("use", "the original's " + String.join(", ", catalogVariables.keySet()) + " are the catalog's"
                    + (settings.isEmpty() ? "" : ": " + String.join(", ", settings) + " its `config`")
                    + (secrets.isEmpty() ? "" : (settings.isEmpty() ? ": " : "; ") + String.join(", ", secrets)
                            + " its credentials, read from .env as " + String.join(", ", secrets.stream()
                                    .map(catalogVariables::get).toList())));
        }
        if (!facts.name().equals(facts.gantryName())) {
            draft.comment(draft.keys().get(0), "`" + facts.name() + "` in the compose files: Gantry's names take"
                    + " lower-case letters, digits and hyphens");
        }
        return Optional.of(ordered());
    }

    private DraftMap ordered() {
        DraftMap out = new DraftMap();
        for (String key : ORDER) {
            if (draft.has(key)) {
                out.put(key, draft.get(key).orElseThrow());
                out.commentsFrom(draft, key);
            }
        }
        return out;
    }

    // ---- for the rules -------------------------------------------------------------------

    DraftMap draft() {
        return draft;
    }

    ResolvedService resolved() {
        return service;
    }

    ServiceFacts facts() {
        return facts;
    }

    EnvironmentImport environment() {
        return environment;
    }

    ImportContext context() {
        return environment.context();
    }

    Optional<ServiceSource.Catalog> catalog() {
        return facts.source() instanceof ServiceSource.Catalog c ? Optional.of(c) : Optional.empty();
    }

    Setting setting(Leaf leaf) {
        return new Setting(environment.name(), "services." + facts.name(), leaf.key());
    }

    void identical(Leaf leaf) {
        findings().identical(setting(leaf), leaf.origin());
    }

    void otherForm(Leaf leaf, String note) {
        findings().otherForm(setting(leaf), leaf.origin(), note);
    }

    /** Carried in another form: the generated file holds {@code expected} under {@code generatedKey} (null: the same key). */
    void otherForm(Leaf leaf, String note, String expected, String generatedKey) {
        findings().otherForm(setting(leaf), leaf.origin(), note, expected, generatedKey);
    }

    void notCarried(Leaf leaf, String reason) {
        findings().notCarried(setting(leaf), leaf.origin(), reason);
    }

    /** A variable of the original that the catalog service sets: a setting (null) or the credential read from {@code variable}. */
    void catalogVariable(String name, String variable) {
        catalogVariables.put(name, variable);
    }

    /** A key of the compose service written as it is, under {@code raw.compose}. */
    void raw(String key, dev.gantry.importer.draft.Draft value) {
        draft.map("raw").map("compose").put(key, value);
    }

    /** One setting under a key of the compose service ({@code build.ssh}), under {@code raw.compose}; merged there. */
    void raw(String key, String under, dev.gantry.importer.draft.Draft value) {
        draft.map("raw").map("compose").map(key).put(under, value);
    }

    /** A comment above {@code key} of the draft, once. */
    void comment(String key, String text) {
        draft.comment(key, text);
    }

    private Findings findings() {
        return environment.context().findings();
    }
}
