package dev.gantry.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gantry.load.YMap;
import dev.gantry.load.YNode;
import dev.gantry.load.YScalar;
import dev.gantry.load.YSeq;
import java.math.BigInteger;

/** Converts a YAML tree to the JSON tree the schema validator reads. */
public final class JsonTree {

    private static final JsonNodeFactory FACTORY = JsonNodeFactory.withExactBigDecimals(true);

    private JsonTree() {
    }

    public static JsonNode of(YNode node) {
        if (node instanceof YMap map) {
            ObjectNode object = FACTORY.objectNode();
            map.entries().forEach((key, entry) -> object.set(key, of(entry.value())));
            return object;
        }
        if (node instanceof YSeq seq) {
            ArrayNode array = FACTORY.arrayNode();
            seq.items().forEach(item -> array.add(of(item)));
            return array;
        }
        Object value = ((YScalar) node).value();
        if (value == null) {
            return FACTORY.nullNode();
        }
        if (value instanceof String s) {
            return FACTORY.textNode(s);
        }
        if (value instanceof Boolean b) {
            return FACTORY.booleanNode(b);
        }
        if (value instanceof Long l) {
            return FACTORY.numberNode(l);
        }
        if (value instanceof BigInteger big) {
            return FACTORY.numberNode(big);
        }
        return FACTORY.numberNode((Double) value);
    }
}
