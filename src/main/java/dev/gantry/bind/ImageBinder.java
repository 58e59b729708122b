package dev.gantry.bind;

import static dev.gantry.bind.Fields.command;
import static dev.gantry.bind.Fields.healthcheck;
import static dev.gantry.bind.Fields.list;
import static dev.gantry.bind.Fields.scalarMap;
import static dev.gantry.bind.Fields.string;

import dev.gantry.diag.Position;
import dev.gantry.load.YMap;
import dev.gantry.load.YNode;
import dev.gantry.load.YScalar;
import dev.gantry.model.CopySpec;
import dev.gantry.model.Image;
import dev.gantry.model.ImageReference;
import dev.gantry.model.ImageSource;
import dev.gantry.model.Located;
import dev.gantry.model.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Binds {@code images:} entries. */
public final class ImageBinder {

    private ImageBinder() {
    }

    public static Image bind(String name, YMap map, Position keyAt, Set<String> imageNames) {
        YScalar from = (YScalar) map.get("from").orElseThrow();
        String ref = from.asText();
        ImageSource source = imageNames.contains(ref) ? new ImageSource.Built(ref)
                : new ImageSource.Published(ImageReference.parse(ref));
        List<Integer> expose = new ArrayList<>();
        for (YNode port : list(map, "expose")) {
            expose.add(((Long) ((YScalar) port).value()).intValue());
        }
        List<Stage> stages = new ArrayList<>();
        for (YNode node : list(map, "stages")) {
            stages.add(stage((YMap) node, stages.size()));
        }
        return new Image(new Located<>(name, keyAt), string(map, "description"),
                new Located<>(source, from.position()), scalarMap(map, "args"),
                new Image.ImageConfig(scalarMap(map, "env"), scalarMap(map, "labels"), string(map, "workdir"),
                        string(map, "user"), expose, command(map, "entrypoint"), command(map, "cmd"),
                        healthcheck(map, "healthcheck"), RawBinder.endLines(map)),
                stages);
    }

    private static Stage stage(YMap map, int index) {
        List<CopySpec> copies = new ArrayList<>();
        for (YNode node : list(map, "copy")) {
            copies.add(copy(node));
        }
        return new Stage(string(map, "name").orElseThrow(), index, map.position(), string(map, "description"),
                scalarMap(map, "env"), string(map, "workdir"), string(map, "user"), copies,
                Fields.locatedStrings(map, "run"), RawBinder.instructions(map));
    }

    private static CopySpec copy(YNode node) {
        if (node instanceof YScalar s) {
            return new CopySpec(List.of(s.asText()), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty());
        }
        YMap map = (YMap) node;
        List<String> sources = map.get("src").orElseThrow() instanceof YScalar s ? List.of(s.asText())
                : Fields.strings(map, "src");
        return new CopySpec(sources, string(map, "dest"), string(map, "chown"), string(map, "chmod"),
                string(map, "from"));
    }
}
