package dev.gantry.importer.dockerfile;

import dev.gantry.diag.Problem;
import dev.gantry.importer.InputError;
import dev.gantry.importer.Origin;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Dockerfile as Docker's parser does: parser directives ({@code # escape=}), lines continued
 * with the escape character (comment lines inside dropped), here-documents after {@code RUN} and
 * {@code COPY}, one instruction per logical line. An unknown instruction, an instruction before
 * {@code FROM} other than {@code ARG}, or a {@code FROM} without an image is an error at its line.
 */
public final class DockerfileParser {

    static final Set<String> KEYWORDS = Set.of("FROM", "RUN", "CMD", "LABEL", "MAINTAINER", "EXPOSE", "ENV", "ADD",
            "COPY", "ENTRYPOINT", "VOLUME", "USER", "WORKDIR", "ARG", "ONBUILD", "STOPSIGNAL", "HEALTHCHECK", "SHELL");
    private static final Pattern DIRECTIVE = Pattern.compile("#\\s*([a-zA-Z][a-zA-Z0-9]*)\\s*=\\s*(.+?)\\s*");
    private static final Pattern HEREDOC = Pattern.compile("<<(-?)([\"']?)([A-Za-z_][A-Za-z0-9_]*)\\2");
    private static final Pattern FROM = Pattern.compile("(?i)(?:--platform=(\\S+)\\s+)?(\\S+)(?:\\s+AS\\s+(\\S+))?\\s*");

    private DockerfileParser() {
    }

    public static Dockerfile parse(String text, String file) throws InputError {
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        char escape = '\\';
        int i = 0;
        while (i < lines.length) {
            Matcher m = DIRECTIVE.matcher(lines[i].strip());
            if (!m.matches()) {
                break;
            }
            if (m.group(1).equalsIgnoreCase("escape")) {
                if (!m.group(2).equals("\\") && !m.group(2).equals("`")) {
                    throw new InputError(new Origin(file, i + 1, 1), Problem.DOCKERFILE_ESCAPE, m.group(2));
                }
                escape = m.group(2).charAt(0);
            }
            i++;
        }
        List<Instruction> global = new ArrayList<>();
        List<Dockerfile.BuildStage> stages = new ArrayList<>();
        List<Instruction> current = null;
        Instruction from = null;
        for (; i < lines.length; i++) {
            String first = lines[i];
            String trimmed = first.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            int lineNo = i + 1;
            int column = first.indexOf(trimmed.charAt(0)) + 1;
            StringBuilder joined = new StringBuilder();
            StringBuilder kept = new StringBuilder();
            boolean keepable = true;
            String line = trimmed;
            while (true) {
                String withoutBlanks = stripTrailing(line);
                if (!withoutBlanks.endsWith(String.valueOf(escape))) {
                    joined.append(line);
                    kept.append(line);
                    break;
                }
                String content = withoutBlanks.substring(0, withoutBlanks.length() - 1);
                joined.append(content);
                kept.append(content).append(escape).append('\n');
                keepable &= line.equals(withoutBlanks) && escape == '\\';
                i++;
                while (i < lines.length && (lines[i].strip().startsWith("#") || lines[i].isBlank())) {
                    keepable = false; // Docker drops these lines; a shell would not
                    i++;
                }
                if (i >= lines.length) {
                    break;
                }
                line = lines[i];
            }
            String logical = joined.toString().strip();
            String keyword = logical.split("\\s+", 2)[0].toUpperCase(Locale.ROOT);
            Origin at = new Origin(file, lineNo, column);
            if (!KEYWORDS.contains(keyword)) {
                throw new InputError(at, Problem.DOCKERFILE_UNKNOWN_INSTRUCTION, logical.split("\\s+", 2)[0],
                        String.join(", ", new java.util.TreeSet<>(KEYWORDS)));
            }
            String args = logical.length() > keyword.length() ? logical.substring(keyword.length()).strip() : "";
            String keptText = kept.toString().strip();
            String keptArgs = !keepable || keptText.length() <= keyword.length() ? args
                    : keptText.substring(keyword.length()).strip();
            StringBuilder heredoc = new StringBuilder();
            if (keyword.equals("RUN") || keyword.equals("COPY") || keyword.equals("ADD")) {
                Matcher h = HEREDOC.matcher(args);
                while (h.find()) {
                    String word = h.group(3);
                    boolean found = false;
                    while (++i < lines.length) {
                        String body = h.group(1).isEmpty() ? lines[i] : lines[i].replaceFirst("^\t+", "");
                        heredoc.append(lines[i]).append('\n');
                        if (body.equals(word)) {
                            found = true;
                            break;
                        }
                    }
                    if (!found) {
                        throw new InputError(at, Problem.DOCKERFILE_HERE_DOCUMENT, word);
                    }
                }
            }
            Instruction instruction = new Instruction(keyword, args, keptArgs, at, heredoc.toString());
            if (keyword.equals("FROM")) {
                Matcher f = FROM.matcher(args);
                if (args.isEmpty() || !f.matches()) {
                    throw new InputError(at, Problem.DOCKERFILE_FROM_IMAGE);
                }
                current = new ArrayList<>();
                from = instruction;
                stages.add(new Dockerfile.BuildStage(stages.size(), from, f.group(2), f.group(3), f.group(1), current));
            } else if (current == null) {
                if (!keyword.equals("ARG")) {
                    throw new InputError(at, Problem.DOCKERFILE_BEFORE_FROM, keyword);
                }
                global.add(instruction);
            } else {
                current.add(instruction);
            }
        }
        if (stages.isEmpty()) {
            throw new InputError(new Origin(file, 1, 1), Problem.DOCKERFILE_NO_FROM);
        }
        return new Dockerfile(file, escape, global, stages);
    }

    private static String stripTrailing(String line) {
        int end = line.length();
        while (end > 0 && (line.charAt(end - 1) == ' ' || line.charAt(end - 1) == '\t')) {
            end--;
        }
        return line.substring(0, end);
    }
}
