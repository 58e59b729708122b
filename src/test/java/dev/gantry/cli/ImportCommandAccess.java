package dev.gantry.cli;

import dev.gantry.importer.ImportRequest;
import java.util.List;

/** Lets the importer's tests reach how the import command groups its files by environment. */
public final class ImportCommandAccess {

    private ImportCommandAccess() {
    }

    public static List<ImportRequest.Group> groups(List<String> args) {
        return ImportCommand.groups(args);
    }
}
