package dev.gantry.importer.dockerfile;

import dev.gantry.diag.Problem;
import dev.gantry.importer.Findings;
import dev.gantry.importer.ImportContext;
import dev.gantry.importer.InputError;
import dev.gantry.importer.Setting;
import dev.gantry.importer.source.SourceYaml;
import dev.gantry.lint.PinnedImages;
import dev.gantry.model.ImageReference;
import dev.gantry.render.Quote;
import dev.gantry.util.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns Dockerfiles into images of environment.yaml: each build stage an image (named after its
 * {@code AS} name), a stage built on another one {@code from: <that image>}, its instructions into
 * Gantry stages in their order, the image's metadata (labels, exposed ports, command, health check)
 * into the image's keys. An instruction Gantry cannot say is reported where it stands.
 */
public final class DockerfileImporter {

    /** A Dockerfile read: the image each stage became (null where none could be made), and the build args applied. */
    /**
     * A Dockerfile read: {@code names} the image name of each stage, {@code images} the same with null
     * where the stage could not be carried.
     */
    public record Imported(String file, Dockerfile parsed, List<String> names, List<String> images,
            Map<String, String> args, Optional<String> buildContext) {

        /** The image of a build target: the stage of that name, or the last one. */
        public Optional<String> image(Optional<String> target) {
            if (target.isEmpty()) {
                return Optional.ofNullable(images.get(images.size() - 1));
            }
            for (Dockerfile.BuildStage stage : parsed.stages()) {
                if (stage.name() != null && stage.name().equalsIgnoreCase(target.get())) {
                    return Optional.ofNullable(images.get(stage.index()));
                }
            }
            return Optional.empty();
        }
    }

    private final ImportContext context;
    private final Findings findings;
    private final Map<Path, Imported> done = new LinkedHashMap<>();
    private final Map<String, String> workdirs = new java.util.HashMap<>();

    public DockerfileImporter(ImportContext context) {
        this.context = context;
        this.findings = context.findings();
    }

    /**
     * Reads {@code file} once, built from the folder {@code buildContext} (relative to the output
     * folder; empty when outside it); its unnamed last stage becomes an image named {@code lastName},
     * and names taken already are prefixed with {@code owner}. {@code args} set build arguments.
     */
    public Imported read(Path file, String display, Optional<String> buildContext, String lastName, String owner,
            Map<String, String> args) throws InputError {
        Path key = file.toAbsolutePath().normalize();
        Imported seen = done.get(key);
        if (seen != null) {
            return seen;
        }
        Dockerfile parsed = DockerfileParser.parse(SourceYaml.text(file, display), display);
        List<String> names = new ArrayList<>();
        for (Dockerfile.BuildStage stage : parsed.stages()) {
            boolean last = stage.index() == parsed.stages().size() - 1;
            String wanted = stage.name() != null ? stage.name() : last ? lastName : "stage-" + stage.index();
            names.add(context.imageName(wanted, owner));
        }
        Map<String, String> global = new LinkedHashMap<>();
        for (Instruction arg : parsed.global()) {
            for (String[] pair : DockerWords.pairs(arg.args(), parsed.escape())) {
                String value = args.getOrDefault(pair[0], pair[1] == null ? "" : DockerWords.unquote(pair[1],
                        parsed.escape()).text());
                global.put(pair[0], value);
                findings.otherForm(setting(display, arg), arg.origin(), "substituted in FROM with the value "
                        + (args.containsKey(pair[0]) ? "the compose file's build args give" : "of its default")
                        + ", `" + value + "`; to start from another image in an environment, give it `images.<image>.from` there");
            }
        }
        List<String> images = new ArrayList<>(names);
        StageContext stages = new StageContext(parsed, display, names, global, args, buildContext);
        for (Dockerfile.BuildStage stage : parsed.stages()) {
            if (!new BuildStageImporter(this, stages, stage).run()) {
                images.set(stage.index(), null);
            }
        }
        Imported imported = new Imported(display, parsed, List.copyOf(names), images, Map.copyOf(args), buildContext);
        done.put(key, imported);
        warnAboutIgnoreFile(file, buildContext, display);
        return imported;
    }

    /** The context's .dockerignore only applies when the context is the project folder Gantry builds from. */
    private void warnAboutIgnoreFile(Path file, Optional<String> buildContext, String display) {
        if (buildContext.isPresent() && !buildContext.get().equals(".")) {
            Path ignore = context.outputFolder().resolve(buildContext.get()).resolve(".dockerignore");
            if (Files.isRegularFile(ignore)) {
                findings.warn(dev.gantry.importer.Origin.of(display), Problem.IMPORT_DOCKERIGNORE,
                        buildContext.get());
            }
        }
    }

    /** Every Dockerfile read so far, in the order read. */
    public List<Imported> all() {
        return List.copyOf(done.values());
    }

    ImportContext context() {
        return context;
    }

    Findings findings() {
        return findings;
    }

    Map<String, String> workdirs() {
        return workdirs;
    }

    /** How findings and verify name an instruction: what holds it (an image, or the file), its keyword and line. */
    public static Setting setting(String owner, Instruction instruction) {
        return new Setting("", owner, instruction.keyword() + " (line " + instruction.origin().line() + ")");
    }

    /** What the stages of one Dockerfile share while they are imported. */
    record StageContext(Dockerfile parsed, String display, List<String> names, Map<String, String> global,
            Map<String, String> args, Optional<String> buildContext) {
    }


    /** The arguments of an exec-form instruction, when they are a JSON array of strings. */
    static Optional<List<String>> execForm(String args) {
        String t = args.strip();
        if (!t.startsWith("[") || !Json.isStringArray(t)) {
            return Optional.empty();
        }
        try {
            List<String> out = new ArrayList<>();
            Json.read(t).forEach(n -> out.add(n.asText()));
            return Optional.of(out);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** A reference Gantry takes, pinned to a version or digest as lint requires (else it needs `unpinned: true`). */
    public static boolean isPinned(String reference) {
        return isReference(reference) && PinnedImages.isPinned(ImageReference.parse(reference));
    }

    /** The comment above an image import accepts with {@code unpinned: true}. */
    public static String unpinnedNote(String reference) {
        return "`" + reference + "` is a moving tag: `unpinned` accepts it, with a warning at generate; pin a version"
                + " where you can";
    }

    /** A reference to a published image as Gantry's schema writes it, pinned or not. */
    public static boolean isReference(String reference) {
        return reference.matches("(?:[a-zA-Z0-9.-]+(?::[0-9]+)?/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*"
                        + "(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?"
                        + "(?:@sha256:[a-f0-9]{64})?");
    }

    /** A word for the shell: as it is when it needs no quotes, else single-quoted. */
    static String shellWord(String word) {
        return word.matches("[A-Za-z0-9_./:=@%+,-]+") ? word : new Quote().sh(word);
    }
}
