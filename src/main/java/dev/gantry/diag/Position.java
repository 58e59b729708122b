package dev.gantry.diag;

/** A place in a source file: 1-based line and column. {@link #UNKNOWN} sorts first. */
public record Position(int line, int column) implements Comparable<Position> {

    public static final Position UNKNOWN = new Position(0, 0);

    @Override
    public int compareTo(Position other) {
        return line != other.line ? Integer.compare(line, other.line) : Integer.compare(column, other.column);
    }

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
