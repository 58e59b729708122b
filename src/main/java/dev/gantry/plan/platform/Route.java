package dev.gantry.plan.platform;

import dev.gantry.model.platformsh.RouteKeys;
import java.util.List;
import java.util.Optional;

/**
 * One route, by URL: to an upstream ({@code service:endpoint}) or a redirect ({@code to}), whether it
 * is the primary one, its router cache (upstreams only), and the user's further keys.
 */
public record Route(String url, Optional<String> upstream, Optional<String> to, boolean primary,
        Optional<Cache> cache, RouteKeys keys) {

    /** The router's HTTP cache; what is empty is Platform.sh's default. */
    public record Cache(boolean enabled, Optional<Integer> defaultTtl, Optional<List<String>> cookies,
            Optional<List<String>> headers) {
    }
}
