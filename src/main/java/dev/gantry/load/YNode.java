package dev.gantry.load;

import dev.gantry.diag.Position;

/** A node of a loaded YAML document that remembers where it stood in the source. */
public sealed interface YNode permits YMap, YSeq, YScalar {

    Position position();

    /** A short word for the kind of value, as a user would say it ("a mapping", "a string"). */
    String kind();
}
