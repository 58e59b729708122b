package dev.gantry.importer.compose;

import dev.gantry.importer.recognize.CatalogMatch;

/** Where an imported service's container comes from, as import decided it. */
sealed interface ServiceSource {

    /** An image of environment.yaml, built from a Dockerfile. */
    record Built(String image) implements ServiceSource {
    }

    /** A catalog service ({@code use:}). */
    record Catalog(CatalogMatch match) implements ServiceSource {
    }

    /** A published image; {@code pinned} false for a moving tag, which the service accepts with {@code unpinned}. */
    record Published(String reference, boolean pinned) implements ServiceSource {
    }

    /** No container Gantry can say: the service is left out, and every setting of it reported. */
    record Dropped(String reason) implements ServiceSource {
    }
}
