package dev.gantry.diag;

/**
 * Ids no longer reported, never to be given to another problem. An id of the first releases that
 * named a category of problems rather than one is retired when its problems get ids of their own.
 */
public enum RetiredId {
    E026("a rule of the schema without a wording of its own",
            "every keyword of the schema has its own id now (E020 to E037)"),
    E063("a target that cannot carry a setting (AWS ECS, Platform.sh and Upsun)",
            "each problem has its own id in the range of its target: E3xx (ECS), E4xx (Platform.sh and Upsun)"),
    E064("a setting a target needs, or one it cannot take (AWS ECS, Platform.sh and Upsun)",
            "each problem has its own id in the range of its target: E3xx (ECS), E4xx (Platform.sh and Upsun)"),
    E070("a secret whose source AWS ECS cannot read", "E315, E319 and E320"),
    E072("the size of an AWS ECS task or of its containers", "E327 to E337"),
    E073("a secret inside a value, which AWS ECS passes only as a whole variable", "E341 and E342"),
    W100("a setting a target does not carry (AWS ECS, Platform.sh and Upsun)",
            "each has its own id in the range of its target: W3xx (ECS), W4xx (Platform.sh and Upsun)"),
    W101("an AWS ECS setting nothing uses", "W302"),
    W110("a value AWS ECS adjusts to its ranges", "W304 and W310"),
    W401("a version past its end of life on Platform.sh or Upsun", "W419 (a service) and W424 (a runtime)");

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
