package dev.gantry.targets.pipelines;

import dev.gantry.util.GantryVersion;

/**
 * Gantry's GitHub Action (action.yml at the root of Gantry's repository) at the release of the
 * running version: what branch.yml sets Gantry up with when {@code pipelines.gantry} gives no jar.
 */
public record GantryAction(String uses, String version) {

    static GantryAction current() {
        return new GantryAction(GantryVersion.repository() + "@v" + GantryVersion.current(), GantryVersion.current());
    }
}
