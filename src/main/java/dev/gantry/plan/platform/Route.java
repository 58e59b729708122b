package dev.gantry.plan.platform;

import java.util.List;

/** One route of {@code .platform/routes.yaml}: to an upstream, or a redirect; null where not set. */
public record Route(String url, String type, String upstream, String to, boolean primary, Cache cache) {

    /** The router's HTTP cache; null lists mean Platform.sh's defaults. */
    public record Cache(boolean enabled, Integer defaultTtl, List<String> cookies, List<String> headers) {
    }
}
