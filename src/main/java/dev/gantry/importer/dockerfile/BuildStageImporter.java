package dev.gantry.importer.dockerfile;

import dev.gantry.importer.Findings;
import dev.gantry.importer.Setting;
import dev.gantry.importer.draft.DraftList;
import dev.gantry.importer.draft.DraftMap;
import dev.gantry.importer.draft.DraftScalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One build stage of a Dockerfile into one image of environment.yaml. */
final class BuildStageImporter {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{?([A-Za-z_][A-Za-z0-9_]*)(?::?-([^}]*))?}?");
    private static final Pattern DURATION = Pattern.compile("([0-9]+(ms|s|m|h))+");
    private static final Pattern USER = Pattern.compile("[A-Za-z0-9_.-]+(:[A-Za-z0-9_.-]+)?");
    private static final List<String> ARCHIVES = List.of(".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tar.xz",
            ".txz", ".tar.zst");

    private final DockerfileImporter owner;
    private final DockerfileImporter.StageContext shared;
    private final Dockerfile.BuildStage stage;
    private final Findings findings;
    private final String file;
    private final String name;
    private final DraftMap image = new DraftMap();
    private final StageSplitter splitter;
    private final char escape;
    private String workdir;
    private boolean shellChanged;
    private boolean unpinnedBase;

    BuildStageImporter(DockerfileImporter owner, DockerfileImporter.StageContext shared, Dockerfile.BuildStage stage) {
        this.owner = owner;
        this.shared = shared;
        this.stage = stage;
        this.findings = owner.findings();
        this.file = shared.display();
        this.name = shared.names().get(stage.index());
        this.splitter = new StageSplitter(file);
        this.escape = shared.parsed().escape();
    }

    /** Imports the stage; false when its base could not be carried, and with it nothing of the stage. */
    boolean run() {
        Optional<String> from = from();
        if (from.isEmpty()) {
            for (Instruction i : stage.instructions()) {
                findings.notCarried(setting(i), i.origin(), "the stage's FROM could not be carried");
            }
            return false;
        }
        image.put("description", file + (stage.name() != null ? ", stage " + stage.name() : ", build stage "
                + (stage.index() + 1)));
        image.put("from", from.get());
        if (unpinnedBase) {
            image.put("unpinned", DraftScalar.of(true));
            image.comment("from", DockerfileImporter.unpinnedNote(from.get()));
        }
        for (Instruction i : stage.instructions()) {
            instruction(i);
        }
        List<DraftMap> stages = splitter.finish(image);
        DraftMap ordered = new DraftMap();
        for (String key : List.of("description", "from", "unpinned", "args")) {
            image.get(key).ifPresent(v -> ordered.put(key, v));
            ordered.commentsFrom(image, key);
        }
        if (!stages.isEmpty()) {
            DraftList list = ordered.list("stages");
            stages.forEach(list::add);
        }
        for (String key : List.of("env", "labels", "workdir", "user", "expose", "healthcheck", "entrypoint", "cmd",
                "stop_signal", "raw")) {
            image.get(key).ifPresent(v -> ordered.put(key, v));
        }
        owner.context().images().put(name, ordered);
        owner.workdirs().put(name, workdir);
        return true;
    }

    private Optional<String> from() {
        Instruction at = stage.from();
        String base = substitute(stage.base());
        if (stage.platform() != null) {
            findings.notCarried(setting(at), at.origin(), DockerfileKeys.PLATFORM);
        }
        for (Dockerfile.BuildStage earlier : shared.parsed().stages()) {
            if (earlier.index() < stage.index() && earlier.name() != null && earlier.name().equalsIgnoreCase(base)) {
                String parent = shared.names().get(earlier.index());
                if (!owner.context().images().has(parent)) {
                    findings.notCarried(setting(at), at.origin(), "it builds on stage `" + earlier.name()
                            + "`, which could not be carried");
                    return Optional.empty();
                }
                workdir = owner.workdirs().get(parent);
                note(at, base.equals(parent) ? null : "as image `" + parent + "`, Gantry's name for stage `"
                        + earlier.name() + "`");
                return Optional.of(parent);
            }
        }
        if (base.contains("$")) {
            findings.notCarried(setting(at), at.origin(), "the image `" + stage.base() + "` refers to a build"
                    + " argument with no default");
            return Optional.empty();
        }
        if (!DockerfileImporter.isReference(base)) {
            findings.notCarried(setting(at), at.origin(), "`" + base + "` is not an image reference Gantry takes");
            return Optional.empty();
        }
        unpinnedBase = !DockerfileImporter.isPinned(base);
        workdir = null;
        if (stage.platform() == null) {
            note(at, base.equals(stage.base()) ? null : "with the build arguments' defaults substituted: `" + base + "`");
        }
        return Optional.of(base);
    }

    /** FROM's image with the global ARGs' values substituted. */
    private String substitute(String text) {
        Matcher m = VARIABLE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = shared.global().get(m.group(1));
            if (value == null || value.isEmpty()) {
                value = m.group(2);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private void instruction(Instruction i) {
        String reason = DockerfileKeys.NOT_CARRIED.get(i.keyword());
        if (reason != null) {
            findings.notCarried(setting(i), i.origin(), reason);
            if (i.keyword().equals("SHELL")) {
                shellChanged = true;
            }
            return;
        }
        switch (i.keyword()) {
            case "RUN" -> run(i);
            case "COPY", "ADD" -> copy(i);
            case "ENV" -> env(i);
            case "ARG" -> arg(i);
            case "WORKDIR" -> workdir(i);
            case "USER" -> user(i);
            case "LABEL" -> label(i);
            case "EXPOSE" -> expose(i);
            case "CMD", "ENTRYPOINT" -> command(i);
            case "HEALTHCHECK" -> healthcheck(i);
            case "STOPSIGNAL" -> stopSignal(i);
            case "ONBUILD", "MAINTAINER" -> {
                // metadata of the image, wherever it stands: a raw line at the image's end
                DraftMap raw = image.map("raw").map("dockerfile");
                raw.list("end").add(DraftScalar.of(i.keyword() + " " + i.args().strip()));
                findings.otherForm(setting(i), i.origin(), "as a raw line at the end of the image"
                        + " (`raw.dockerfile.end`)");
            }
            default -> findings.notCarried(setting(i), i.origin(), "Gantry has no key for " + i.keyword());
        }
    }

    private void stopSignal(Instruction i) {
        String signal = i.args().strip();
        if (!signal.matches("SIG[A-Z0-9+-]+")) {
            findings.notCarried(setting(i), i.origin(), "Gantry takes STOPSIGNAL by name, e.g. SIGQUIT");
            return;
        }
        image.put("stop_signal", signal);
        note(i, "as `stop_signal` of the image");
    }

    private void run(Instruction i) {
        if (i.hasHeredoc()) {
            findings.notCarried(setting(i), i.origin(), DockerfileKeys.HEREDOC);
            return;
        }
        List<String> flags = new ArrayList<>();
        String rest = flags(i.args(), flags);
        List<DraftMap> mounts = new ArrayList<>();
        for (String flag : flags) {
            Optional<DraftMap> mount = flag.startsWith("--mount=") ? BuildKitMounts.typed(flag.substring(8))
                    : Optional.empty();
            if (mount.isEmpty()) {
                findings.notCarried(setting(i), i.origin(), DockerfileKeys.runFlag(flag));
                return;
            }
            mounts.add(mount.get());
        }
        splitter.mounts(mounts);
        String secretNote = flags.stream().anyMatch(f -> f.contains("type=secret") && !f.contains("required=true"))
                ? "its build secret required (`required=true`): the build stops where the builder lacks it" : null;
        if (shellChanged) {
            findings.notCarried(setting(i), i.origin(), "it runs in the shell SHELL set, which Gantry cannot say");
            return;
        }
        Optional<List<String>> exec = DockerfileImporter.execForm(rest);
        if (exec.isPresent()) {
            String command = String.join(" ", exec.get().stream().map(DockerfileImporter::shellWord).toList());
            splitter.run(command, i.origin().line());
            findings.otherForm(setting(i), i.origin(), "as the shell command `" + command + "`, its words quoted");
            return;
        }
        String kept = flags.isEmpty() ? i.lines() : rest;
        boolean keepLines = !kept.equals(rest) && !continuesInSingleQuotes(kept);
        splitter.run(keepLines ? kept : rest, i.origin().line());
        note(i, keepLines ? "in exec form through /bin/sh -c, its lines kept (sh joins them as Docker does)"
                : secretNote);
    }

    /** Whether a line continuation falls inside single quotes, where sh would keep it and Docker would not. */
    private static boolean continuesInSingleQuotes(String text) {
        boolean single = false;
        boolean dbl = false;
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == '\\' && !single && k + 1 < text.length()) {
                if (text.charAt(k + 1) == '\n' && (single || dbl) && !dbl) {
                    return true;
                }
                k++;
            } else if (c == '\'' && !dbl) {
                single = !single;
            } else if (c == '"' && !single) {
                dbl = !dbl;
            } else if (c == '\n' && single) {
                return true;
            }
        }
        return false;
    }

    private void copy(Instruction i) {
        if (i.hasHeredoc()) {
            findings.notCarried(setting(i), i.origin(), DockerfileKeys.HEREDOC);
            return;
        }
        List<String> flags = new ArrayList<>();
        String rest = flags(i.args(), flags);
        List<String> words = DockerfileImporter.execForm(rest).orElseGet(() -> DockerWords.split(rest, escape));
        if (words.size() < 2) {
            findings.notCarried(setting(i), i.origin(), i.keyword() + " needs a source and a destination");
            return;
        }
        for (String flag : flags) {
            String key = flag.substring(2).split("=", 2)[0];
            if (DockerfileKeys.COPY_FLAGS.containsKey(key)) {
                findings.notCarried(setting(i), i.origin(), DockerfileKeys.COPY_FLAGS.get(key));
                return;
            }
        }
        List<String> notes = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        Optional<String> fromStage = DockerWords.flag(flags, "from");
        for (String source : words.subList(0, words.size() - 1)) {
            if (i.keyword().equals("ADD") && (source.contains("://") || source.startsWith("git@"))) {
                findings.notCarried(setting(i), i.origin(), "ADD of a URL or a Git repository: Gantry's `copy`"
                        + " takes files of the project or of another image; " + DockerfileKeys.OWN_LINES);
                return;
            }
            if (i.keyword().equals("ADD") && fromStage.isEmpty()
                    && ARCHIVES.stream().anyMatch(a -> source.toLowerCase(java.util.Locale.ROOT).endsWith(a))) {
                findings.notCarried(setting(i), i.origin(), "ADD unpacks the archive `" + source + "`, which"
                        + " Gantry's `copy` does not; " + DockerfileKeys.OWN_LINES);
                return;
            }
            String path = source;
            if (path.startsWith("/")) {
                path = path.replaceFirst("^/+", "");
                notes.add("the source `" + source + "` as `" + path + "`, relative to the " + (fromStage.isEmpty()
                        ? "build context" : "image it copies from") + ", as Docker reads it");
            }
            if (path.contains("..") || path.isEmpty()) {
                path = path.isEmpty() ? "." : path;
            }
            if (fromStage.isEmpty()) {
                Optional<String> prefixed = inContext(path);
                if (prefixed.isEmpty()) {
                    findings.notCarried(setting(i), i.origin(), "the build context is outside the folder of"
                            + " environment.yaml, which Gantry builds every image from");
                    return;
                }
                if (!prefixed.get().equals(path)) {
                    notes.add("from the project folder: `" + prefixed.get() + "`");
                }
                path = prefixed.get();
            }
            sources.add(path);
        }
        DraftMap spec = new DraftMap().flow();
        spec.put("src", sources.size() == 1 ? DraftScalar.of(sources.get(0)) : DraftList.of(sources));
        spec.put("dest", words.get(words.size() - 1));
        if (fromStage.isPresent()) {
            Optional<String> image = copySource(fromStage.get(), i);
            if (image.isEmpty()) {
                return;
            }
            spec.put("from", image.get());
            if (!image.get().equals(fromStage.get())) {
                notes.add("from image `" + image.get() + "` (`--from=" + fromStage.get() + "`)");
            }
        }
        Optional<String> chown = DockerWords.flag(flags, "chown");
        Optional<String> chmod = DockerWords.flag(flags, "chmod");
        if (chown.filter(c -> !USER.matcher(c).matches()).isPresent()
                || chmod.filter(c -> !c.matches("[0-7]{3,4}")).isPresent()) {
            findings.notCarried(setting(i), i.origin(), "Gantry takes `--chown` as user[:group] and `--chmod` as"
                    + " an octal mode only");
            return;
        }
        chown.ifPresent(c -> spec.put("chown", c));
        chmod.ifPresent(c -> spec.put("chmod", c));
        if (DockerWords.flag(flags, "link").filter(l -> !l.equals("false")).isPresent()) {
            spec.put("link", DraftScalar.of(true));
        }
        if (i.keyword().equals("ADD")) {
            notes.add("as COPY, which does the same for local files");
        }
        splitter.copy(spec, i.origin().line());
        note(i, notes.isEmpty() ? null : String.join("; ", notes));
    }

    /** A source path of the build context as a path of the project folder. */
    private Optional<String> inContext(String path) {
        if (shared.buildContext().isEmpty()) {
            return Optional.empty();
        }
        String context = shared.buildContext().get();
        if (context.equals(".")) {
            return Optional.of(path);
        }
        return Optional.of(path.equals(".") || path.equals("./") ? context + "/" : context + "/"
                + (path.startsWith("./") ? path.substring(2) : path));
    }

    /** The image a {@code COPY --from} copies from: a stage of this file, or an image made for a published one. */
    private Optional<String> copySource(String from, Instruction i) {
        for (Dockerfile.BuildStage other : shared.parsed().stages()) {
            if (other.index() < stage.index() && (from.equalsIgnoreCase(other.name())
                    || from.equals(Integer.toString(other.index())))) {
                String image = shared.names().get(other.index());
                if (!owner.context().images().has(image)) {
                    findings.notCarried(setting(i), i.origin(), "it copies from stage `" + from
                            + "`, which could not be carried");
                    return Optional.empty();
                }
                return Optional.of(image);
            }
        }
        if (from.contains("$") || !DockerfileImporter.isReference(from)) {
            findings.notCarried(setting(i), i.origin(), "it copies from `" + from + "`, which is not an image"
                    + " reference Gantry takes");
            return Optional.empty();
        }
        String image = owner.context().imageName(from.replaceAll("[:@].*", "").replaceAll(".*/", ""), null);
        DraftMap made = new DraftMap();
        made.put("description", "the published image " + from + ", which " + file + " copies files from");
        made.put("from", from);
        if (!DockerfileImporter.isPinned(from)) {
            made.put("unpinned", DraftScalar.of(true));
            made.comment("from", DockerfileImporter.unpinnedNote(from));
        }
        owner.context().images().put(image, made);
        return Optional.of(image);
    }

    private void env(Instruction i) {
        for (String[] pair : DockerWords.pairs(i.args(), escape)) {
            if (pair[1] == null) {
                findings.notCarried(setting(i), i.origin(), "ENV `" + pair[0] + "` has no value");
                continue;
            }
            DockerWords.Word value = DockerWords.unquote(pair[1], escape);
            if (value.expands()) {
                findings.notCarried(setting(i), i.origin(), "the value of `" + pair[0] + "`: "
                        + DockerfileKeys.EXPANDS);
                continue;
            }
            if (!pair[0].matches("[A-Za-z_][A-Za-z0-9_]*") || value.text().contains("\n")) {
                findings.notCarried(setting(i), i.origin(), "`" + pair[0] + "` is not a name Gantry takes for a"
                        + " variable, or its value spans lines");
                continue;
            }
            splitter.env(pair[0], value.text(), i.origin().line());
        }
        note(i, null);
    }

    private void arg(Instruction i) {
        for (String[] pair : DockerWords.pairs(i.args(), escape)) {
            String given = shared.args().get(pair[0]);
            String value = given != null ? given : pair[1] == null ? "" : DockerWords.unquote(pair[1], escape).text();
            if (pair[1] != null && DockerWords.unquote(pair[1], escape).expands() && given == null) {
                findings.notCarried(setting(i), i.origin(), "the default of `" + pair[0] + "`: "
                        + DockerfileKeys.EXPANDS);
                continue;
            }
            image.map("args").put(pair[0], value);
            if (given != null) {
                findings.otherForm(setting(i), i.origin(), "with the value the compose file's build args give, `"
                        + given + "`, as its default");
            } else if (pair[1] == null) {
                findings.otherForm(setting(i), i.origin(), "declared with an empty default, which is what an ARG"
                        + " without one gives a RUN");
            } else {
                note(i, "declared in every stage of the image");
            }
        }
    }

    private void workdir(Instruction i) {
        String path = DockerWords.unquote(i.args(), escape).text();
        if (DockerWords.unquote(i.args(), escape).expands()) {
            findings.notCarried(setting(i), i.origin(), "WORKDIR " + DockerfileKeys.EXPANDS);
            return;
        }
        String absolute = path;
        if (!path.startsWith("/")) {
            if (workdir == null) {
                findings.notCarried(setting(i), i.origin(), "the relative WORKDIR `" + path + "` depends on the"
                        + " base image's working directory, which import cannot know");
                return;
            }
            absolute = (workdir.endsWith("/") ? workdir : workdir + "/") + path;
        }
        workdir = absolute;
        splitter.workdir(absolute, i.origin().line());
        note(i, absolute.equals(path) ? null : "as the absolute path `" + absolute + "`");
    }

    private void user(Instruction i) {
        String user = i.args().strip();
        if (!USER.matcher(user).matches()) {
            findings.notCarried(setting(i), i.origin(), "Gantry takes USER as user[:group] of letters, digits,"
                    + " `_`, `.` and `-`");
            return;
        }
        splitter.user(user, i.origin().line());
        note(i, null);
    }

    private void label(Instruction i) {
        for (String[] pair : DockerWords.pairs(i.args(), escape)) {
            String key = DockerWords.unquote(pair[0], escape).text();
            DockerWords.Word value = DockerWords.unquote(pair[1] == null ? "" : pair[1], escape);
            if (value.expands() || !key.matches("[A-Za-z0-9][A-Za-z0-9._/-]*") || value.text().contains("\n")) {
                findings.notCarried(setting(i), i.origin(), "the label `" + key + "`: " + (value.expands()
                        ? DockerfileKeys.EXPANDS : "its name or value is not one Gantry takes"));
                continue;
            }
            image.map("labels").put(key, value.text());
        }
        note(i, "in the image's own target, after its stages (labels do not change what the stages build)");
    }

    private void expose(Instruction i) {
        DraftList ports = image.list("expose");
        for (String word : i.args().split("\\s+")) {
            String port = word.endsWith("/tcp") ? word.substring(0, word.length() - 4) : word;
            if (!port.matches("[0-9]{1,5}") || Integer.parseInt(port) < 1 || Integer.parseInt(port) > 65535) {
                findings.notCarried(setting(i), i.origin(), "EXPOSE `" + word + "`: Gantry's `expose` takes TCP"
                        + " port numbers");
                continue;
            }
            if (ports.items().stream().noneMatch(p -> ((DraftScalar) p).value().equals(Long.parseLong(port)))) {
                ports.add(DraftScalar.of(Long.parseLong(port)));
            }
        }
        note(i, "in the image's own target (EXPOSE documents a port; it changes no stage)");
    }

    private void command(Instruction i) {
        String key = i.keyword().equals("CMD") ? "cmd" : "entrypoint";
        Optional<List<String>> exec = DockerfileImporter.execForm(i.args());
        if (exec.isPresent()) {
            image.put(key, DraftList.of(exec.get()));
            note(i, null);
        } else if (shellChanged) {
            findings.notCarried(setting(i), i.origin(), "its shell form runs in the shell SHELL set");
        } else {
            image.put(key, i.args());
            findings.otherForm(setting(i), i.origin(), "as `[\"/bin/sh\", \"-c\", ...]`, which is how Docker runs the"
                    + " shell form");
        }
    }

    private void healthcheck(Instruction i) {
        String args = i.args().strip();
        if (args.equalsIgnoreCase("NONE")) {
            image.put("healthcheck", new DraftMap().flow().put("disable", DraftScalar.of(true)));
            note(i, null);
            return;
        }
        List<String> flags = new ArrayList<>();
        String rest = flags(args, flags);
        if (!rest.regionMatches(true, 0, "CMD", 0, 3)) {
            findings.notCarried(setting(i), i.origin(), "HEALTHCHECK takes CMD or NONE");
            return;
        }
        String command = rest.substring(3).strip();
        DraftMap check = new DraftMap();
        Optional<List<String>> exec = DockerfileImporter.execForm(command);
        check.put("test", exec.<dev.gantry.importer.draft.Draft>map(DraftList::of).orElse(DraftScalar.of(command)));
        for (String flag : flags) {
            String[] kv = flag.substring(2).split("=", 2);
            String value = kv.length > 1 ? kv[1] : "";
            switch (kv[0]) {
                case "interval", "timeout", "start-period" -> {
                    if (!DURATION.matcher(value).matches()) {
                        findings.notCarried(setting(i), i.origin(), "the duration `" + value + "`: Gantry takes"
                                + " whole numbers with ms, s, m or h");
                        return;
                    }
                    check.put(kv[0].replace('-', '_'), value);
                }
                case "retries" -> {
                    if (!value.matches("[0-9]+") || Integer.parseInt(value) < 1 || Integer.parseInt(value) > 10) {
                        findings.notCarried(setting(i), i.origin(), "`--retries=" + value + "`: Gantry takes 1 to 10");
                        return;
                    }
                    check.put("retries", DraftScalar.of(Long.parseLong(value)));
                }
                default -> {
                    findings.notCarried(setting(i), i.origin(), "`HEALTHCHECK " + flag.split("=", 2)[0]
                            + "`: Gantry's health checks take an interval, a timeout, a start period and retries");
                    return;
                }
            }
        }
        image.put("healthcheck", check);
        note(i, exec.isPresent() ? null : "its shell form in exec form through /bin/sh -c, as Docker runs it");
    }

    /** Leading {@code --flag[=value]} words of an instruction into {@code flags}; the rest. */
    private static String flags(String args, List<String> flags) {
        String rest = args.strip();
        while (rest.startsWith("--")) {
            int end = rest.indexOf(' ');
            if (end < 0) {
                flags.add(rest);
                return "";
            }
            flags.add(rest.substring(0, end));
            rest = rest.substring(end).strip();
        }
        return rest;
    }

    /** Records an instruction carried: identically, or in the other form {@code otherForm} names. */
    private void note(Instruction i, String otherForm) {
        if (otherForm == null) {
            findings.identical(setting(i), i.origin());
        } else {
            findings.otherForm(setting(i), i.origin(), otherForm);
        }
    }

    private Setting setting(Instruction i) {
        return DockerfileImporter.setting("images." + name, i);
    }
}
