package dev.gantry.model;

/** Where a service's container comes from. */
public sealed interface ServiceSource {

    record Image(ImageSource source) implements ServiceSource {
    }

    /** A catalog service, {@code use: mariadb:10.11}. */
    record Catalog(String kind, String version) implements ServiceSource {
    }
}
