package dev.gantry.importer.compose;

import dev.gantry.importer.InputError;
import java.util.List;

/** How the settings under one compose key reach environment.yaml: one entry of {@link ComposeKeys}. */
@FunctionalInterface
interface KeyRule {

    void carry(ServiceImport service, List<Leaf> leaves) throws InputError;

    /** A key Gantry cannot say: each of its settings is reported with {@code reason}. */
    static KeyRule notCarried(String reason) {
        return (service, leaves) -> leaves.forEach(l -> service.notCarried(l, reason));
    }
}
