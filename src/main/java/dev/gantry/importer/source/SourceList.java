package dev.gantry.importer.source;

import dev.gantry.importer.Origin;
import java.util.List;
import java.util.Optional;

public record SourceList(List<SourceNode> items, Origin origin, Optional<String> tag) implements SourceNode {

    public SourceList {
        items = List.copyOf(items);
    }

    @Override
    public String kind() {
        return "a list";
    }
}
