package dev.gantry.diag;

/**
 * Ids no longer reported, never to be given to another problem. An id of the first releases that
 * named a category of problems rather than one is retired when its problems get ids of their own.
 */
public enum RetiredId {
    E026("a rule of the schema without a wording of its own",
            "every keyword of the schema has its own id now (E020 to E037)");

    private final String meant;
    private final String now;

    RetiredId(String meant, String now) {
        this.meant = meant;
        this.now = now;
    }

    public String id() {
        return name();
    }

    /** What the id was reported for. */
    public String meant() {
        return meant;
    }

    /** Where its problems went. */
    public String now() {
        return now;
    }
}
