package dev.gantry.importer.draft;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A mapping in insertion order. Each key may carry comment lines above it and one comment after
 * its value; {@link #flow} asks for {@code {a: 1, b: 2}} on one line when the values are scalars.
 */
public final class DraftMap implements Draft {

    private static final class Slot {
        Draft value;
        final List<String> above = new ArrayList<>();
        String after;

        Slot(Draft value) {
            this.value = value;
        }
    }

    private final Map<String, Slot> slots = new LinkedHashMap<>();
    private boolean flow;

    public DraftMap put(String key, Draft value) {
        Slot slot = slots.get(key);
        if (slot == null) {
            slots.put(key, new Slot(value));
        } else {
            slot.value = value;
        }
        return this;
    }

    public DraftMap put(String key, String text) {
        return put(key, DraftScalar.of(text));
    }

    /** The mapping under {@code key}, made when missing. */
    public DraftMap map(String key) {
        Optional<Draft> existing = get(key);
        if (existing.isPresent() && existing.get() instanceof DraftMap m) {
            return m;
        }
        DraftMap made = new DraftMap();
        put(key, made);
        return made;
    }

    /** The list under {@code key}, made when missing. */
    public DraftList list(String key) {
        Optional<Draft> existing = get(key);
        if (existing.isPresent() && existing.get() instanceof DraftList l) {
            return l;
        }
        DraftList made = new DraftList();
        put(key, made);
        return made;
    }

    /** Adds a comment line above {@code key} (which must be present). */
    public DraftMap comment(String key, String line) {
        slots.get(key).above.add(line);
        return this;
    }

    /** Sets the comment after {@code key}'s value on its line (kept short) or, for a block value, after the key. */
    public DraftMap after(String key, String text) {
        slots.get(key).after = text;
        return this;
    }

    public Optional<Draft> get(String key) {
        Slot slot = slots.get(key);
        return slot == null ? Optional.empty() : Optional.of(slot.value);
    }

    public boolean has(String key) {
        return slots.containsKey(key);
    }

    public void remove(String key) {
        slots.remove(key);
    }

    public List<String> keys() {
        return List.copyOf(slots.keySet());
    }

    public boolean isEmpty() {
        return slots.isEmpty();
    }

    List<String> above(String key) {
        return slots.get(key).above;
    }

    Optional<String> afterOf(String key) {
        return Optional.ofNullable(slots.get(key).after);
    }

    public DraftMap flow() {
        this.flow = true;
        return this;
    }

    boolean isFlow() {
        return flow;
    }

    /** Copies the comments of {@code key} from {@code other}, where it has the key. */
    public void commentsFrom(DraftMap other, String key) {
        if (other.slots.containsKey(key) && slots.containsKey(key)) {
            Slot mine = slots.get(key);
            Slot theirs = other.slots.get(key);
            if (mine.above.isEmpty()) {
                mine.above.addAll(theirs.above);
            }
            if (mine.after == null) {
                mine.after = theirs.after;
            }
        }
    }

    @Override
    public DraftMap copy() {
        DraftMap copy = new DraftMap();
        copy.flow = flow;
        slots.forEach((key, slot) -> {
            copy.put(key, slot.value.copy());
            copy.slots.get(key).above.addAll(slot.above);
            copy.slots.get(key).after = slot.after;
        });
        return copy;
    }
}
