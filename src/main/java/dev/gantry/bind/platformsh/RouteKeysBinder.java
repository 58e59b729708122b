package dev.gantry.bind.platformsh;

import dev.gantry.bind.Fields;
import dev.gantry.load.YMap;
import dev.gantry.model.platformsh.RouteKeys;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Binds the keys of a route besides where it leads: {@code id}, {@code tls}, {@code ssi},
 * {@code redirects}, {@code attributes}.
 */
final class RouteKeysBinder {

    private RouteKeysBinder() {
    }

    static RouteKeys bind(YMap route) {
        return new RouteKeys(Fields.string(route, "id"), Fields.optionalMap(route, "tls").map(RouteKeysBinder::tls),
                Fields.optionalFlag(route, "ssi"),
                Fields.optionalMap(route, "redirects").map(RouteKeysBinder::redirects),
                PlatformshSettingsBinder.texts(Fields.map(route, "attributes")));
    }

    private static RouteKeys.Tls tls(YMap tls) {
        return new RouteKeys.Tls(Fields.optionalMap(tls, "strict_transport_security").map(h -> new RouteKeys.Hsts(
                Fields.optionalFlag(h, "enabled"), Fields.optionalFlag(h, "include_subdomains"),
                Fields.optionalFlag(h, "preload"))),
                Fields.string(tls, "min_version").map(RouteKeys.TlsVersion::of),
                Fields.string(tls, "client_authentication")
                        .map(a -> RouteKeys.ClientAuthentication.valueOf(a.toUpperCase(Locale.ROOT))),
                Fields.strings(tls, "client_certificate_authorities"));
    }

    private static RouteKeys.Redirects redirects(YMap redirects) {
        Map<String, RouteKeys.RedirectPath> paths = new LinkedHashMap<>();
        Fields.map(redirects, "paths").entries().forEach((path, e) -> {
            YMap p = (YMap) e.value();
            paths.put(path, new RouteKeys.RedirectPath(Fields.string(p, "to").orElseThrow(),
                    Fields.optionalFlag(p, "regexp"), Fields.optionalFlag(p, "prefix"),
                    Fields.optionalFlag(p, "append_suffix"), PlatformshSettingsBinder.optionalInteger(p, "code"),
                    Optional.ofNullable(PlatformshSettingsBinder.typed(p, "expires"))));
        });
        return new RouteKeys.Redirects(Optional.ofNullable(PlatformshSettingsBinder.typed(redirects, "expires")),
                paths);
    }
}
