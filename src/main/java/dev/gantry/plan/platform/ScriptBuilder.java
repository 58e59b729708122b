package dev.gantry.plan.platform;

import dev.gantry.catalog.Connections;
import dev.gantry.catalog.Part;
import dev.gantry.catalog.Placeholders;
import dev.gantry.catalog.Value;
import dev.gantry.diag.Position;
import dev.gantry.diag.Problem;
import dev.gantry.model.EnvValue;
import dev.gantry.model.Environment;
import dev.gantry.model.Located;
import dev.gantry.model.Service;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Builds the {@code .environment} script: each variable an application or worker declares as
 * {@code {ref: service.field}} is exported from the relationship's details in PLATFORM_RELATIONSHIPS,
 * in the same form the compose files give it, so the app reads one variable everywhere; a variable
 * that holds a secret of another name is exported from that secret, and one read with
 * {@code from_env} under another name from that Platform.sh variable. Collects the secrets and the
 * settings the apps need, which Platform.sh takes as variables.
 */
final class ScriptBuilder {

    /** The relationship properties a connection template of the catalog may use. */
    static final List<String> PROPERTIES = List.of("host", "port", "username", "password", "path");
    /** What a literal variable means here: set in the app's variables, which the script must not override. */
    private static final String LITERAL = "a literal";
    private static final Map<String, String> APP_FIELDS = Map.of("host", "{host}", "port", "{port}");

    private final Environment env;
    private final Map<String, Placement> placements;
    private final Connections connections;
    private final Problems problems;
    private final Map<String, EnvironmentScript.Lookup> lookups = new LinkedHashMap<>();
    private final Map<String, EnvironmentScript.Export> exports = new LinkedHashMap<>();
    private final Map<String, Object> meanings = new LinkedHashMap<>();
    private final List<EnvironmentScript.OwnLines> own = new ArrayList<>();
    private final Set<String> secrets = new TreeSet<>();
    private final Set<String> settings = new TreeSet<>();

    ScriptBuilder(Environment env, Map<String, Placement> placements, Problems problems) {
        this.env = env;
        this.placements = placements;
        this.connections = new Connections(env.services());
        this.problems = problems;
    }

    void add(Service service, Relationships relationships) {
        service.variables().secrets().forEach(s -> secrets.add(s.value()));
        service.variables().env().forEach((name, located) -> {
            EnvValue value = located.value();
            if (value instanceof EnvValue.Secret secret) {
                secrets.add(secret.name());
                if (!secret.name().equals(name)) {
                    export(name, new EnvironmentScript.Export(name, List.of(), Value.variable(secret.name())), located);
                }
            } else if (value instanceof EnvValue.Ref ref) {
                reference(name, ref, relationships, located);
            } else if (value instanceof EnvValue.FromEnv from) {
                settings.add(from.variable());
                if (from.variable().equals(name)) {
                    mean(name, LITERAL, located.at());
                } else {
                    export(name, new EnvironmentScript.Export(name, List.of(), new Value(List.of(new Part.Variable(
                            from.variable(), from.fallback(), from.emptyAllowed(), from.required())))), located);
                }
            } else {
                mean(name, LITERAL, located.at());
            }
        });
    }

    /** The project's own lines of application {@code app}, which run after the exports. */
    void own(String app, String text) {
        if (own.stream().noneMatch(o -> o.text().equals(text))) {
            own.add(new EnvironmentScript.OwnLines(app, text));
        }
    }

    /** The script at {@code path}, relative to the output folder; none when it would do nothing. */
    Optional<EnvironmentScript> script(String path) {
        if (exports.isEmpty() && own.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new EnvironmentScript(path, List.copyOf(lookups.values()),
                List.copyOf(exports.values()), List.copyOf(own)));
    }

    /** The Platform.sh variables that settings read with {@code from_env} come from (no secrets). */
    List<String> settings() {
        return List.copyOf(settings);
    }

    List<String> secrets() {
        return List.copyOf(secrets);
    }

    private void reference(String name, EnvValue.Ref ref, Relationships relationships, Located<EnvValue> at) {
        Placement placement = placements.get(ref.service());
        if (placement == null) {
            return; // lint reported the reference
        }
        if (placement.role() == Placement.Role.EXTERNAL) {
            if (!exposes(ref)) {
                return; // lint reported the field
            }
            Value value = connections.resolve(ref);
            secrets.addAll(value.variables());
            export(name, new EnvironmentScript.Export(name, List.of(), value), at);
            return;
        }
        if (!placement.reachable()) {
            return; // reported where the relationship could not be made
        }
        String relationship = relationships.names().get(ref.service());
        if (relationship == null) {
            return; // the relationship named after the service leads elsewhere, reported there (E437)
        }
        String template = placement.role() == Placement.Role.APP ? APP_FIELDS.get(ref.field())
                : placement.type().orElseThrow().connection().get(ref.field());
        if (template == null) {
            return; // lint reported the field
        }
        Map<String, String> variables = new LinkedHashMap<>();
        PROPERTIES.forEach(p -> variables.put(p, variable(relationship, p)));
        Value value = Placeholders.expand(template, Map.of(), variables);
        for (String property : PROPERTIES) {
            String variable = variables.get(property);
            if (value.variables().contains(variable)) {
                lookups.putIfAbsent(variable, new EnvironmentScript.Lookup(variable, relationship, property));
            }
        }
        export(name, new EnvironmentScript.Export(name, List.of(relationship), value), at);
    }

    /** Whether the service a reference names exposes its field (lint reports it when not). */
    private boolean exposes(EnvValue.Ref ref) {
        Service target = env.services().get(ref.service());
        return connections.instance(target).map(i -> i.connection(ref.field()).isPresent())
                .orElse(APP_FIELDS.containsKey(ref.field()));
    }

    private void export(String name, EnvironmentScript.Export export, Located<EnvValue> at) {
        if (mean(name, export, at.at())) {
            exports.putIfAbsent(name, export);
        }
    }

    /**
     * Records what {@code name} means; false, with a warning, when an app or worker of this file gave
     * it another meaning.
     */
    private boolean mean(String name, Object meaning, Position at) {
        Object earlier = meanings.putIfAbsent(name, meaning);
        if (earlier == null || earlier.equals(meaning)) {
            return true;
        }
        problems.report(Problem.PLATFORM_VARIABLE_MEANINGS, at, name, env.id(), problems.title());
        return false;
    }

    /** The shell variable the script reads one relationship property into. */
    static String variable(String relationship, String property) {
        return ("GANTRY_" + relationship + "_" + property).replace('-', '_').toUpperCase(Locale.ROOT);
    }
}
