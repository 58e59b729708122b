package dev.gantry.init;

import dev.gantry.util.Similarity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The answers one question of `gantry init` takes: its words, and other names people give them
 * ({@code postgres} for {@code postgresql}), in any case. A word it does not know gets a
 * did-you-mean from the words and their other names.
 */
public final class Answers {

    private final List<String> words;
    private final Map<String, String> aliases = new LinkedHashMap<>();

    /** {@code aliases} as {@code alias:word} pairs. */
    public Answers(List<String> words, List<String> aliases) {
        this.words = List.copyOf(words);
        for (String pair : aliases) {
            String[] parts = pair.split(":", 2);
            if (!words.contains(parts[1])) {
                throw new IllegalArgumentException("alias " + parts[0] + " names no answer");
            }
            this.aliases.put(parts[0], parts[1]);
        }
    }

    public List<String> words() {
        return words;
    }

    /** The word {@code given} stands for, if it is one of the words or their other names. */
    public Optional<String> resolve(String given) {
        String word = given.strip().toLowerCase(Locale.ROOT);
        return words.contains(word) ? Optional.of(word) : Optional.ofNullable(aliases.get(word));
    }

    /** What to tell someone who gave {@code given}, which {@link #resolve} does not know. */
    public String hint(String given) {
        List<String> names = new ArrayList<>(words);
        names.addAll(aliases.keySet());
        String choose = "choose one of " + String.join(", ", words);
        return Similarity.closest(given, names).map(n -> "did you mean " + resolve(n).orElseThrow() + "? " + choose)
                .orElse(choose);
    }
}
