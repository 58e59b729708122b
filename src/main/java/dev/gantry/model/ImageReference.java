package dev.gantry.model;

import java.util.Optional;

/** A parsed image reference: {@code [registry/]repository[:tag][@digest]}. */
public record ImageReference(String repository, Optional<String> tag, Optional<String> digest) {

    public static ImageReference parse(String text) {
        String rest = text;
        Optional<String> digest = Optional.empty();
        int at = rest.indexOf('@');
        if (at >= 0) {
            digest = Optional.of(rest.substring(at + 1));
            rest = rest.substring(0, at);
        }
        Optional<String> tag = Optional.empty();
        int colon = rest.lastIndexOf(':');
        if (colon > rest.lastIndexOf('/')) {
            tag = Optional.of(rest.substring(colon + 1));
            rest = rest.substring(0, colon);
        }
        return new ImageReference(rest, tag, digest);
    }

    /** Pinned to a version or digest; `scratch`, Docker's empty image, never changes. */
    public boolean isPinned() {
        return digest.isPresent() || tag.filter(t -> !t.equals("latest")).isPresent()
                || (repository.equals("scratch") && tag.isEmpty());
    }

    @Override
    public String toString() {
        return repository + tag.map(t -> ":" + t).orElse("") + digest.map(d -> "@" + d).orElse("");
    }
}
