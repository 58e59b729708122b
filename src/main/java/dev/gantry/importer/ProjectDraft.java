package dev.gantry.importer;

import dev.gantry.importer.compose.EnvironmentDraft;
import dev.gantry.importer.draft.DraftList;
import dev.gantry.importer.draft.DraftMap;
import dev.gantry.importer.draft.DraftScalar;
import dev.gantry.importer.draft.DraftWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Puts the imported parts together as the environment.yaml a person would write: the schema line, a
 * header that says where it came from, the project, images, secrets, the services every environment
 * shares, then each environment with what it adds. What import could not carry is a comment at the
 * service, image or environment it belongs to.
 */
final class ProjectDraft {

    private final ImportContext context;
    private final String project;
    private final Map<String, EnvironmentDraft> environments;
    private final Map<String, DraftMap> platformSettings;
    private final Map<String, List<String>> sources;

    ProjectDraft(ImportContext context, String project, Map<String, EnvironmentDraft> environments,
            Map<String, DraftMap> platformSettings, Map<String, List<String>> sources) {
        this.context = context;
        this.project = project;
        this.environments = environments;
        this.platformSettings = platformSettings;
        this.sources = sources;
    }

    String write() {
        DraftMap root = new DraftMap();
        root.put("gantry", DraftScalar.of(1));
        root.put("project", new DraftMap().put("name", project));
        if (!context.images().isEmpty()) {
            root.put("images", context.images());
        }
        if (!context.secrets().declared().isEmpty()) {
            DraftMap secrets = new DraftMap();
            for (Secrets.Secret s : context.secrets().inOrder()) {
                secrets.put(s.name(), new DraftMap().put("description", "imported from " + s.origin()
                        + "; its value is not written here: set " + s.name() + " in .env"));
            }
            root.put("secrets", secrets);
        }
        Map<String, Map<String, DraftMap>> perEnvironment = new LinkedHashMap<>();
        environments.forEach((name, env) -> perEnvironment.put(name, env.services()));
        EnvironmentFactoring.Factored factored = EnvironmentFactoring.factor(perEnvironment);
        if (!factored.services().isEmpty()) {
            root.put("services", factored.services());
        }
        DraftMap envs = new DraftMap();
        for (EnvironmentDraft env : environments.values()) {
            envs.put(env.name(), environment(env, factored.overrides().get(env.name())));
        }
        if (!envs.isEmpty()) {
            root.put("environments", envs);
        }
        notCarried(root, factored);
        return DraftWriter.write(header(), root);
    }

    private DraftMap environment(EnvironmentDraft env, DraftMap overrides) {
        DraftMap out = new DraftMap();
        out.put("description", "imported from " + String.join(", ", sources.getOrDefault(env.name(), List.of())));
        boolean platform = platformSettings.containsKey(env.name());
        if (platform) {
            out.put("kind", "prod");
        }
        out.put("targets", DraftList.of(List.of(platform ? "platformsh" : "compose")));
        for (String key : List.of("images", "networks", "compose")) {
            env.settings().get(key).ifPresent(v -> out.put(key, v));
        }
        if (!overrides.isEmpty()) {
            out.put("services", overrides);
        }
        env.settings().get("raw").ifPresent(v -> out.put("raw", v));
        if (platform) {
            out.put("platformsh", platformSettings.get(env.name()));
        }
        return out;
    }

    private List<String> header() {
        List<String> lines = new ArrayList<>();
        lines.add("yaml-language-server: $schema=.gantry/environment.schema.json");
        lines.add("");
        lines.add("Imported by `gantry import` from:");
        sources.forEach((env, files) -> lines.add("  " + (environments.containsKey(env) ? env : "images") + ": "
                + String.join(", ", files)));
        lines.add("The comments say where import made a choice, and what it could not carry and why. To compare");
        lines.add("what Gantry generates from this file with the originals, run `gantry import --verify` with the");
        lines.add("same files. Credentials are secrets: their values stay in .env, never in this file.");
        return lines;
    }

    /**
     * A comment for the settings not carried, at the service, image or environment they belong to:
     * one line per reason, naming each setting with its place in the original files, and the
     * environments it applies to when not all of them.
     */
    private void notCarried(DraftMap root, EnvironmentFactoring.Factored factored) {
        Map<String, Map<String, Set<String>>> keys = new LinkedHashMap<>();
        Map<String, Map<String, Set<String>>> envs = new LinkedHashMap<>();
        for (Finding f : context.findings().all()) {
            if (f.carry() != Carry.NOT_CARRIED) {
                continue;
            }
            String place = place(f, factored);
            String key = (f.setting().key().isEmpty() ? f.setting().owner() : f.setting().key()) + " (" + f.origin()
                    + ")";
            keys.computeIfAbsent(place, p -> new LinkedHashMap<>()).computeIfAbsent(f.note(),
                    n -> new LinkedHashSet<>()).add(key);
            envs.computeIfAbsent(place, p -> new LinkedHashMap<>()).computeIfAbsent(f.note(),
                    n -> new LinkedHashSet<>()).add(f.setting().env());
        }
        keys.forEach((place, byNote) -> {
            if (place.equals("project")) {
                byNote.forEach((note, settings) -> root.comment("project", "not carried: " + String.join(", ", settings)
                        + ": " + note));
                return;
            }
            String[] parts = place.split("/", 3);
            boolean inEnvironment = parts[0].equals("environments");
            DraftMap map = (DraftMap) (inEnvironment ? (DraftMap) root.get("environments").orElseThrow() : root)
                    .get(inEnvironment ? parts[1] : parts[0]).orElseThrow();
            String key = inEnvironment ? (parts.length > 2 ? parts[2] : "description") : parts[1];
            if (inEnvironment && parts.length > 2) {
                map = (DraftMap) map.get("services").orElseThrow();
            }
            for (Map.Entry<String, Set<String>> e : byNote.entrySet()) {
                Set<String> in = envs.get(place).get(e.getKey());
                boolean some = environments.size() > 1 && !in.contains("") && in.size() < environments.size();
                map.comment(key, "not carried" + (some ? " in " + String.join(", ", in) : "") + ": "
                        + String.join(", ", e.getValue()) + ": " + e.getKey());
            }
        });
    }

    /** Where a finding's comment goes: {@code services/<name>}, {@code images/<name>} or {@code environments/<env>[/<service>]}. */
    private String place(Finding f, EnvironmentFactoring.Factored factored) {
        String owner = f.setting().owner();
        String env = f.setting().env();
        String service = null;
        if (owner.startsWith("services.")) {
            service = environments.get(env).renamed().getOrDefault(owner.substring(9), owner.substring(9));
        } else if (owner.startsWith("app:") || owner.startsWith("service:")) {
            String name = owner.substring(owner.indexOf(':') + 1);
            service = environments.containsKey(env) ? environments.get(env).renamed().getOrDefault(name, name) : name;
        } else if (owner.startsWith("images.") && context.images().has(owner.substring(7))) {
            return "images/" + owner.substring(7);
        }
        if (service != null && factored.services().has(service)) {
            return "services/" + service;
        }
        if (service != null && environments.containsKey(env) && factored.overrides().get(env).has(service)) {
            return "environments/" + env + "/" + service;
        }
        if (environments.isEmpty()) {
            return "project";
        }
        return "environments/" + (environments.containsKey(env) ? env : environments.keySet().iterator().next());
    }
}
