package dev.gantry.importer.compose;

import dev.gantry.importer.InputError;
import java.util.List;

/** How the settings under one compose key reach environment.yaml: one entry of {@link ComposeKeys}. */
@FunctionalInterface
interface KeyRule {

    void carry(ServiceImport service, List<Leaf> leaves) throws InputError;
}
