package dev.gantry.bind;

import static dev.gantry.bind.Fields.command;
import static dev.gantry.bind.Fields.flag;
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
import dev.gantry.model.ImageBuild;
import dev.gantry.model.ImageReference;
import dev.gantry.model.ImageSource;
import dev.gantry.model.Located;
import dev.gantry.model.Run;
import dev.gantry.model.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Binds {@code images:} entries, and an environment's changes to how it builds them. */
public final class ImageBinder {

    private ImageBinder() {
    }

    public static Image bind(String name, YMap map, Position keyAt, Set<String> imageNames) {
        YScalar from = (YScalar) map.get("from").orElseThrow();
        List<Integer> expose = new ArrayList<>();
        for (YNode port : list(map, "expose")) {
            expose.add(((Long) ((YScalar) port).value()).intValue());
        }
        List<Stage> stages = new ArrayList<>();
        for (YNode node : list(map, "stages")) {
            stages.add(stage((YMap) node, stages.size()));
        }
        return new Image(new Located<>(name, keyAt), string(map, "description"),
                new Located<>(source(from.asText(), imageNames, flag(map, "unpinned")), from.position()),
                scalarMap(map, "args"),
                new Image.ImageConfig(scalarMap(map, "env"), scalarMap(map, "labels"), string(map, "workdir"),
                        string(map, "user"), expose, command(map, "entrypoint"), command(map, "cmd"),
                        healthcheck(map, "healthcheck"), string(map, "stop_signal"), Fields.located(map, "syntax"),
                        RawBinder.endLines(map)),
                stages);
    }

    /** An image of this file by name, else a published image ({@code unpinned}: accepted without a version). */
    public static ImageSource source(String ref, Set<String> imageNames, boolean unpinned) {
        return imageNames.contains(ref) ? new ImageSource.Built(ref)
                : new ImageSource.Published(ImageReference.parse(ref), unpinned);
    }

    /** {@code environments.<env>.images.<name>}: another {@code from}, other {@code args}. */
    public static ImageBuild build(YMap map, Set<String> imageNames) {
        Optional<Located<ImageSource>> from = map.get("from").map(n -> new Located<>(
                source(((YScalar) n).asText(), imageNames, flag(map, "unpinned")), n.position()));
        return new ImageBuild(from, scalarMap(map, "args"), map.position());
    }

    private static Stage stage(YMap map, int index) {
        List<CopySpec> copies = new ArrayList<>();
        for (YNode node : list(map, "copy")) {
            copies.add(copy(node));
        }
        List<Run> runs = new ArrayList<>();
        for (YNode node : list(map, "run")) {
            runs.add(run(node));
        }
        return new Stage(string(map, "name").orElseThrow(), index, map.position(), string(map, "description"),
                scalarMap(map, "env"), string(map, "workdir"), string(map, "user"), copies, runs,
                RawBinder.instructions(map));
    }

    /** A command, or {@code {command, mounts}} with BuildKit mounts. */
    private static Run run(YNode node) {
        if (node instanceof YScalar s) {
            return new Run(new Located<>(s.asText(), s.position()), List.of());
        }
        YMap map = (YMap) node;
        List<Run.Mount> mounts = new ArrayList<>();
        for (YNode item : list(map, "mounts")) {
            YMap mount = (YMap) item;
            if (mount.get("cache").isPresent()) {
                mounts.add(new Run.Cache(string(mount, "cache").orElseThrow(), string(mount, "id"),
                        string(mount, "sharing")));
            } else if (mount.get("secret").isPresent()) {
                mounts.add(new Run.Secret(string(mount, "secret").orElseThrow(), string(mount, "target")));
            } else {
                mounts.add(new Run.Ssh(string(mount, "ssh")));
            }
        }
        YScalar command = (YScalar) map.get("command").orElseThrow();
        return new Run(new Located<>(command.asText(), command.position()), mounts);
    }

    private static CopySpec copy(YNode node) {
        if (node instanceof YScalar s) {
            return new CopySpec(List.of(s.asText()), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), false);
        }
        YMap map = (YMap) node;
        List<String> sources = map.get("src").orElseThrow() instanceof YScalar s ? List.of(s.asText())
                : Fields.strings(map, "src");
        return new CopySpec(sources, string(map, "dest"), string(map, "chown"), string(map, "chmod"),
                string(map, "from"), flag(map, "link"));
    }
}
