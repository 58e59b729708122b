package dev.gantry.importer.verify;

import dev.gantry.importer.Carry;
import dev.gantry.importer.Origin;

/** One setting of an original file and how the generated files carry it, in one environment. */
public record Row(String environment, Origin origin, String setting, Carry carry, String note) {
}
