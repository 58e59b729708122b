package dev.gantry.model;

/** What an image or service starts from: an image of this project, or a published image. */
public sealed interface ImageSource {

    /** An image declared under {@code images:} in environment.yaml. */
    record Built(String image) implements ImageSource {
    }

    /** A published image reference such as {@code php:8.3-fpm-bookworm}. */
    record Published(ImageReference reference) implements ImageSource {
    }
}
