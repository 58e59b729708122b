package dev.gantry.targets.platformsh;

import dev.gantry.model.platformsh.RouteKeys;
import dev.gantry.plan.platform.Route;
import dev.gantry.render.Doc;
import java.util.List;

/** The routes as documents: Platform.sh's {@code routes.yaml} and Upsun's {@code routes} say the same. */
final class RouteDocuments {

    private RouteDocuments() {
    }

    /** The routes by URL, a blank line between them. */
    static Doc.Mapping routes(List<Route> routes) {
        Doc.Mapping out = new Doc.Mapping().spaced();
        for (Route route : routes) {
            Doc.Mapping r = new Doc.Mapping().text("type", route.upstream().isPresent() ? "upstream" : "redirect");
            if (route.primary()) {
                r.put("primary", Doc.flag(true));
            }
            route.keys().id().ifPresent(id -> r.text("id", id));
            r.text("upstream", route.upstream().orElse(null)).text("to", route.to().orElse(null));
            route.cache().ifPresent(cache -> {
                Doc.Mapping c = new Doc.Mapping().put("enabled", Doc.flag(cache.enabled()));
                cache.defaultTtl().ifPresent(ttl -> c.put("default_ttl", Doc.number(ttl)));
                cache.cookies().ifPresent(cookies -> c.put("cookies", PlatformDocuments.texts(cookies)));
                cache.headers().ifPresent(headers -> c.put("headers", PlatformDocuments.texts(headers)));
                r.put("cache", c);
            });
            keys(r, route.keys());
            out.put(route.url(), r);
        }
        return out;
    }

    /** A route's further keys, but its {@code id}: {@code ssi}, {@code tls}, {@code redirects}, {@code attributes}. */
    private static void keys(Doc.Mapping out, RouteKeys keys) {
        keys.ssi().ifPresent(ssi -> out.put("ssi", new Doc.Mapping().put("enabled", Doc.flag(ssi))));
        keys.tls().ifPresent(tls -> {
            Doc.Mapping t = new Doc.Mapping();
            tls.strictTransportSecurity().ifPresent(h -> {
                Doc.Mapping hsts = new Doc.Mapping();
                h.enabled().ifPresent(v -> hsts.put("enabled", Doc.flag(v)));
                h.includeSubdomains().ifPresent(v -> hsts.put("include_subdomains", Doc.flag(v)));
                h.preload().ifPresent(v -> hsts.put("preload", Doc.flag(v)));
                t.put("strict_transport_security", hsts);
            });
            tls.minVersion().ifPresent(v -> t.text("min_version", v.value()));
            tls.clientAuthentication().ifPresent(a -> t.text("client_authentication", a.value()));
            out.put("tls", t.texts("client_certificate_authorities", tls.clientCertificateAuthorities()));
        });
        keys.redirects().ifPresent(redirects -> {
            Doc.Mapping r = new Doc.Mapping();
            redirects.expires().ifPresent(e -> PlatformDocuments.scalar(r, "expires", e));
            Doc.Mapping paths = new Doc.Mapping();
            redirects.paths().forEach((path, p) -> {
                Doc.Mapping to = new Doc.Mapping().text("to", p.to());
                p.regexp().ifPresent(v -> to.put("regexp", Doc.flag(v)));
                p.prefix().ifPresent(v -> to.put("prefix", Doc.flag(v)));
                p.appendSuffix().ifPresent(v -> to.put("append_suffix", Doc.flag(v)));
                p.code().ifPresent(v -> to.put("code", Doc.number(v)));
                p.expires().ifPresent(e -> PlatformDocuments.scalar(to, "expires", e));
                paths.put(path, to);
            });
            out.put("redirects", r.put("paths", paths));
        });
        out.textMap("attributes", keys.attributes());
    }
}
