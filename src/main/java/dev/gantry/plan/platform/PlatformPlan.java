package dev.gantry.plan.platform;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What Platform.sh or Upsun runs for one environment, computed once: the applications (the one the
 * routes lead to is {@code mainApp}), services and routes, the {@code .environment} scripts, the VCL
 * files of Varnish services, the variables to set (secrets, and settings read with {@code from_env}),
 * and whether the applications go into the list form of the file even when there is one. The platformsh and upsun targets write it in
 * their formats; dump-prod reads the relationship and mount names from it.
 */
public record PlatformPlan(Platform platform, String environment, String kind, String mainApp,
        List<Application> apps, List<PlatformService> services, List<Route> routes, List<EnvironmentScript> scripts,
        List<Vcl> vcls, Variables variables, boolean s3, boolean applicationsFile) {

    /**
     * The Platform.sh variables the applications read: {@code secrets} (sensitive) and {@code settings}
     * ({@code from_env}, no secrets; their defaults are in the files).
     */
    public record Variables(List<String> secrets, List<String> settings) {
    }

    /** The application the routes lead to. */
    public Application main() {
        return apps.stream().filter(a -> a.name().equals(mainApp)).findFirst().orElseThrow();
    }

    /**
     * The relationship through which an application reaches {@code service} at its primary
     * endpoint: the routed application's, else the first other application's that has one.
     */
    public Optional<Relationship> relationshipTo(String service) {
        return mainFirst().filter(a -> a.relationships().names().containsKey(service)).findFirst()
                .map(a -> new Relationship(a.name(), a.relationships().names().get(service)));
    }

    /** The application and mount path that hold the files of {@code storage: {kind: nfs}}. */
    public Optional<Mount> nfsMount() {
        return mainFirst().filter(a -> a.storage().nfsMount().isPresent()).findFirst()
                .map(a -> new Mount(a.name(), a.storage().nfsMount().get()));
    }

    private Stream<Application> mainFirst() {
        return Stream.concat(Stream.of(main()), apps.stream());
    }

    /** A relationship of application {@code app}. */
    public record Relationship(String app, String name) {
    }

    /** A mount of application {@code app} at {@code path}, relative to its root. */
    public record Mount(String app, String path) {
    }

    /**
     * A VCL to write beside the services, at {@code file} (relative to their folder, as their
     * {@code !include} says): the user's text ({@code copiedFrom} set), or one generated for {@code backend}.
     */
    public record Vcl(String service, String file, String backend, Optional<String> copiedFrom, String text) {
    }
}
