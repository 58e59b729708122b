package dev.gantry.importer.platformsh;

import dev.gantry.importer.Names;
import dev.gantry.importer.draft.DraftMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Routes into the one shape Gantry writes: the primary HTTPS route to the application (or the
 * Varnish service in front of it), with its cache settings, and the redirect from the other of
 * {@code www.} and the bare domain. Redirects from plain HTTP are what Platform.sh does anyway;
 * other routes and route settings are reported.
 */
final class RouteImport {

    private static final Pattern URL = Pattern.compile("(https?)://([^/]+)(/.*)");

    private final PlatformContext p;
    private String upstream;

    RouteImport(PlatformContext p) {
        this.p = p;
    }

    /** The service the primary route leads to (an application or a Varnish service), if any. */
    Optional<String> run() {
        Map<String, List<PlatformLeaf>> routes = new LinkedHashMap<>();
        for (PlatformConfig.Part part : p.config.routes().values()) {
            Map<List<String>, PlatformLeaf> leaves = new LinkedHashMap<>();
            PlatformConfig.flatten(List.of("route:" + part.name()), part.body(), part.file(), leaves);
            routes.put(part.name(), new ArrayList<>(leaves.values()));
        }
        Optional<String> primary = primary(routes);
        if (primary.isEmpty()) {
            routes.values().forEach(leaves -> p.notCarried(leaves, "Gantry writes one primary HTTPS route to `/`"
                    + " of the application, and finds none here"));
            return Optional.empty();
        }
        Matcher m = URL.matcher(primary.get());
        m.matches();
        String host = m.group(2);
        String other = host.startsWith("www.") ? host.substring(4) : "www." + host;
        if (!host.equals("{default}")) {
            p.settings.put("domain", host);
        }
        for (Map.Entry<String, List<PlatformLeaf>> route : routes.entrySet()) {
            String url = route.getKey();
            List<PlatformLeaf> leaves = route.getValue();
            if (url.equals(primary.get())) {
                primaryRoute(leaves);
            } else if (url.equals("https://" + other + "/") && redirectsTo(leaves, primary.get())) {
                leaves.forEach(p::identical);
            } else if (url.startsWith("http://") && redirectsTo(leaves, "https://" + url.substring(7))
                    || url.startsWith("http://") && redirectsTo(leaves, primary.get())) {
                leaves.forEach(l -> p.absent(l, "not written: Platform.sh redirects plain HTTP to the HTTPS routes"
                        + " itself"));
            } else {
                p.notCarried(leaves, "Gantry writes the primary route and the redirect between `www.` and the bare"
                        + " domain; " + dev.gantry.importer.Issues.notInRawYet("other routes"));
            }
        }
        return Optional.ofNullable(upstream);
    }

    private Optional<String> primary(Map<String, List<PlatformLeaf>> routes) {
        Optional<String> marked = routes.entrySet().stream().filter(e -> e.getValue().stream()
                .anyMatch(l -> l.key().equals("primary") && l.value().equals("true"))).map(Map.Entry::getKey)
                .findFirst();
        Optional<String> candidate = marked.or(() -> routes.entrySet().stream().filter(e -> e.getKey()
                .startsWith("https://") && e.getValue().stream().anyMatch(l -> l.key().equals("type")
                        && l.value().equals("upstream"))).map(Map.Entry::getKey).findFirst());
        return candidate.filter(url -> {
            Matcher m = URL.matcher(url);
            return m.matches() && m.group(1).equals("https") && m.group(3).equals("/")
                    && m.group(2).matches("[A-Za-z0-9.{}-]+");
        });
    }

    private static boolean redirectsTo(List<PlatformLeaf> leaves, String target) {
        return leaves.stream().anyMatch(l -> l.key().equals("type") && l.value().equals("redirect"))
                && leaves.stream().anyMatch(l -> l.key().equals("to") && l.value().equals(target))
                && leaves.stream().allMatch(l -> l.key().equals("type") || l.key().equals("to"));
    }

    private void primaryRoute(List<PlatformLeaf> leaves) {
        DraftMap cache = new DraftMap();
        for (PlatformLeaf leaf : leaves) {
            String key = leaf.key();
            switch (leaf.path().get(1)) {
                case "type" -> {
                    if (leaf.value().equals("upstream")) {
                        p.identical(leaf);
                    } else {
                        p.notCarried(leaf, "Gantry's primary route leads to an upstream");
                    }
                }
                case "primary" -> p.identical(leaf);
                case "upstream" -> {
                    String[] parts = leaf.value().split(":", 2);
                    upstream = Names.of(parts[0]);
                    if (parts.length == 2 && parts[1].equals("http")) {
                        p.identical(leaf);
                    } else {
                        p.otherForm(leaf, "Gantry's routes name the `http` endpoint", parts[0] + ":http", null);
                    }
                }
                case "cache" -> {
                    String part = leaf.path().get(2);
                    switch (part) {
                        case "enabled" -> cache.put("enabled", leaf.typed());
                        case "default_ttl" -> cache.put("default_ttl", leaf.typed());
                        case "cookies", "headers" -> {
                            if (leaf.path().size() == 4) {
                                cache.list(part).add(leaf.typed());
                            }
                        }
                        default -> {
                            p.notCarried(leaf, PlatformKeys.ROUTE_KEY);
                            continue;
                        }
                    }
                    p.identical(leaf);
                }
                default -> p.notCarried(leaf, PlatformKeys.ROUTE_KEY + " (`" + key + "`)");
            }
        }
        if (!cache.isEmpty()) {
            p.settings.put("cache", cache);
        }
    }
}
