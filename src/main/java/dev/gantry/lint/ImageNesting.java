package dev.gantry.lint;

import dev.gantry.diag.Diagnostics;
import dev.gantry.diag.Problem;
import dev.gantry.model.CopySpec;
import dev.gantry.model.Image;
import dev.gantry.model.Project;
import dev.gantry.model.Stage;
import dev.gantry.util.Cycles;
import dev.gantry.util.Similarity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Images may build on one another, but not in a circle, whichever image an environment starts each
 * from, and not on more than {@link #MAX_BELOW} others: each stage file holds every image its image
 * builds on, so the output of a chain grows as the square of its length. `copy.from` must name an
 * image. A cycle is one error, at the `from` of its first image in the file.
 */
final class ImageNesting implements LintRule {

    /** The most images one image may build on, through {@code from} and {@code copy: from}. */
    static final int MAX_BELOW = 100;

    @Override
    public void check(Project project, Diagnostics diagnostics) {
        Set<String> onCycle = new HashSet<>();
        // One walk up each image's own `from` finds the cycles however long the chains; an image that an
        // environment starts from another image too is searched through all of them.
        List<List<String>> cycles = new ArrayList<>(Cycles.of(project.images().keySet(),
                id -> Optional.ofNullable(project.images().get(id)).flatMap(Image::parent)));
        cycles.forEach(onCycle::addAll);
        for (Image image : project.images().values()) {
            if (!onCycle.contains(image.id()) && project.parents(image.id()).size() > 1) {
                List<String> cycle = cycle(project, image.id(), new ArrayList<>(List.of(image.id())));
                if (!cycle.isEmpty()) {
                    onCycle.addAll(cycle);
                    cycles.add(cycle);
                }
            }
        }
        for (List<String> cycle : cycles) {
            diagnostics.report(Problem.IMAGE_CYCLE, project.images().get(cycle.get(0)).from().at(), cycle.get(0),
                    Cycles.describe(cycle));
        }
        for (Image image : project.images().values()) {
            checkCopies(project, image, diagnostics);
        }
        if (onCycle.isEmpty()) {
            checkDepth(project, diagnostics);
        }
    }

    /** A path back to the first image of {@code path} through the images the last one may start from; empty if none. */
    private static List<String> cycle(Project project, String id, List<String> path) {
        for (String parent : project.parents(id)) {
            if (parent.equals(path.get(0))) {
                List<String> out = new ArrayList<>(path);
                out.add(parent);
                return out;
            }
            if (!path.contains(parent)) {
                path.add(parent);
                List<String> found = cycle(project, parent, path);
                if (!found.isEmpty()) {
                    return found;
                }
                path.remove(path.size() - 1);
            }
        }
        return List.of();
    }

    /**
     * Each image that builds on more than {@link #MAX_BELOW} others while what it needs does not: where a
     * chain passes the limit. Counting stops past the limit.
     */
    private static void checkDepth(Project project, Diagnostics diagnostics) {
        Map<String, Boolean> tooDeep = new HashMap<>();
        for (Image image : project.images().values()) {
            tooDeep.put(image.id(), imagesBelow(project, image.id()) > MAX_BELOW);
        }
        for (Image image : project.images().values()) {
            if (tooDeep.get(image.id())
                    && needs(project, image).stream().noneMatch(n -> tooDeep.getOrDefault(n, false))) {
                diagnostics.report(Problem.IMAGE_CHAIN_TOO_LONG, image.from().at(), image.id(), MAX_BELOW);
            }
        }
    }

    /** How many other images {@code id} builds on, counted up to one past the limit. */
    private static int imagesBelow(Project project, String id) {
        Set<String> seen = new HashSet<>(List.of(id));
        List<String> work = new ArrayList<>(List.of(id));
        while (!work.isEmpty() && seen.size() <= MAX_BELOW + 1) {
            Image image = project.images().get(work.remove(work.size() - 1));
            if (image != null) {
                needs(project, image).stream().filter(seen::add).forEach(work::add);
            }
        }
        return seen.size() - 1;
    }

    /** The images {@code image} builds on directly: every image an environment may start it from, and those it copies from. */
    private static List<String> needs(Project project, Image image) {
        List<String> out = new ArrayList<>(project.parents(image.id()));
        image.stages().forEach(s -> s.copy().forEach(c -> c.fromImage().ifPresent(out::add)));
        return out;
    }

    private static void checkCopies(Project project, Image image, Diagnostics diagnostics) {
        for (Stage stage : image.stages()) {
            for (CopySpec copy : stage.copy()) {
                copy.fromImage().filter(from -> !project.images().containsKey(from)).ifPresent(from ->
                        diagnostics.report(Problem.COPY_FROM_UNKNOWN_IMAGE, stage.at(), stage.name(), from,
                                Similarity.didYouMean(from, project.images().keySet(), "images")));
            }
        }
    }
}
