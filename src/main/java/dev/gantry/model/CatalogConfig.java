package dev.gantry.model;

import dev.gantry.diag.Position;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A catalog service's {@code config:} settings, in source order, each with the place of its key.
 * {@code at} is the block itself (or the service when it has none).
 */
public record CatalogConfig(Position at, Map<String, Setting> settings) {

    /**
     * One setting: {@code value} as YAML typed it (a String, Long, Double or Boolean, or a List of
     * Strings), {@code text} as a user means it in a string context ({@code 1.10} stays "1.10").
     */
    public record Setting(Position keyAt, Position at, Object value, String text) {

        public boolean isList() {
            return value instanceof List<?>;
        }
    }

    public boolean isEmpty() {
        return settings.isEmpty();
    }

    public Optional<Setting> get(String key) {
        return Optional.ofNullable(settings.get(key));
    }

    /** A scalar setting as text; empty when absent or a list. */
    public Optional<String> text(String key) {
        return get(key).filter(s -> !s.isList()).map(Setting::text);
    }

    /** A scalar setting as text with the place of its value. */
    public Optional<Located<String>> located(String key) {
        return get(key).filter(s -> !s.isList()).map(s -> new Located<>(s.text(), s.at()));
    }

    /** Whether a setting is {@code true}; false when absent or anything else. */
    public boolean flag(String key) {
        return get(key).map(s -> Boolean.TRUE.equals(s.value())).orElse(false);
    }

    /** A list setting's items; empty when absent or a scalar. */
    public List<String> texts(String key) {
        return get(key).filter(Setting::isList).map(s -> ((List<?>) s.value()).stream().map(String::valueOf).toList())
                .orElse(List.of());
    }
}
