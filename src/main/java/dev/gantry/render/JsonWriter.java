package dev.gantry.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.gantry.util.Records;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link Doc} as JSON with Jackson's generator: keys in the order they were put, 2-space
 * indent, LF line ends whatever the platform, {@code "key": value}; every string escaped by the
 * generator, a {@link Doc.Plain} written as the number or boolean it holds.
 */
public final class JsonWriter {

    private static final JsonFactory JSON = new JsonFactory();
    private static final DefaultPrettyPrinter PRINTER = printer("  ");
    /** Composer's layout for composer.json: 4-space indent. */
    private static final DefaultPrettyPrinter COMPOSER = printer("    ");

    private JsonWriter() {
    }

    private static DefaultPrettyPrinter printer(String indent) {
        return new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter(indent, "\n"))
                .withArrayIndenter(new DefaultIndenter(indent, "\n"))
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
    }

    /** {@code doc} as a JSON document ending in a line break. */
    public static String write(Doc doc) {
        return write(doc, PRINTER);
    }

    /** {@code doc} laid out as Composer writes composer.json (4-space indent), ending in a line break. */
    public static String writeComposer(Doc doc) {
        return write(doc, COMPOSER);
    }

    private static String write(Doc doc, DefaultPrettyPrinter printer) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.setPrettyPrinter(printer.createInstance());
            value(json, doc);
        } catch (IOException e) {
            throw new IllegalStateException("a document could not be written as JSON", e);
        }
        return out + "\n";
    }

    private static void value(JsonGenerator json, Doc value) throws IOException {
        if (value instanceof Doc.Mapping map) {
            json.writeStartObject();
            for (Map.Entry<String, Doc> entry : map.entries().entrySet()) {
                json.writeFieldName(entry.getKey());
                value(json, entry.getValue());
            }
            json.writeEndObject();
        } else if (value instanceof Doc.Sequence seq) {
            json.writeStartArray();
            for (Doc item : seq.items()) {
                value(json, item);
            }
            json.writeEndArray();
        } else if (value instanceof Doc.Text text) {
            json.writeString(text.value());
        } else if (value instanceof Doc.Plain plain) {
            json.writeRawValue(plain.text());
        } else {
            throw new IllegalStateException("JSON has no interpolated or tagged values: " + value);
        }
    }

    /**
     * A document of plain Java values: a record's non-null components in declared order, lists,
     * maps with string keys, strings, integers, booleans and documents. What targets whose artifact
     * is JSON build their typed parts from.
     */
    public static Doc tree(Object value) {
        if (value instanceof Doc doc) {
            return doc;
        }
        if (value instanceof Record record) {
            Doc.Mapping out = new Doc.Mapping();
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                Object field = Records.component(record, component);
                if (field != null) {
                    out.put(component.getName(), tree(field));
                }
            }
            return out;
        }
        if (value instanceof List<?> list) {
            return new Doc.Sequence(list.stream().map(JsonWriter::tree).toList());
        }
        if (value instanceof Map<?, ?> map) {
            Doc.Mapping out = new Doc.Mapping();
            map.forEach((k, v) -> out.put((String) k, tree(v)));
            return out;
        }
        if (value instanceof String text) {
            return new Doc.Text(text);
        }
        if (value instanceof Integer number) {
            return Doc.number(number.longValue());
        }
        if (value instanceof Boolean flag) {
            return Doc.flag(flag);
        }
        throw new IllegalStateException("no JSON form for a " + value.getClass().getName());
    }

}
