package dev.gantry.importer;

import dev.gantry.diag.Position;

/** Where a setting stands in a file being imported: the file as the user named it, 1-based line and column. */
public record Origin(String file, int line, int column) implements Comparable<Origin> {

    /** A file as a whole, for what has no better place (a default, a file that was not found). */
    public static Origin of(String file) {
        return new Origin(file, 0, 0);
    }

    @Override
    public int compareTo(Origin other) {
        int byFile = file.compareTo(other.file);
        if (byFile != 0) {
            return byFile;
        }
        return line != other.line ? Integer.compare(line, other.line) : Integer.compare(column, other.column);
    }

    /** The place within the file, as diagnostics give it. */
    public Position position() {
        return line == 0 ? Position.UNKNOWN : new Position(line, column);
    }

    /** {@code file:line:col}, or the file alone when the place is the whole file. */
    @Override
    public String toString() {
        return line == 0 ? file : file + ":" + line + ":" + column;
    }
}
