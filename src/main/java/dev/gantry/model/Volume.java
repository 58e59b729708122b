package dev.gantry.model;

import java.util.Optional;

/** A named volume ({@code data:/var/lib/mysql}) or a bind mount of a project folder ({@code ./app:/app}). */
public record Volume(String source, String target, boolean readOnly, Optional<String> size) {

    public boolean isBindMount() {
        return source.startsWith("./") || source.startsWith("../") || source.equals(".") || source.startsWith("/");
    }
}
