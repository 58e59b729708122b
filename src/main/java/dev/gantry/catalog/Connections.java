package dev.gantry.catalog;

import dev.gantry.model.EnvValue;
import dev.gantry.model.Port;
import dev.gantry.model.Service;
import dev.gantry.model.ServiceSource;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Resolves catalog services and {@code {ref: service.field}} values within one environment's services. */
public final class Connections {

    private final Map<String, Service> services;
    private final Function<Service, Endpoint> endpoints;

    public Connections(Map<String, Service> services) {
        this(services, Connections::endpoint);
    }

    /** Connections where {@code endpoints} says where each service is reached (e.g. localhost within one task). */
    public Connections(Map<String, Service> services, Function<Service, Endpoint> endpoints) {
        this.services = services;
        this.endpoints = endpoints;
    }

    /** Where a service is reached: its managed endpoint when it is external here, else its name. */
    public static Endpoint endpoint(Service service) {
        return service.placement().external().map(Endpoint::external).orElse(Endpoint.container(service.id()));
    }

    /** The catalog instance behind a service, when it is a catalog service. */
    public Optional<CatalogInstance> instance(Service service) {
        if (!(service.source().value() instanceof ServiceSource.Catalog use)) {
            return Optional.empty();
        }
        return Catalog.get().entry(use.kind()).map(entry ->
                new CatalogInstance(entry, service.id(), use.version(), service.config(), endpoints.apply(service),
                        InstanceNames.of(service)));
    }

    /** The value of a reference; lint has checked that the service and field exist. */
    public Value resolve(EnvValue.Ref ref) {
        Service target = services.get(ref.service());
        Optional<CatalogInstance> instance = instance(target);
        if (instance.isPresent()) {
            return instance.get().connection(ref.field()).orElseThrow();
        }
        return switch (ref.field()) {
            case "host" -> Value.text(endpoints.apply(target).host());
            case "port" -> Value.text(Integer.toString(endpoints.apply(target).port().orElse(
                    target.network().ports().stream().findFirst().map(Port::target).orElse(0))));
            default -> throw new IllegalStateException("unchecked reference field " + ref.field());
        };
    }
}
