package dev.gantry.importer.source;

import dev.gantry.importer.Origin;
import java.util.Optional;

/**
 * A node of a file being imported (compose, Platform.sh), with where it stood. A tag the file gave
 * explicitly ({@code !include}, {@code !reset}) is kept; anchors are expanded and merge keys applied.
 */
public sealed interface SourceNode permits SourceMap, SourceList, SourceScalar {

    Origin origin();

    /** The explicit tag as written ({@code !include}), if any. */
    Optional<String> tag();

    /** "a mapping", "a list", "a string": how a message names what was found. */
    String kind();
}
