package dev.gantry.lint;

import dev.gantry.diag.Diagnostics;
import dev.gantry.diag.Position;
import dev.gantry.diag.Problem;
import dev.gantry.model.Environment;
import dev.gantry.model.Image;
import dev.gantry.model.ImageBuild;
import dev.gantry.model.ImageReference;
import dev.gantry.model.ImageSource;
import dev.gantry.model.Located;
import dev.gantry.model.Project;
import dev.gantry.model.Service;
import dev.gantry.model.ServiceSource;
import dev.gantry.util.Similarity;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Published images must be pinned to a version or digest (seed 002: never `latest`). A tag that
 * follows the newest release as `latest` does (no tag, `latest`, `stable`, `mainline`, `lts`,
 * `alpine`, `fpm`, ...) is not pinned either. A tag of a version line (`16`, `8.3-fpm`,
 * `bookworm-slim`) follows that line's patch releases: it is accepted, and so are catalog lines
 * (`mariadb:10.11`); only a full version or a digest holds one image. An image accepted without a
 * pin ({@code unpinned: true}) is a warning instead of an error, where a reviewer sees it.
 */
public final class PinnedImages implements LintRule {

    /** Words of tags that name a release channel or variant, not a version. */
    private static final Set<String> CHANNELS = Set.of("latest", "stable", "mainline", "edge", "lts", "current",
            "rolling", "nightly", "testing", "unstable", "sid", "alpine", "slim", "fpm", "cli", "apache", "zts");

    @Override
    public void check(Project project, Diagnostics diagnostics) {
        Set<String> images = project.images().keySet();
        for (Image image : project.images().values()) {
            check(image.from(), images, diagnostics);
        }
        for (Environment env : project.environments().values()) {
            for (ImageBuild build : env.images().values()) {
                build.from().ifPresent(from -> check(from, images, diagnostics));
            }
            for (Service service : env.services().values()) {
                if (service.source().value() instanceof ServiceSource.Image img) {
                    check(new Located<>(img.source(), service.source().at()), images, diagnostics);
                }
            }
        }
    }

    private static void check(Located<ImageSource> source, Set<String> images, Diagnostics diagnostics) {
        if (!(source.value() instanceof ImageSource.Published published)) {
            return;
        }
        ImageReference ref = published.reference();
        if (isPinned(ref)) {
            return;
        }
        String problem = ref.tag().isEmpty() && ref.digest().isEmpty()
                ? "has no tag, so every build may get a different image"
                : ref.tag().get().equals("latest") ? "uses the `latest` tag, which changes under you"
                : "uses the tag `" + ref.tag().get() + "`, which follows the newest release as `latest` does";
        Position at = source.at();
        if (published.unpinned()) {
            diagnostics.report(Problem.IMAGE_UNPINNED_ACCEPTED, at, ref, problem);
            return;
        }
        boolean tagless = ref.tag().isEmpty() && ref.digest().isEmpty();
        Optional<String> similar = tagless ? Similarity.closest(ref.repository(), images) : Optional.empty();
        if (similar.isPresent()) {
            // A name without a tag that is close to an image of the file is most likely a misspelt reference to it.
            diagnostics.report(Problem.IMAGE_NAME_LIKE_OWN, at, ref, similar.get(), ref.repository());
            return;
        }
        diagnostics.report(Problem.IMAGE_NOT_PINNED, at, ref, problem, ref.repository());
    }

    /** Pinned as this rule requires: a version or a digest, not a channel's tag; else `unpinned: true` is needed. */
    public static boolean isPinned(ImageReference ref) {
        return ref.isPinned() && !followsNewest(ref);
    }

    /** A tag without a version, made of channel and variant words only ({@code stable-alpine}). */
    private static boolean followsNewest(ImageReference ref) {
        if (ref.digest().isPresent() || ref.tag().isEmpty()) {
            return false;
        }
        String tag = ref.tag().get().toLowerCase(Locale.ROOT);
        if (tag.chars().anyMatch(Character::isDigit)) {
            return false;
        }
        for (String word : tag.split("[-_.]")) {
            if (!CHANNELS.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
