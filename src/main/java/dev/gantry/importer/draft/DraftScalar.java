package dev.gantry.importer.draft;

/** A string, a whole number (Long), a number with a fraction (Double), a Boolean, or null. */
public record DraftScalar(Object value) implements Draft {

    public static final DraftScalar NULL = new DraftScalar(null);

    public static DraftScalar of(String text) {
        return new DraftScalar(text);
    }

    public static DraftScalar of(long number) {
        return new DraftScalar(number);
    }

    public static DraftScalar of(boolean flag) {
        return new DraftScalar(flag);
    }

    @Override
    public Draft copy() {
        return this;
    }
}
