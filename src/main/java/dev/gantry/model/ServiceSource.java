package dev.gantry.model;

import java.util.Optional;

/** Where a service's container comes from. */
public sealed interface ServiceSource {

    /** An image; {@code tagFromEnv} names the .env variable compose reads the tag of a published image from. */
    record Image(ImageSource source, Optional<Located<String>> tagFromEnv) implements ServiceSource {
    }

    /** A catalog service, {@code use: mariadb:10.11}. */
    record Catalog(String kind, String version) implements ServiceSource {
    }
}
