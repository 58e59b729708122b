package dev.gantry.importer.verify;

import dev.gantry.importer.Carry;
import dev.gantry.importer.ImportContext;
import dev.gantry.importer.InputError;
import dev.gantry.importer.Setting;
import dev.gantry.importer.dockerfile.CanonicalInstructions;
import dev.gantry.importer.dockerfile.Dockerfile;
import dev.gantry.importer.dockerfile.DockerfileImporter;
import dev.gantry.importer.dockerfile.DockerfileParser;
import dev.gantry.importer.dockerfile.Instruction;
import dev.gantry.importer.draft.DraftList;
import dev.gantry.importer.draft.DraftMap;
import dev.gantry.importer.draft.DraftScalar;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An original Dockerfile against the Dockerfile Gantry generated: for each build stage, the
 * instructions of the image it became (its stages' targets, then its own), in one canonical form.
 * Instructions that later ones depend on (RUN, COPY, ENV, WORKDIR, USER) must come in the same
 * order; metadata (LABEL, EXPOSE, CMD, ENTRYPOINT, HEALTHCHECK, ARG) anywhere in the image.
 */
final class DockerfileComparison {

    private DockerfileComparison() {
    }

    static List<Row> compare(DockerfileImporter.Imported imported, String generatedText, ImportContext context,
            Claims claims) throws InputError {
        // no image carried, no Dockerfile generated: every instruction is then reported not carried
        Dockerfile generated = generatedText.isBlank() ? new Dockerfile("Dockerfile", '\\', List.of(), List.of())
                : DockerfileParser.parse(generatedText, "Dockerfile");
        Map<String, Dockerfile.BuildStage> targets = new HashMap<>();
        generated.stages().forEach(s -> targets.put(s.name(), s));
        Map<String, String> stageImages = new HashMap<>();
        for (Dockerfile.BuildStage stage : imported.parsed().stages()) {
            String image = imported.images().get(stage.index());
            if (image != null) {
                stageImages.put(Integer.toString(stage.index()), image);
                if (stage.name() != null) {
                    stageImages.put(stage.name(), image);
                }
            }
        }
        for (String image : context.images().keys()) {
            DraftMap draft = (DraftMap) context.images().get(image).orElseThrow();
            if (!draft.has("stages") && draft.get("from").isPresent()) {
                stageImages.putIfAbsent(String.valueOf(((DraftScalar) draft.get("from").get()).value()), image);
            }
        }
        CanonicalInstructions.Mapping mapping = new CanonicalInstructions.Mapping(imported.buildContext(), stageImages);
        List<Row> rows = new ArrayList<>();
        for (Instruction arg : imported.parsed().global()) {
            Setting setting = setting(imported.file(), arg);
            rows.add(claims.check(setting, arg.origin(), arg.shown(), "", Map.of(setting.key(), "")));
        }
        for (Dockerfile.BuildStage stage : imported.parsed().stages()) {
            String image = imported.images().get(stage.index());
            List<String> sequence = image == null ? List.of() : sequence(image, context, targets, generated.escape());
            rows.add(from(stage, image, sequence, imported, claims, stageImages));
            String name = imported.names().get(stage.index());
            boolean[] used = new boolean[sequence.size()];
            int next = 0;
            for (Instruction i : stage.instructions()) {
                Setting setting = DockerfileImporter.setting("images." + name, i);
                List<String> wanted = CanonicalInstructions.of(i, imported.parsed().escape(), mapping);
                boolean free = CanonicalInstructions.orderFree(i.keyword());
                boolean found = true;
                int position = next;
                for (String w : wanted) {
                    int at = find(sequence, used, w, free ? 0 : position);
                    if (at < 0) {
                        found = false;
                        break;
                    }
                    used[at] = true;
                    if (!free) {
                        position = at + 1;
                    }
                }
                if (found && !free) {
                    next = position;
                }
                Row row = claims.check(setting, i.origin(), i.shown(), "", found ? Map.of(setting.key(), "")
                        : Map.of());
                if (row.carry() != Carry.NOT_CARRIED && !found) {
                    row = new Row("", i.origin(), i.shown(), Carry.NOT_CARRIED, "not in the generated Dockerfile");
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static Row from(Dockerfile.BuildStage stage, String image, List<String> sequence,
            DockerfileImporter.Imported imported, Claims claims, Map<String, String> stageImages) {
        Instruction from = stage.from();
        Setting setting = DockerfileImporter.setting("images." + imported.names().get(stage.index()), from);
        boolean present = image != null && !sequence.isEmpty() && sequence.get(0).startsWith("FROM ");
        return claims.check(setting, from.origin(), from.shown(), "", present ? Map.of(setting.key(), "") : Map.of());
    }

    /** The generated instructions of an image, its stages' targets first, in canonical form, FROM first. */
    private static List<String> sequence(String image, ImportContext context, Map<String, Dockerfile.BuildStage> targets,
            char escape) {
        List<String> names = new ArrayList<>();
        DraftMap draft = (DraftMap) context.images().get(image).orElseThrow();
        Optional<dev.gantry.importer.draft.Draft> stages = draft.get("stages");
        if (stages.isPresent()) {
            for (dev.gantry.importer.draft.Draft s : ((DraftList) stages.get()).items()) {
                names.add(image + "-" + ((DraftScalar) ((DraftMap) s).get("name").orElseThrow()).value());
            }
        }
        names.add(image);
        List<String> out = new ArrayList<>();
        out.add("FROM " + draft.get("from").map(f -> String.valueOf(((DraftScalar) f).value())).orElse(""));
        for (String name : names) {
            Dockerfile.BuildStage stage = targets.get(name);
            if (stage == null) {
                continue;
            }
            for (Instruction i : stage.instructions()) {
                out.addAll(CanonicalInstructions.of(i, escape, CanonicalInstructions.Mapping.GENERATED));
            }
        }
        return out;
    }

    private static int find(List<String> sequence, boolean[] used, String wanted, int from) {
        for (int k = Math.max(from, 1); k < sequence.size(); k++) {
            if (!used[k] && sequence.get(k).equals(wanted)) {
                return k;
            }
        }
        return -1;
    }

    private static Setting setting(String file, Instruction i) {
        return DockerfileImporter.setting(file, i);
    }
}
