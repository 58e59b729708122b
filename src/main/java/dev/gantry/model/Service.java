package dev.gantry.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A service as one environment runs it, after overrides, with its settings grouped by what they
 * are about. {@code etcd} holds its configuration keys for etcd, each path (relative to the
 * service, segments joined with {@code /}) with its value, in source order.
 */
public record Service(Located<String> name, Optional<String> description, Located<ServiceSource> source,
        CatalogConfig config, Process process, Variables variables, Networking network, Mounts mounts,
        ContainerOptions options, Placement placement, Map<String, Located<String>> etcd, ServiceSettings settings) {

    public String id() {
        return name.value();
    }

    public Optional<String> builtImage() {
        return source.value() instanceof ServiceSource.Image image
                && image.source() instanceof ImageSource.Built built ? Optional.of(built.image()) : Optional.empty();
    }

    /** The catalog kind and version, when the service is a catalog service. */
    public Optional<ServiceSource.Catalog> catalog() {
        return source.value() instanceof ServiceSource.Catalog use ? Optional.of(use) : Optional.empty();
    }

    /**
     * The services this one reaches, each where environment.yaml names it: its dependencies, the
     * services its env references, the service it is in front of.
     */
    public List<Located<String>> reached() {
        List<Located<String>> out = new ArrayList<>();
        network.dependsOn().forEach(d -> out.add(d.service()));
        variables.env().values().forEach(v -> {
            if (v.value() instanceof EnvValue.Ref ref) {
                out.add(new Located<>(ref.service(), v.at()));
            }
        });
        placement.inFrontOf().ifPresent(out::add);
        return out;
    }

    /** Runs no container in this environment: a managed service reached at its endpoint. */
    public boolean isExternal() {
        return placement.external().isPresent();
    }
}
