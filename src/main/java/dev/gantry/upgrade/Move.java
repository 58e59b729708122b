package dev.gantry.upgrade;

import dev.gantry.catalog.Versions;
import java.util.List;
import java.util.Optional;

/**
 * Where a pin goes: {@code to}, the newest version that every target of the project runs (empty: it
 * stays), and for each newer version that was tried first, why the project refused it.
 */
public record Move(Pin pin, Optional<String> to, List<Refusal> refused) {

    /** A version a target cannot run, with the first error the project reported with it. */
    public record Refusal(String version, String reason) {
    }

    /** The pin's new value. */
    public Optional<String> value() {
        return to.map(pin::with);
    }

    /** Whether the move leaves the major line of the pinned version (10.11 to 11.4). */
    public boolean crossesMajor() {
        return to.isPresent() && pin.version().filter(v -> !Versions.major(v).equals(Versions.major(to.get())))
                .isPresent();
    }
}
