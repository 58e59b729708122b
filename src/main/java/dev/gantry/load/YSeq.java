package dev.gantry.load;

import dev.gantry.diag.Position;
import java.util.List;

public record YSeq(List<YNode> items, Position position) implements YNode {

    public YSeq {
        items = List.copyOf(items);
    }

    @Override
    public String kind() {
        return "a list";
    }
}
