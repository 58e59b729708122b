package dev.gantry.upgrade;

import dev.gantry.catalog.Catalog;
import dev.gantry.catalog.CatalogEntry;
import dev.gantry.catalog.Lifecycle;
import dev.gantry.catalog.Lifecycles;
import dev.gantry.catalog.Versions;
import dev.gantry.diag.Position;
import dev.gantry.model.ImageReference;
import java.util.List;
import java.util.Optional;

/**
 * One version environment.yaml pins, at the place it is written: a published image ({@code from:}
 * or a service's {@code image:}), a catalog service ({@code use: mariadb:10.11}) or a Platform.sh
 * runtime ({@code type: php:8.3}). {@code path} says where in the file's terms
 * ({@code services.db.use}); {@code owner} is the image or service it belongs to; {@code environments}
 * are those that run it.
 */
public record Pin(Kind kind, Position at, String path, String value, String owner, List<String> environments) {

    /** What the pinned value names. */
    public enum Kind { IMAGE, CATALOG, RUNTIME }

    /** The catalog kind, image repository or runtime: {@code mariadb}, {@code php}, {@code quay.io/coreos/etcd}. */
    public String product() {
        return kind == Kind.IMAGE ? ImageReference.parse(value).repository() : value.substring(0, value.indexOf(':'));
    }

    /** The version the value pins: {@code 10.11}; {@code 8.3} of {@code php:8.3-fpm}; none for a digest or a codename. */
    public Optional<String> version() {
        if (kind != Kind.IMAGE) {
            return Optional.of(value.substring(value.indexOf(':') + 1));
        }
        ImageReference image = ImageReference.parse(value);
        return image.digest().isPresent() ? Optional.empty() : image.tag().flatMap(Versions::leading);
    }

    /**
     * The value with another version, in place of the one it pins: {@code mariadb:11.4};
     * {@code php:8.4-fpm-bookworm} (the tag's variant stays); for an image tag that starts with no
     * version ({@code bookworm-slim}), {@code version} is the whole new tag.
     */
    public String with(String version) {
        if (kind != Kind.IMAGE) {
            return product() + ":" + version;
        }
        ImageReference image = ImageReference.parse(value);
        String tag = image.tag().orElse("");
        String rest = version().map(v -> tag.substring(v.length())).orElse("");
        return image.repository() + ":" + version + rest;
    }

    /** Where its support dates come from, when Gantry has them. */
    public Optional<Lifecycle> lifecycle() {
        return switch (kind) {
            case CATALOG -> Lifecycles.get().ofKind(product());
            case IMAGE -> Lifecycles.get().ofImage(product());
            case RUNTIME -> Lifecycles.get().ofRuntime(product());
        };
    }

    /** The release lines Gantry knows for it, oldest first: the catalog's, else those of its lifecycle. */
    public List<String> lines() {
        Optional<CatalogEntry> entry = catalogEntry();
        if (entry.isPresent()) {
            return entry.get().versions().lines().stream().sorted(Versions.ORDER).toList();
        }
        return lifecycle().map(l -> l.lines().keySet().stream().sorted(Versions.ORDER).toList()).orElse(List.of());
    }

    /** The catalog entry of a catalog pin. */
    public Optional<CatalogEntry> catalogEntry() {
        return kind == Kind.CATALOG ? Catalog.get().entry(product()) : Optional.empty();
    }

    /** The names it answers to on `gantry upgrade`'s command line besides its owner: product, and lifecycle. */
    boolean isCalled(String name) {
        return name.equals(product()) || name.equals(product().replaceFirst("^(docker\\.io/)?(library/)?", ""))
                || lifecycle().map(l -> l.product().equals(name)).orElse(false);
    }
}
