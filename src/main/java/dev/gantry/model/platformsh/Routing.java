package dev.gantry.model.platformsh;

import dev.gantry.model.Located;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The routes of {@code platformsh}: the domain of the primary route (which leads to the app), its
 * router cache and further keys, whether the other {@code www.} variant redirects to it, and the
 * user's further routes by URL.
 */
public record Routing(Optional<String> domain, RouteCache cache, boolean wwwRedirect, RouteKeys primary,
        Map<String, Located<Route>> routes) {

    /**
     * The router cache of a route; what is unset is Platform.sh's default ({@code enabled}: on). An
     * empty list of cookies or headers is not an unset one: no cookie, or no header, is in the key.
     */
    public record RouteCache(Optional<Boolean> enabled, Optional<Integer> defaultTtl, Optional<List<String>> cookies,
            Optional<List<String>> headers) {

        public static final RouteCache DEFAULT = new RouteCache(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    /** A further route: where it leads ({@code upstream}, a service) or redirects ({@code to}). */
    public record Route(Optional<Located<String>> upstream, Optional<String> to, Optional<Boolean> primary,
            Optional<RouteCache> cache, RouteKeys keys) {
    }
}
