package dev.gantry.target.ecs;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Writes a task definition with Jackson: keys in the records' declared order, 2-space indent, LF
 * line ends whatever the platform, {@code "key": value}; every string escaped by the JSON writer.
 */
final class TaskDefinitionJson {

    private static final ObjectWriter WRITER = JsonMapper.builder()
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build()
            .writer(new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n"))
                    .withSeparators(Separators.createDefaultInstance()
                            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)));

    private TaskDefinitionJson() {
    }

    static String write(TaskDefinition definition) {
        try {
            return WRITER.writeValueAsString(definition) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a task definition could not be written as JSON", e);
        }
    }
}
