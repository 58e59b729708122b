package dev.gantry.importer.draft;

/**
 * A node of the environment.yaml that import writes: mappings in the order a person would write
 * them, with comments where import made a choice or could not carry something.
 */
public sealed interface Draft permits DraftMap, DraftList, DraftScalar {

    /** Whether two drafts say the same thing, comments aside. */
    static boolean same(Draft a, Draft b) {
        if (a instanceof DraftScalar x && b instanceof DraftScalar y) {
            return java.util.Objects.equals(x.value(), y.value());
        }
        if (a instanceof DraftList x && b instanceof DraftList y) {
            if (x.items().size() != y.items().size()) {
                return false;
            }
            for (int i = 0; i < x.items().size(); i++) {
                if (!same(x.items().get(i), y.items().get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof DraftMap x && b instanceof DraftMap y) {
            if (!x.keys().equals(y.keys())) {
                return false;
            }
            for (String key : x.keys()) {
                if (!same(x.get(key).orElseThrow(), y.get(key).orElseThrow())) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /** A deep copy, comments included. */
    Draft copy();
}
