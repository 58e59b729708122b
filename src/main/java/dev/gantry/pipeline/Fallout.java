package dev.gantry.pipeline;

import dev.gantry.diag.Diagnostic;
import dev.gantry.diag.Position;
import dev.gantry.load.YMap;
import dev.gantry.load.YNode;
import dev.gantry.load.YScalar;
import dev.gantry.load.YSeq;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The errors a later stage finds only because of an error an earlier stage reported. The file is
 * seen as definitions (an image, a service, a secret, an environment, a service override of an
 * environment, any other top-level key): an earlier error inside one makes it <em>touched</em> (the
 * schema stage removed part of it, or resolving could not finish it). A later error follows from
 * that when it stands where the touched definition itself stands (its name or its value: "service
 * `app` has neither image nor use" after its image was removed) or on a mapping on the way to the
 * error (a settings block that misses the key the schema stage removed), or on a value that names it ("depends
 * on `db`, which is not defined" after `db` was removed). Every other later error is reported: it does
 * not depend on what was wrong.
 */
final class Fallout {

    private static final Fallout NONE = new Fallout(Set.of(), Set.of(), Set.of(), Set.of());

    /** A definition of the file: its name (empty for a top-level key), where it stands, where its text ends. */
    private record Definition(String name, Position key, Position value, Position end) {

        boolean holds(Position at) {
            return key.compareTo(at) <= 0 && at.compareTo(end) <= 0;
        }
    }

    private final Set<Position> itself;
    private final Set<Position> references;
    /**
     * The keys and values on the way down to an earlier error: another error there follows from it, and
     * so does a warning above it (a raw block that "goes nowhere" because its environment did not resolve).
     */
    private final Set<Position> around;

    /** Where the earlier errors stand: a warning there says something of its own. */
    private final Set<Position> errors;

    private Fallout(Set<Position> itself, Set<Position> references, Set<Position> around, Set<Position> errors) {
        this.itself = itself;
        this.references = references;
        this.around = around;
        this.errors = errors;
    }

    /** The fallout of {@code earlier} (their errors count) in the file whose tree is {@code root}. */
    static Fallout of(YNode root, Collection<Diagnostic> earlier) {
        List<Position> errors = earlier.stream().filter(Diagnostic::isError).map(Diagnostic::position)
                .filter(p -> !p.equals(Position.UNKNOWN)).toList();
        if (errors.isEmpty() || !(root instanceof YMap top)) {
            return NONE;
        }
        List<Definition> definitions = definitions(top);
        Set<Position> itself = new HashSet<>();
        Set<Position> around = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (Position error : errors) {
            Definition touched = null;
            for (Definition d : definitions) {
                if (d.holds(error) && (touched == null || touched.holds(d.key()))) {
                    touched = d;
                }
            }
            ancestors(top, error, around);
            if (touched != null) {
                itself.add(touched.key());
                itself.add(touched.value());
                if (!touched.name().isEmpty()) {
                    names.add(touched.name());
                }
            }
        }
        Set<Position> references = new HashSet<>();
        collectReferences(root, names, references);
        return new Fallout(itself, references, around, Set.copyOf(errors));
    }

    /**
     * The keys and values on the way from {@code node} down to the value an error stands on: a later
     * error at one of them (a settings block that misses the key the schema stage removed from it)
     * follows from that error.
     */
    private static void ancestors(YNode node, Position error, Set<Position> out) {
        if (node instanceof YMap map) {
            for (YMap.Entry e : map.entries().values()) {
                if (e.keyPosition().compareTo(error) <= 0 && error.compareTo(end(e.value(), e.keyPosition())) <= 0) {
                    out.add(e.keyPosition());
                    out.add(e.value().position());
                    ancestors(e.value(), error, out);
                    return;
                }
            }
        } else if (node instanceof YSeq seq) {
            for (YNode item : seq.items()) {
                if (item.position().compareTo(error) <= 0 && error.compareTo(end(item, item.position())) <= 0) {
                    out.add(item.position());
                    ancestors(item, error, out);
                    return;
                }
            }
        }
    }

    /** Whether {@code later} follows from the earlier errors, and is left out. */
    boolean follows(Diagnostic later) {
        return itself.contains(later.position()) || references.contains(later.position())
                || around.contains(later.position()) && (later.isError() || !errors.contains(later.position()));
    }

    private static List<Definition> definitions(YMap top) {
        List<Definition> out = new ArrayList<>();
        top.entries().forEach((key, entry) -> {
            boolean named = List.of("images", "services", "secrets", "environments").contains(key);
            if (named && entry.value() instanceof YMap collection) {
                collection.entries().forEach((name, definition) -> {
                    out.add(definition(name, definition));
                    if (key.equals("environments") && definition.value() instanceof YMap env
                            && env.get("services").orElse(null) instanceof YMap overrides) {
                        overrides.entries().forEach((service, override) -> out.add(definition(service, override)));
                    }
                });
            } else {
                out.add(new Definition("", entry.keyPosition(), entry.value().position(),
                        end(entry.value(), entry.keyPosition())));
            }
        });
        return out;
    }

    private static Definition definition(String name, YMap.Entry entry) {
        return new Definition(name, entry.keyPosition(), entry.value().position(),
                end(entry.value(), entry.keyPosition()));
    }

    /** The last position in {@code node}'s text: aliases to values above {@code start} do not count. */
    private static Position end(YNode node, Position start) {
        Position last = node.position().compareTo(start) >= 0 ? node.position() : start;
        if (node instanceof YMap map) {
            for (YMap.Entry e : map.entries().values()) {
                if (e.keyPosition().compareTo(last) > 0) {
                    last = e.keyPosition();
                }
                Position inner = end(e.value(), start);
                last = inner.compareTo(last) > 0 ? inner : last;
            }
        } else if (node instanceof YSeq seq) {
            for (YNode item : seq.items()) {
                Position inner = end(item, start);
                last = inner.compareTo(last) > 0 ? inner : last;
            }
        }
        return last;
    }

    /**
     * The scalars that name one of {@code names}, as a reference does ({@code db}, or {@code db.url}), and
     * the mappings of one such scalar ({@code {ref: db.url}}, {@code {secret: APP_SECRET}}), where the
     * value they are reports its problems.
     */
    private static void collectReferences(YNode node, Set<String> names, Set<Position> out) {
        if (node instanceof YMap map) {
            map.entries().values().forEach(e -> collectReferences(e.value(), names, out));
            if (map.entries().size() == 1 && map.entries().values().iterator().next().value() instanceof YScalar one
                    && names(one, names)) {
                out.add(map.position());
            }
        } else if (node instanceof YSeq seq) {
            seq.items().forEach(item -> collectReferences(item, names, out));
        } else if (node instanceof YScalar scalar && names(scalar, names)) {
            out.add(scalar.position());
        }
    }

    private static boolean names(YScalar scalar, Set<String> names) {
        String text = scalar.asText();
        int dot = text.indexOf('.');
        return scalar.isString() && (names.contains(text) || (dot > 0 && names.contains(text.substring(0, dot))));
    }
}
