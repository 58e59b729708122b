package dev.gantry.plan.platform;

import dev.gantry.catalog.CatalogInstance;
import dev.gantry.catalog.Connections;
import dev.gantry.catalog.ServiceType;
import dev.gantry.model.Service;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The endpoints relationships reach services and applications at: {@code http} for applications,
 * the kind's endpoint for services, and for SQL databases one endpoint per user: the service's
 * user (admin on every database) and one named after each further database.
 */
final class Endpoints {

    static final String APP_ENDPOINT = "http";

    private final Map<String, Service> services;
    private final Map<String, Placement> placements;
    private final Connections connections;

    Endpoints(Map<String, Service> services, Map<String, Placement> placements) {
        this.services = services;
        this.placements = placements;
        this.connections = new Connections(services);
    }

    /** The endpoint a relationship to {@code service} takes when it names none. */
    String primary(String service) {
        Placement placement = placements.get(service);
        if (placement.role() == Placement.Role.APP) {
            return APP_ENDPOINT;
        }
        ServiceType type = placement.type().orElseThrow();
        if (type.databases().isPresent()) {
            return instance(service).setting("user").orElseThrow();
        }
        return declared(service).stream().findFirst().orElse(type.endpoint());
    }

    /** Every endpoint of {@code service}, the primary first. */
    List<String> all(String service) {
        Set<String> out = new LinkedHashSet<>();
        out.add(primary(service));
        if (placements.get(service).type().flatMap(ServiceType::databases).isPresent()) {
            out.addAll(extraDatabases(service));
        }
        out.addAll(declared(service));
        return new ArrayList<>(out);
    }

    /** How a service gets an endpoint of a given name, for the hint when a relationship names one it lacks. */
    String howToAdd(String service) {
        Placement placement = placements.get(service);
        if (placement.role() == Placement.Role.APP) {
            return "an application has one endpoint, `" + APP_ENDPOINT + "`";
        }
        if (placement.type().flatMap(ServiceType::databases).isPresent()) {
            return "a database has an endpoint named after its user (`config.user` of `" + service + "`) and one"
                    + " named after each further database (`config.schemas`)";
        }
        return "declare it under `services." + service + ".platformsh.endpoints`, where the kind takes them"
                + " (Solr), or use the endpoint it has";
    }

    /** The endpoints the user declared under {@code services.<name>.platformsh.endpoints}. */
    private List<String> declared(String service) {
        return List.copyOf(services.get(service).settings().platformsh().endpoints().keySet());
    }

    /** A SQL service's databases: its own ({@code config.database}), then {@code config.schemas}. */
    List<String> databases(String service) {
        Set<String> out = new LinkedHashSet<>();
        out.add(instance(service).setting("database").orElseThrow());
        out.addAll(services.get(service).config().texts("schemas"));
        return new ArrayList<>(out);
    }

    /** The databases after the service's own, each reached by an endpoint of its name. */
    List<String> extraDatabases(String service) {
        List<String> all = databases(service);
        return all.subList(1, all.size());
    }

    CatalogInstance instance(String service) {
        return connections.instance(services.get(service)).orElseThrow();
    }
}
