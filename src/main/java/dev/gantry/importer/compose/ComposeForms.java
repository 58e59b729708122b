package dev.gantry.importer.compose;

import dev.gantry.diag.Problem;
import dev.gantry.importer.InputError;
import dev.gantry.importer.source.SourceList;
import dev.gantry.importer.source.SourceMap;
import dev.gantry.importer.source.SourceNode;
import dev.gantry.importer.source.SourceScalar;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The long form of the compose keys that have two: {@code environment} and {@code labels} as
 * mappings ({@code - KEY=value} lines become keys), {@code depends_on} and {@code networks} as
 * mappings (a list names services or networks with no options), {@code build} as a mapping (a
 * string is its context), {@code extra_hosts} as a mapping of host to address.
 */
final class ComposeForms {

    private ComposeForms() {
    }

    /** {@code - KEY=value} and {@code - KEY} items as keys; {@code KEY} alone is null (taken from the shell). */
    static SourceMap keyValues(SourceNode node, String what, char separator) throws InputError {
        if (node instanceof SourceMap map) {
            return map;
        }
        if (!(node instanceof SourceList list)) {
            throw new InputError(node.origin(), Problem.COMPOSE_MAPPING_OR_LIST, what, node.kind());
        }
        Map<String, SourceMap.Entry> entries = new LinkedHashMap<>();
        for (SourceNode item : list.items()) {
            if (!(item instanceof SourceScalar scalar)) {
                throw new InputError(item.origin(), Problem.COMPOSE_STRING_ITEM, what, item.kind());
            }
            String text = scalar.text();
            int at = text.indexOf(separator);
            String key = at < 0 ? text : text.substring(0, at);
            SourceNode value = at < 0 ? new SourceScalar("", true, scalar.origin(), Optional.empty())
                    : SourceScalar.of(text.substring(at + 1), scalar.origin());
            entries.put(key, new SourceMap.Entry(key, scalar.origin(), value));
        }
        return new SourceMap(entries, node.origin(), Optional.empty());
    }

    /** A list of names as a mapping of name to an empty mapping, as compose reads it. */
    static SourceMap named(SourceNode node, String what, String defaultKey, String defaultValue) throws InputError {
        if (node instanceof SourceMap map) {
            Map<String, SourceMap.Entry> entries = new LinkedHashMap<>();
            for (SourceMap.Entry e : map.list()) {
                SourceNode value = e.value() instanceof SourceScalar s && s.isNull()
                        ? SourceMap.empty(e.value().origin()) : e.value();
                entries.put(e.key(), new SourceMap.Entry(e.key(), e.keyOrigin(), value));
            }
            return new SourceMap(entries, map.origin(), Optional.empty());
        }
        if (!(node instanceof SourceList list)) {
            throw new InputError(node.origin(), Problem.COMPOSE_MAPPING_OR_LIST, what, node.kind());
        }
        Map<String, SourceMap.Entry> entries = new LinkedHashMap<>();
        for (SourceNode item : list.items()) {
            if (!(item instanceof SourceScalar scalar)) {
                throw new InputError(item.origin(), Problem.COMPOSE_NAME_ITEM, what, item.kind());
            }
            SourceMap value = SourceMap.empty(scalar.origin());
            if (defaultKey != null) {
                value = value.with(defaultKey, scalar.origin(), SourceScalar.of(defaultValue, scalar.origin()));
            }
            entries.put(scalar.text(), new SourceMap.Entry(scalar.text(), scalar.origin(), value));
        }
        return new SourceMap(entries, node.origin(), Optional.empty());
    }

    static SourceMap build(SourceNode node) throws InputError {
        if (node instanceof SourceScalar scalar) {
            return SourceMap.empty(scalar.origin()).with("context", scalar.origin(), scalar);
        }
        if (node instanceof SourceMap map) {
            return map;
        }
        throw new InputError(node.origin(), Problem.COMPOSE_BUILD_FORM, node.kind());
    }

    /** The canonical form of every key that has two, in a service mapping. */
    static SourceMap canonical(SourceMap service) throws InputError {
        SourceMap out = service;
        for (SourceMap.Entry e : service.list()) {
            SourceNode value = e.value();
            SourceNode canonical = switch (e.key()) {
                case "environment" -> keyValues(value, "environment", '=');
                case "labels" -> keyValues(value, "labels", '=');
                case "extra_hosts" -> keyValues(value, "extra_hosts", ':');
                case "depends_on" -> named(value, "depends_on", "condition", "service_started");
                case "networks" -> named(value, "networks", null, null);
                case "build" -> build(value);
                default -> value;
            };
            if (canonical != value) {
                out = out.with(e.key(), e.keyOrigin(), canonical);
            }
        }
        return out;
    }

    /** The text of a scalar, for messages and values. */
    static String text(SourceNode node, String what) throws InputError {
        if (node instanceof SourceScalar scalar) {
            return scalar.text();
        }
        throw new InputError(node.origin(), Problem.COMPOSE_SINGLE_VALUE, what, node.kind());
    }

}
