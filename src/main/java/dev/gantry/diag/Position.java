package dev.gantry.diag;

/**
 * A place in a source file: 1-based line and column. {@link #UNKNOWN} sorts first. Positions are
 * map keys on the hot path: equals and hashCode are written out, because a record's generated ones
 * cost each run a method-handle bootstrap at their first call.
 */
public record Position(int line, int column) implements Comparable<Position> {

    public static final Position UNKNOWN = new Position(0, 0);

    @Override
    public int compareTo(Position other) {
        return line != other.line ? Integer.compare(line, other.line) : Integer.compare(column, other.column);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Position p && p.line == line && p.column == column;
    }

    @Override
    public int hashCode() {
        return 31 * line + column;
    }

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
