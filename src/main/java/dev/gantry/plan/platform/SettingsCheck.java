package dev.gantry.plan.platform;

import dev.gantry.diag.Position;
import dev.gantry.diag.Problem;
import dev.gantry.model.Environment;
import dev.gantry.model.Located;
import dev.gantry.model.SecretSource;
import dev.gantry.model.Service;
import dev.gantry.model.platformsh.PlatformshSettings;
import dev.gantry.util.Similarity;
import java.util.List;
import java.util.Map;

/**
 * The checks of the {@code platformsh} settings that come before mapping: the applications they
 * name exist and can be applications, what their relationships lead to, the HTTP cache in front;
 * and the environment's settings the product has no use for.
 */
final class SettingsCheck {

    private final Environment env;
    private final Platform platform;
    private final PlatformshSettings settings;
    private final Problems problems;

    SettingsCheck(Environment env, Platform platform, PlatformshSettings settings, Problems problems) {
        this.env = env;
        this.platform = platform;
        this.settings = settings;
        this.problems = problems;
    }

    /** The main application and every application named in the settings, and what their relationships lead to. */
    void check(Map<String, Placement> placements) {
        Located<String> main = settings.app();
        Position mainAt = settings.appNamed() ? main.at() : env.targets().stream()
                .filter(t -> t.value().equals(platform.target())).findFirst().orElseThrow().at();
        if (!env.services().containsKey(main.value())) {
            if (settings.appNamed()) {
                problems.report(Problem.PLATFORM_APP_UNKNOWN, mainAt, env.id(), main.value(), problems.title(),
                        Similarity.didYouMean(main.value(), env.services().keySet(), "services"));
            } else {
                problems.report(Problem.PLATFORM_DEFAULT_APP_MISSING, mainAt, env.id(), main.value(), problems.title());
            }
        } else {
            checkApp(main.value(), mainAt, placements);
        }
        checkCaches(main.value());
        settings.apps().forEach((name, app) -> {
            if (!env.services().containsKey(name)) {
                problems.report(Problem.PLATFORM_APPS_SERVICE_UNKNOWN, app.at(), name, env.id(),
                        Similarity.didYouMean(name, env.services().keySet(), "services"));
            } else {
                checkApp(name, app.at(), placements);
            }
            app.relationships().forEach((relationship, target) ->
                    checkRelationship(name, relationship, target, placements));
        });
    }

    /** Platform.sh's Varnish sits between the router and the main application, once. */
    private void checkCaches(String main) {
        List<Service> caches = env.services().values().stream().filter(s -> s.placement().inFrontOf().isPresent())
                .toList();
        for (int i = 0; i < caches.size(); i++) {
            Located<String> front = caches.get(i).placement().inFrontOf().orElseThrow();
            if (!front.value().equals(main)) {
                problems.report(Problem.PLATFORM_CACHE_NOT_IN_FRONT_OF_APP, front.at(), problems.title(), main,
                        caches.get(i).id(), front.value(), env.id());
            } else if (i > 0) {
                problems.report(Problem.PLATFORM_SECOND_CACHE, front.at(), caches.get(0).id(), main, env.id());
            }
        }
    }

    private void checkApp(String name, Position at, Map<String, Placement> placements) {
        Placement placement = placements.get(name);
        if (placement.role() == Placement.Role.SERVICE || placement.role() == Placement.Role.EXTERNAL) {
            problems.report(Problem.PLATFORM_APP_NOT_BUILT, at, name, problems.title());
        }
    }

    private void checkRelationship(String app, String relationship, Located<String> target,
            Map<String, Placement> placements) {
        String[] parts = target.value().split(":", 2);
        Placement placement = placements.get(parts[0]);
        if (placement == null) {
            problems.report(Problem.PLATFORM_RELATIONSHIP_SERVICE_UNKNOWN, target.at(), relationship, app, parts[0],
                    env.id(), Similarity.didYouMean(parts[0], env.services().keySet(), "services"));
        } else if (placement.role() == Placement.Role.DROPPED) {
            return; // why the service does not run here was reported where it is declared
        } else if (!placement.reachable()) {
            problems.report(Problem.PLATFORM_RELATIONSHIP_UNREACHABLE, target.at(), relationship, app, parts[0],
                    placement.role() == Placement.Role.WORKER ? "a worker" : "no " + problems.title() + " service",
                    env.id());
        } else if (parts.length == 2) {
            Endpoints endpoints = new Endpoints(env.services(), placements);
            if (!endpoints.all(parts[0]).contains(parts[1])) {
                problems.report(Problem.PLATFORM_RELATIONSHIP_ENDPOINT_UNKNOWN, target.at(), relationship, app,
                        parts[1], parts[0], String.join(", ", endpoints.all(parts[0])), endpoints.howToAdd(parts[0]));
            }
        }
    }

    /** Settings of the environment that Platform.sh has no use for. */
    void warnUnused() {
        env.branch().ifPresent(b -> problems.report(Problem.PLATFORM_BRANCH_UNUSED, env.name().at(), env.id(),
                problems.title()));
        env.secrets().forEach((name, source) -> problems.report(Problem.PLATFORM_SECRET_SOURCE_UNREAD, source.at(),
                env.id(), name, kind(source.value()), problems.title(), problems.cli()));
    }

    private static String kind(SecretSource source) {
        if (source instanceof SecretSource.Ssm) {
            return "SSM Parameter Store";
        }
        return source instanceof SecretSource.SecretsManager ? "Secrets Manager"
                : "a variable of the deploying machine";
    }
}
