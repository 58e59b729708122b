package dev.gantry.model;

/** What an image or service starts from: an image of this project, or a published image. */
public sealed interface ImageSource {

    /** An image declared under {@code images:} in environment.yaml. */
    record Built(String image) implements ImageSource {
    }

    /**
     * A published image reference such as {@code php:8.3-fpm-bookworm}; {@code unpinned} when
     * environment.yaml accepts, explicitly, that it is not pinned to a version.
     */
    record Published(ImageReference reference, boolean unpinned) implements ImageSource {

        public Published(ImageReference reference) {
            this(reference, false);
        }
    }
}
