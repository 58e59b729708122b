package dev.gantry.plan.platform;

import dev.gantry.diag.Problem;
import dev.gantry.model.Environment;
import dev.gantry.model.Located;
import dev.gantry.model.platformsh.RouteKeys;
import dev.gantry.model.platformsh.Routing;
import dev.gantry.util.Similarity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The routes: the primary one to the application (through the HTTP cache in front of it, with the
 * router's cache off then), the redirect from the other {@code www.} variant of its domain, and the
 * user's further routes, which replace a generated one of the same URL.
 */
final class RouteMapper {

    private final Environment env;
    private final Routing routing;
    private final Map<String, Placement> placements;
    private final Problems problems;

    RouteMapper(Environment env, Routing routing, Map<String, Placement> placements, Problems problems) {
        this.env = env;
        this.routing = routing;
        this.placements = placements;
        this.problems = problems;
    }

    /** The routes, with the primary one to {@code upstream}; {@code cached} when an HTTP cache is that upstream. */
    List<Route> routes(String upstream, boolean cached) {
        String host = routing.domain().orElse("{default}");
        Routing.RouteCache given = routing.cache();
        if (cached && given.enabled().orElse(false)) {
            problems.report(Problem.PLATFORM_ROUTER_CACHE_OFF, env.name().at(), env.id(), upstream);
        }
        boolean userPrimary = primaries() > 0;
        String primary = "https://" + host + "/";
        Map<String, Route> out = new LinkedHashMap<>();
        Route.Cache cache = cached ? new Route.Cache(false, Optional.empty(), Optional.empty(), Optional.empty())
                : cache(given);
        out.put(primary, new Route(primary, Optional.of(upstream + ":" + Endpoints.APP_ENDPOINT), Optional.empty(),
                !userPrimary, Optional.of(cache), routing.primary()));
        if (routing.wwwRedirect()) {
            String other = "https://" + (host.startsWith("www.") ? host.substring(4) : "www." + host) + "/";
            out.put(other, new Route(other, Optional.empty(), Optional.of(primary), false, Optional.empty(),
                    RouteKeys.NONE));
        }
        routing.routes().forEach((url, route) -> user(url, route).ifPresent(r -> out.put(url, r)));
        return new ArrayList<>(out.values());
    }

    private int primaries() {
        List<Located<Routing.Route>> primaries = routing.routes().values().stream()
                .filter(r -> r.value().primary().orElse(false)).toList();
        primaries.stream().skip(1).forEach(r -> problems.report(Problem.PLATFORM_TWO_PRIMARY_ROUTES, r.at(), env.id()));
        return primaries.size();
    }

    private Optional<Route> user(String url, Located<Routing.Route> located) {
        Routing.Route route = located.value();
        if (route.to().isPresent()) {
            RouteKeys keys = route.keys();
            if (route.cache().isPresent() || keys.ssi().isPresent()) {
                problems.report(Problem.PLATFORM_REDIRECT_CACHE, located.at(), url);
            }
            return Optional.of(new Route(url, Optional.empty(), route.to(), route.primary().orElse(false),
                    Optional.empty(), new RouteKeys(keys.id(), keys.tls(), Optional.empty(), keys.redirects(),
                            keys.attributes())));
        }
        Located<String> upstream = route.upstream().orElseThrow();
        Placement placement = placements.get(upstream.value());
        boolean http = placement != null && (placement.role() == Placement.Role.APP
                || (placement.role() == Placement.Role.SERVICE
                        && env.services().get(upstream.value()).placement().inFrontOf().isPresent()));
        if (!http) {
            problems.report(Problem.PLATFORM_ROUTE_UPSTREAM_UNKNOWN, upstream.at(), url, upstream.value(), env.id(),
                    Similarity.didYouMean(upstream.value(), placements.entrySet().stream()
                            .filter(e -> e.getValue().role() == Placement.Role.APP).map(Map.Entry::getKey).toList(),
                            "applications"));
            return Optional.empty();
        }
        return Optional.of(new Route(url, Optional.of(upstream.value() + ":" + Endpoints.APP_ENDPOINT),
                Optional.empty(), route.primary().orElse(false),
                Optional.of(cache(route.cache().orElse(Routing.RouteCache.DEFAULT))), route.keys()));
    }

    private static Route.Cache cache(Routing.RouteCache given) {
        return new Route.Cache(given.enabled().orElse(true), given.defaultTtl(), given.cookies(), given.headers());
    }
}
