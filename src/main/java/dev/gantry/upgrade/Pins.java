package dev.gantry.upgrade;

import dev.gantry.diag.Position;
import dev.gantry.load.YMap;
import dev.gantry.load.YNode;
import dev.gantry.load.YScalar;
import dev.gantry.load.YSeq;
import dev.gantry.model.Environment;
import dev.gantry.model.Image;
import dev.gantry.model.ImageSource;
import dev.gantry.model.Located;
import dev.gantry.model.Project;
import dev.gantry.model.Service;
import dev.gantry.model.ServiceSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every version a project pins, each once at the place it is written (a service that several
 * environments run, or a value an alias repeats, is one pin), in the order of the file.
 */
public final class Pins {

    /** A scalar of the file: where it is in the file's own terms ({@code services.db.use}), and its text. */
    private record Scalar(String path, String text) {
    }

    /** A pin as it is found: what it is and whose, and the environments that run it so far. */
    private record Found(Pin.Kind kind, String owner, Set<String> environments) {
    }

    private final Project project;
    private final Map<Position, Scalar> scalars = new HashMap<>();
    private final Map<Position, Found> found = new TreeMap<>();

    private Pins(Project project, YNode root) {
        this.project = project;
        walk(root, "");
    }

    /** The pins of {@code project}, whose file's YAML tree is {@code root}. */
    public static List<Pin> of(Project project, YNode root) {
        Pins pins = new Pins(project, root);
        pins.collect();
        List<Pin> out = new ArrayList<>();
        pins.found.forEach((at, pin) -> out.add(new Pin(pin.kind(), at, pins.scalars.get(at).path(),
                pins.scalars.get(at).text(), pin.owner(), List.copyOf(pin.environments()))));
        return out;
    }

    private void walk(YNode node, String path) {
        if (node instanceof YMap map) {
            map.entries().forEach((key, e) -> walk(e.value(), path.isEmpty() ? key : path + "." + key));
        } else if (node instanceof YSeq seq) {
            for (int i = 0; i < seq.items().size(); i++) {
                walk(seq.items().get(i), path + "[" + i + "]");
            }
        } else if (node instanceof YScalar scalar) {
            scalars.putIfAbsent(scalar.position(), new Scalar(path, scalar.asText()));
        }
    }

    private void collect() {
        for (Image image : project.images().values()) {
            if (image.from().value() instanceof ImageSource.Published) {
                add(Pin.Kind.IMAGE, image.from(), image.id(), null);
            }
        }
        project.declaredServices().values().forEach(s -> service(s, null));
        for (Environment env : project.environments().values()) {
            env.services().values().forEach(s -> service(s, env));
            for (Service s : env.services().values()) {
                s.builtImage().map(this::root).ifPresent(image -> add(Pin.Kind.IMAGE, image.from(), image.id(), env));
            }
            env.settings().platformsh().ifPresent(p -> p.apps().forEach((app, settings) -> settings.type()
                    .ifPresent(type -> add(Pin.Kind.RUNTIME, type, app, env))));
        }
    }

    private void service(Service service, Environment env) {
        Located<ServiceSource> source = service.source();
        if (source.value() instanceof ServiceSource.Catalog) {
            add(Pin.Kind.CATALOG, source, service.id(), env);
        } else if (source.value() instanceof ServiceSource.Image image
                && image.source() instanceof ImageSource.Published published) {
            add(Pin.Kind.IMAGE, new Located<>(published, source.at()), service.id(), env);
        }
    }

    /** The image an image's nesting starts from: the one built from a published image. */
    private Image root(String imageId) {
        Image image = project.images().get(imageId);
        while (image.parent().isPresent()) {
            image = project.images().get(image.parent().get());
        }
        return image;
    }

    private void add(Pin.Kind kind, Located<?> value, String owner, Environment env) {
        if (value.value() instanceof ImageSource.Published p && p.reference().tag().isEmpty()
                && p.reference().digest().isEmpty()) {
            return; // scratch: nothing to version
        }
        Found pin = found.computeIfAbsent(value.at(), at -> new Found(kind, owner, new LinkedHashSet<>()));
        if (env != null) {
            pin.environments().add(env.id());
        }
    }
}
