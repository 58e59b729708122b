package dev.gantry.importer.draft;

import java.util.ArrayList;
import java.util.List;

/** A list; written on one line ({@code [a, b]}) when its items are scalars and it fits. */
public final class DraftList implements Draft {

    private final List<Draft> items = new ArrayList<>();
    private final List<List<String>> comments = new ArrayList<>();

    public static DraftList of(List<String> texts) {
        DraftList list = new DraftList();
        texts.forEach(t -> list.add(DraftScalar.of(t)));
        return list;
    }

    public DraftList add(Draft item) {
        items.add(item);
        comments.add(new ArrayList<>());
        return this;
    }

    /** Adds an item with comment lines above it. */
    public DraftList add(Draft item, List<String> above) {
        add(item);
        comments.get(comments.size() - 1).addAll(above);
        return this;
    }

    public List<Draft> items() {
        return List.copyOf(items);
    }

    List<String> commentsOf(int index) {
        return comments.get(index);
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    @Override
    public Draft copy() {
        DraftList copy = new DraftList();
        for (int i = 0; i < items.size(); i++) {
            copy.add(items.get(i).copy(), comments.get(i));
        }
        return copy;
    }
}
