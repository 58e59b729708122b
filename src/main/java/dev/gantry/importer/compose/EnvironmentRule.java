package dev.gantry.importer.compose;

import dev.gantry.catalog.InstanceNames;
import dev.gantry.catalog.Value;
import dev.gantry.importer.Names;
import dev.gantry.importer.Secrets;
import dev.gantry.importer.draft.DraftMap;
import dev.gantry.importer.draft.DraftScalar;
import dev.gantry.importer.recognize.CatalogMatch;
import dev.gantry.importer.recognize.CatalogProfiles;
import dev.gantry.lint.LiteralSecrets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A service's {@code environment}: variables a catalog service sets itself become its settings or
 * its credentials; credentials become secrets, or references to a catalog service's connection
 * ({@code {ref: db.url}}) where the value is one; other values are carried as they are.
 */
final class EnvironmentRule {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern URL_WITH_PASSWORD = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*://[^/@:\\s]*:[^/@\\s]+@.*");
    private static final Pattern SECRET_NAME = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Pattern WHOLE = Pattern.compile(
            "\\$(?:([A-Za-z_][A-Za-z0-9_]*)|\\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?+])([^}\\n]*))?})");

    private EnvironmentRule() {
    }

    static void carry(ServiceImport s, List<Leaf> leaves) {
        for (Leaf leaf : leaves) {
            String name = leaf.path().get(1);
            if (leaf.value() == null) {
                s.context().secrets().readFromEnv(s.environment().name(), name);
                s.draft().map("env").put(name, new DraftMap().flow().put("from_env", name)
                        .put("required", DraftScalar.of(false)));
                s.otherForm(leaf, "as `{from_env: " + name + ", required: false}`, passed through from .env or the"
                        + " shell");
            } else if (s.catalog().isPresent() && catalogVariable(s, leaf, name)) {
                continue;
            } else if (!NAME.matcher(name).matches()) {
                s.notCarried(leaf, "`" + name + "` is not a name Gantry takes for a variable");
            } else if ((!leaf.value().isEmpty() || fromVariable(s, leaf)) && (LiteralSecrets.looksSecret(name)
                    || URL_WITH_PASSWORD.matcher(leaf.value()).matches())) {
                credential(s, leaf, name);
            } else {
                Optional<ComposeProject.Substitution> from = s.environment().substitution(leaf);
                Optional<DraftMap> fromEnv = from.flatMap(EnvironmentRule::fromEnv);
                if (fromEnv.isPresent()) {
                    s.context().secrets().readFromEnv(s.environment().name(), from.get().variables().get(0));
                    s.draft().map("env").put(name, fromEnv.get());
                    s.otherForm(leaf, "with `from_env`, read where compose starts the stack as `"
                            + from.get().template() + "` is");
                } else if (from.isPresent()) {
                    s.draft().map("env").put(name, leaf.value());
                    s.otherForm(leaf, "the value `" + from.get().template() + "` has with this .env, written as it is"
                            + " (`from_env` reads one whole variable, with a default at most)");
                } else {
                    s.draft().map("env").put(name, leaf.value());
                    s.identical(leaf);
                }
            }
        }
    }

    /**
     * {@code {from_env: X, ...}} for a value that is one variable: {@code ${X}}, {@code ${X:-default}},
     * {@code ${X-default}}, {@code ${X:?message}}, {@code ${X?}}; empty for anything else.
     */
    static Optional<DraftMap> fromEnv(ComposeProject.Substitution substitution) {
        Matcher m = WHOLE.matcher(substitution.template());
        if (!m.matches()) {
            return Optional.empty();
        }
        String variable = m.group(1) != null ? m.group(1) : m.group(2);
        DraftMap out = new DraftMap().flow().put("from_env", variable);
        String operator = m.group(3);
        if (operator == null) {
            // compose substitutes the empty string for an unset variable (with a warning)
            return Optional.of(out.put("default", ""));
        }
        boolean allowEmpty = !operator.startsWith(":");
        String argument = m.group(4);
        if (operator.endsWith("-")) {
            if (argument.contains("$")) {
                return Optional.empty();
            }
            out.put("default", argument);
        } else if (!operator.endsWith("?")) {
            return Optional.empty();
        }
        if (allowEmpty) {
            out.put("allow_empty", DraftScalar.of(true));
        }
        return Optional.of(out);
    }

