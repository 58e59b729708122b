package dev.gantry.importer.dockerfile;

import dev.gantry.util.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Dockerfile instructions in one form each, so that an original Dockerfile and the one Gantry
 * generated compare by meaning: a shell-form RUN and the same command through {@code /bin/sh -c}
 * are one; CMD in shell form is its exec form through {@code /bin/sh -c}; ENV, LABEL, ARG and EXPOSE
 * one entry per variable, label or port; COPY sources relative to the project folder, {@code --from}
 * naming images.
 */
public final class CanonicalInstructions {

    /** How an original Dockerfile's paths and stages map to the generated one's. */
    public record Mapping(Optional<String> buildContext, Map<String, String> stageImages) {
        public static final Mapping GENERATED = new Mapping(Optional.of("."), Map.of());
    }

    private CanonicalInstructions() {
    }

    /** The instruction's entries; most instructions have one. */
    public static List<String> of(Instruction i, char escape, Mapping mapping) {
        List<String> out = new ArrayList<>();
        String args = i.args();
        switch (i.keyword()) {
            case "RUN" -> {
                StringBuilder mounts = new StringBuilder();
                String stripped = args.strip();
                while (stripped.startsWith("--mount=")) {
                    int end = stripped.indexOf(' ');
                    mounts.append(BuildKitMounts.canonical(stripped.substring(8, end < 0 ? stripped.length() : end)))
                            .append(' ');
                    stripped = end < 0 ? "" : stripped.substring(end).strip();
                }
                args = stripped;
                String prefix = "RUN " + mounts;
                Optional<List<String>> exec = DockerfileImporter.execForm(args);
                if (exec.isPresent() && exec.get().size() == 3 && exec.get().get(0).equals("/bin/sh")
                        && exec.get().get(1).equals("-c")) {
                    out.add(prefix + exec.get().get(2).replace("\\\n", ""));
                } else if (exec.isPresent()) {
                    out.add(prefix + String.join(" ", exec.get().stream().map(DockerfileImporter::shellWord).toList()));
                } else {
                    out.add(prefix + args);
                }
            }
            case "COPY", "ADD" -> out.add(copy(args, escape, mapping));
            case "ENV", "LABEL", "ARG" -> {
                for (String[] pair : DockerWords.pairs(args, escape)) {
                    String key = DockerWords.unquote(pair[0], escape).text();
                    String value = pair[1] == null ? "" : DockerWords.unquote(pair[1], escape).text();
                    out.add(i.keyword() + " " + key + "=" + value);
                }
            }
            case "EXPOSE" -> {
                for (String port : args.split("\\s+")) {
                    out.add("EXPOSE " + port.replaceFirst("/tcp$", ""));
                }
            }
            case "WORKDIR" -> out.add("WORKDIR " + DockerWords.unquote(args, escape).text());
            case "CMD", "ENTRYPOINT" -> out.add(i.keyword() + " " + exec(args));
            case "HEALTHCHECK" -> out.add(healthcheck(args));
            default -> out.add(i.keyword() + " " + args);
        }
        return out;
    }

    /** Instructions whose place among the others changes nothing a later instruction sees. */
    public static boolean orderFree(String keyword) {
        return List.of("LABEL", "EXPOSE", "CMD", "ENTRYPOINT", "HEALTHCHECK", "ARG", "STOPSIGNAL", "ONBUILD",
                "MAINTAINER").contains(keyword);
    }

    private static String exec(String args) {
        return DockerfileImporter.execForm(args).map(CanonicalInstructions::json)
                .orElseGet(() -> json(List.of("/bin/sh", "-c", args)));
    }

    private static String healthcheck(String args) {
        if (args.strip().equalsIgnoreCase("NONE")) {
            return "HEALTHCHECK NONE";
        }
        TreeSet<String> flags = new TreeSet<>();
        String rest = args.strip();
        while (rest.startsWith("--")) {
            int end = rest.indexOf(' ');
            flags.add(end < 0 ? rest : rest.substring(0, end));
            rest = end < 0 ? "" : rest.substring(end).strip();
        }
        String command = rest.length() >= 3 ? rest.substring(3).strip() : "";
        return "HEALTHCHECK " + String.join(" ", flags) + " CMD " + exec(command);
    }

    private static String copy(String args, char escape, Mapping mapping) {
        List<String> flags = new ArrayList<>();
        String rest = args.strip();
        while (rest.startsWith("--")) {
            int end = rest.indexOf(' ');
            flags.add(end < 0 ? rest : rest.substring(0, end));
            rest = end < 0 ? "" : rest.substring(end).strip();
        }
        String words = rest;
        List<String> parts = DockerfileImporter.execForm(words).orElseGet(() -> DockerWords.split(words, escape));
        Optional<String> from = DockerWords.flag(flags, "from");
        List<String> out = new ArrayList<>();
        for (int k = 0; k < parts.size() - 1; k++) {
            String source = parts.get(k);
            source = source.replaceFirst("^/+", "");
            if (from.isEmpty()) {
                String context = mapping.buildContext().orElse(".");
                if (!context.equals(".")) {
                    source = source.equals(".") || source.equals("./") ? context + "/"
                            : context + "/" + (source.startsWith("./") ? source.substring(2) : source);
                }
            }
            out.add(source);
        }
        if (!parts.isEmpty()) {
            out.add(parts.get(parts.size() - 1));
        }
        StringBuilder text = new StringBuilder("COPY");
        from.ifPresent(f -> text.append(" --from=").append(mapping.stageImages().getOrDefault(f, f)));
        DockerWords.flag(flags, "chown").ifPresent(c -> text.append(" --chown=").append(c));
        DockerWords.flag(flags, "chmod").ifPresent(c -> text.append(" --chmod=").append(c));
        return text.append(' ').append(json(out)).toString();
    }

    private static String json(List<String> words) {
        StringBuilder out = new StringBuilder("[");
        for (String w : words) {
            out.append(out.length() > 1 ? ", " : "").append(Json.quote(w));
        }
        return out.append(']').toString();
    }
}
