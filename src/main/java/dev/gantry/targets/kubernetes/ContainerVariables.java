package dev.gantry.targets.kubernetes;

import dev.gantry.catalog.Value;
import dev.gantry.diag.Position;
import dev.gantry.diag.Problem;
import dev.gantry.model.EnvValue;
import dev.gantry.model.Located;
import dev.gantry.plan.local.LocalContainer;
import dev.gantry.render.Doc;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A container's variables as Kubernetes takes them: a value that is exactly one secret comes from the
 * environment's Secret ({@code secretKeyRef}); a value with a secret inside (a URL with a password)
 * names it as {@code $(NAME)}, which Kubernetes expands from a variable of the same name, defined
 * first from the Secret. A command may name secrets the same way.
 */
final class ContainerVariables {

    private ContainerVariables() {
    }

    /**
     * The container's variables as a cluster can give them: a pod reads no {@code .env} and no shell
     * where the stack starts, so a variable read from there ({@code from_env}) gets its default, with a
     * warning; without one it is left out when optional, and an error when required (as on ECS).
     */
    static Map<String, Value> readable(Cluster cluster, LocalContainer c) {
        Map<String, Located<EnvValue>> written = c.service().map(s -> s.variables().env()).orElse(Map.of());
        Map<String, Value> out = new LinkedHashMap<>();
        c.environment().forEach((name, value) -> {
            Located<EnvValue> own = written.get(name);
            if (own == null || !(own.value() instanceof EnvValue.FromEnv from)) {
                out.put(name, value);
                return;
            }
            String set = "`environments." + cluster.env.id() + ".services." + c.name() + ".env`";
            if (from.fallback().isPresent()) {
                cluster.findings.report(Problem.K8S_FROM_ENV_DEFAULT, own.at(), name, c.name(), from.variable(),
                        from.fallback().get(), cluster.env.id(), set);
                out.put(name, Value.text(from.fallback().get()));
            } else if (from.required()) {
                cluster.findings.report(Problem.K8S_FROM_ENV_REQUIRED, own.at(), name, c.name(), from.variable(),
                        cluster.env.id(), set);
            } else {
                cluster.findings.report(Problem.K8S_FROM_ENV_OPTIONAL, own.at(), name, c.name(),
                        from.variable(), cluster.env.id(),
                        set);
            }
        });
        return out;
    }

    /** The {@code env} list of a container; {@code command} may read secrets too. */
    static List<Doc> of(Cluster cluster, String container, Map<String, Value> variables, List<Value> command,
            Position at) {
        List<String> lost = new ArrayList<>();
        variables.forEach((name, value) -> value.literal().filter(Expansion::lostByKustomize).ifPresent(v -> lost.add(name)));
        command.stream().map(v -> v.writeNames(t -> t, name -> "")).filter(Expansion::lostByKustomize).findFirst()
                .ifPresent(v -> lost.add("its command"));
        if (!lost.isEmpty()) {
            cluster.findings.report(Problem.K8S_LINE_SEPARATOR, at, container,
                    dev.gantry.util.Phrases.and(lost), cluster.env.id());
        }
        Set<String> embedded = new LinkedHashSet<>();
        variables.values().stream().filter(v -> v.soleVariable().isEmpty()).forEach(v -> embedded.addAll(v.variables()));
        command.forEach(v -> embedded.addAll(v.variables()));
        List<Doc> out = new ArrayList<>();
        Set<String> written = new LinkedHashSet<>();
        for (String name : embedded) {
            Value own = variables.get(name);
            if (own != null && !own.soleVariable().filter(name::equals).isPresent()) {
                cluster.findings.report(Problem.K8S_SECRET_SHADOWED, at, container, name, cluster.env.id());
                continue;
            }
            out.add(fromSecret(cluster, container, name, name));
            written.add(name);
        }
        variables.forEach((name, value) -> {
            if (written.contains(name)) {
                return;
            }
            out.add(value.soleVariable().map(secret -> fromSecret(cluster, container, name, secret))
                    .orElseGet(() -> new Doc.Mapping().text("name", name).text("value", Expansion.of(value))));
        });
        return out;
    }

    private static Doc fromSecret(Cluster cluster, String container, String name, String key) {
        cluster.readsSecret(key, container);
        return new Doc.Mapping().text("name", name).put("valueFrom", new Doc.Mapping().put("secretKeyRef",
                new Doc.Mapping().text("name", cluster.settings.secret()).text("key", key)));
    }
}