    /** A variable the catalog sets itself (under its name or one the image also reads); false when it sets none. */
    private static boolean catalogVariable(ServiceImport s, Leaf leaf, String name) {
        CatalogMatch match = s.catalog().orElseThrow().match();
        String catalogName = CatalogProfiles.catalogName(match.kind(), name);
        String template = match.entry().container().env().get(catalogName);
        if (template == null) {
            return false;
        }
        String alias = catalogName.equals(name) ? "" : " as `" + catalogName + "`, which the image reads as it reads `"
                + name + "`";
        String key = "environment." + catalogName;
        String placeholder = template.matches("\\{[a-z_]+}") ? template.substring(1, template.length() - 1) : null;
        if (placeholder != null && match.entry().settings().secrets().contains(placeholder)) {
            if (leaf.value().isEmpty()) {
                s.notCarried(leaf, "an empty " + placeholder.replace('_', ' ') + ": the catalog's " + match.kind()
                        + " always has one");
                return true;
            }
            String variable = InstanceNames.defaults(s.facts().gantryName()).variable(placeholder);
            s.context().secrets().variable(s.environment().name(), variable, leaf.value());
            s.environment().catalogSecret(s.facts().name(), placeholder, leaf.value());
            s.otherForm(leaf, "read from .env as `" + variable + "`, the catalog's variable for the "
                    + placeholder.replace('_', ' ') + alias, leaf.value(), key);
            s.catalogVariable(name, variable);
            return true;
        }
        if (placeholder != null && match.entry().settings().defaults().containsKey(placeholder)) {
            if (!leaf.value().matches("[A-Za-z_][A-Za-z0-9_]*") || leaf.value().length() > 32) {
                s.draft().map("env").put(name, leaf.value());
                s.identical(leaf);
                return true;
            }
            s.catalogVariable(name, null);
            if (!leaf.value().equals(match.entry().settings().defaults().get(placeholder))) {
                s.draft().map("config").put(placeholder, leaf.value());
                s.environment().catalogSetting(s.facts().name(), placeholder, leaf.value());
            }
            if (alias.isEmpty()) {
                s.identical(leaf);
            } else {
                s.otherForm(leaf, "`config." + placeholder + "`" + alias, leaf.value(), key);
            }
            return true;
        }
        Value value = match.instance(s.facts().gantryName(), Map.of()).expand(template);
        if (value.literal().filter(leaf.value()::equals).isPresent()) {
            if (alias.isEmpty()) {
                s.identical(leaf);
            } else {
                s.otherForm(leaf, "set by the catalog" + alias, leaf.value(), key);
            }
            return true;
        }
        return false;
    }

    /** Whether the value is one variable of .env, as in {@code ${APP_SECRET}}. */
    private static boolean fromVariable(ServiceImport s, Leaf leaf) {
        return s.environment().substitution(leaf).flatMap(ComposeProject.Substitution::whole).isPresent();
    }

    /** A credential: a reference to a catalog service's connection when it is one, else a secret. */
    private static void credential(ServiceImport s, Leaf leaf, String name) {
        Optional<String> ref = s.environment().connectionMatching(leaf.value(), s.facts().name());
        if (ref.isPresent()) {
            DraftMap value = new DraftMap().flow().put("ref", ref.get());
            s.draft().map("env").put(name, value);
            s.otherForm(leaf, "as `{ref: " + ref.get() + "}`, which Gantry builds from the catalog service's"
                    + " settings and its credentials in .env");
            return;
        }
        String preferred = s.environment().substitution(leaf).flatMap(ComposeProject.Substitution::whole)
                .filter(v -> SECRET_NAME.matcher(v).matches()).orElse(Names.variable(name));
        String secret = s.context().secrets().declare(s.environment().name(), preferred,
                Names.variable(s.facts().gantryName()), leaf.value(), null, leaf.origin());
        if (secret.equals(name)) {
            s.draft().list("secrets").add(DraftScalar.of(secret));
        } else {
            s.draft().map("env").put(name, new DraftMap().flow().put("secret", secret));
        }
        if (leaf.value().isEmpty()) {
            s.otherForm(leaf, "as the secret `" + secret + "`, read from .env, which must now set it (the original"
                    + " took it empty)", Secrets.UNSET, null);
        } else {
            s.otherForm(leaf, "as the secret `" + secret + "`, read from .env: environment.yaml holds no credential");
        }
    }
}
