package dev.gantry.plan;

import dev.gantry.model.Image;
import dev.gantry.model.Project;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The project's images in build order (every image after those it needs, otherwise in file order),
 * and what each needs built first: its parents and the images it copies from, transitively. Computed
 * once; each image's dependencies are walked once.
 */
public final class ImageOrder {

    private final List<String> order;
    private final Map<String, Set<String>> needs = new HashMap<>();
    private final Project project;

    private ImageOrder(Project project) {
        this.project = project;
        this.order = of(project.images().keySet());
    }

    public static ImageOrder of(Project project) {
        return new ImageOrder(project);
    }

    /** Places {@code id} after everything it needs, visiting those in the order {@link #dependencies} lists them. */
    private void place(String id, Set<String> ids, Set<String> placed, List<String> out) {
        if (!placed.add(id)) {
            return;
        }
        for (String dependency : dependencies(id)) {
            if (!dependency.equals(id) && ids.contains(dependency)) {
                place(dependency, ids, placed, out);
            }
        }
        out.add(id);
    }

    /**
     * The images {@code image} builds on directly: its parents (every one an environment may start it
     * from), then the images its stages copy from.
     */
    private List<String> links(Image image) {
        List<String> out = new ArrayList<>(project.parents(image.id()));
        image.stages().forEach(s -> s.copy().forEach(c -> c.fromImage().ifPresent(out::add)));
        return out;
    }

    /** The build secrets that building {@code id} mounts, in its stages and those of the images it needs; sorted. */
    public List<String> buildSecrets(String id) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        dependencies(id).forEach(image -> out.addAll(project.buildSecrets(image)));
        return List.copyOf(out);
    }

    /** Every image, in build order. */
    public List<String> all() {
        return order;
    }

    /** {@code ids} in build order: each after those of them it needs, otherwise in file order. */
    public List<String> of(Set<String> ids) {
        List<String> out = new ArrayList<>();
        Set<String> placed = new java.util.HashSet<>();
        for (String id : project.images().keySet()) {
            if (ids.contains(id)) {
                place(id, ids, placed, out);
            }
        }
        return List.copyOf(out);
    }

    /**
     * The images {@code id} needs built first, transitively, and {@code id} itself: {@code id} first,
     * then the others as a depth-first walk finds them.
     */
    public Set<String> dependencies(String id) {
        return needs.computeIfAbsent(id, this::collect);
    }

    private Set<String> collect(String id) {
        Set<String> out = new LinkedHashSet<>();
        List<String> work = new ArrayList<>(List.of(id));
        while (!work.isEmpty()) {
            String current = work.remove(work.size() - 1);
            Image image = project.images().get(current);
            if (image != null && out.add(current)) {
                work.addAll(links(image));
            }
        }
        return out;
    }
}
