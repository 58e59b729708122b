package dev.gantry.model.platformsh;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The keys of a route besides where it leads: its id, TLS, server-side includes, redirects and attributes. */
public record RouteKeys(Optional<String> id, Optional<Tls> tls, Optional<Boolean> ssi, Optional<Redirects> redirects,
        Map<String, String> attributes) {

    public static final RouteKeys NONE = new RouteKeys(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Map.of());

    /** {@code tls.min_version}. */
    public enum TlsVersion {
        TLS_1_0("TLSv1.0"), TLS_1_1("TLSv1.1"), TLS_1_2("TLSv1.2"), TLS_1_3("TLSv1.3");

        private final String value;

        TlsVersion(String value) {
            this.value = value;
        }

        public String value() {
            return value;
        }

        public static TlsVersion of(String value) {
            return java.util.Arrays.stream(values()).filter(v -> v.value.equals(value)).findFirst().orElseThrow();
        }
    }

    /** {@code tls.client_authentication}. */
    public enum ClientAuthentication {
        REQUEST, REQUIRE;

        public String value() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The route's TLS settings; empty values are Platform.sh's defaults. */
    public record Tls(Optional<Hsts> strictTransportSecurity, Optional<TlsVersion> minVersion,
            Optional<ClientAuthentication> clientAuthentication, List<String> clientCertificateAuthorities) {
    }

    /** The Strict-Transport-Security header. */
    public record Hsts(Optional<Boolean> enabled, Optional<Boolean> includeSubdomains, Optional<Boolean> preload) {
    }

    /** Redirects the router makes under the route; {@code expires} keeps its YAML type (seconds or a duration). */
    public record Redirects(Optional<Object> expires, Map<String, RedirectPath> paths) {
    }

    /** One redirected path. */
    public record RedirectPath(String to, Optional<Boolean> regexp, Optional<Boolean> prefix,
            Optional<Boolean> appendSuffix, Optional<Integer> code, Optional<Object> expires) {
    }
}
