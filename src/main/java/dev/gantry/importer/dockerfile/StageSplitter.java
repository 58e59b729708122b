package dev.gantry.importer.dockerfile;

import dev.gantry.importer.draft.DraftList;
import dev.gantry.importer.draft.DraftMap;
import dev.gantry.importer.draft.DraftScalar;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Groups a build stage's instructions into Gantry stages without changing their order: a Gantry
 * stage applies env, workdir, user, copy and run in that order, so an instruction of an earlier kind
 * after one of a later kind (an ENV after a RUN) starts the next stage. Each stage is named after
 * what it does and says which lines of the Dockerfile it holds.
 */
final class StageSplitter {

    private enum Phase { ENV, WORKDIR, USER, COPY, RUN }

    private List<DraftMap> mounts = List.of();
    private final String file;
    private final List<DraftMap> stages = new ArrayList<>();
    private final Set<String> names = new LinkedHashSet<>();
    private DraftMap current;
    private Phase phase;
    private int firstLine;
    private int lastLine;

    StageSplitter(String file) {
        this.file = file;
    }

    void env(String key, String value, int line) {
        if (current != null && current.has("env") && ((DraftMap) current.get("env").orElseThrow()).has(key)) {
            close();
        }
        at(Phase.ENV, line).map("env").put(key, value);
    }

    void workdir(String path, int line) {
        at(Phase.WORKDIR, line).put("workdir", path);
    }

    void user(String user, int line) {
        at(Phase.USER, line).put("user", user);
    }

    void copy(DraftMap spec, int line) {
        at(Phase.COPY, line).list("copy").add(spec);
    }

    /** The BuildKit mounts of the next {@link #run}, once. */
    void mounts(List<DraftMap> mounts) {
        this.mounts = List.copyOf(mounts);
    }

    void run(String command, int line) {
        DraftList runs = at(Phase.RUN, line).list("run");
        if (mounts.isEmpty()) {
            runs.add(DraftScalar.of(command));
        } else {
            DraftList list = new DraftList();
            mounts.forEach(list::add);
            runs.add(new DraftMap().put("command", command).put("mounts", list));
            mounts = List.of();
        }
    }

    private DraftMap at(Phase wanted, int line) {
        boolean single = wanted == Phase.WORKDIR || wanted == Phase.USER;
        if (current == null || wanted.ordinal() < phase.ordinal() || (single && wanted == phase)) {
            close();
            current = new DraftMap();
            firstLine = line;
        }
        phase = wanted;
        lastLine = line;
        return current;
    }

    private void close() {
        if (current == null) {
            return;
        }
        DraftMap stage = new DraftMap();
        stage.put("name", name(current));
        stage.put("description", file + (firstLine == lastLine ? " line " + firstLine
                : " lines " + firstLine + "-" + lastLine));
        for (String key : List.of("env", "workdir", "user", "copy", "run")) {
            current.get(key).ifPresent(v -> stage.put(key, v));
        }
        stages.add(stage);
        current = null;
    }

    /**
     * The stages; settings after the last copy or run (env, workdir, user that only shape the
     * image) are handed to {@code image} instead, where Gantry applies them in the image's target.
     */
    List<DraftMap> finish(DraftMap image) {
        if (current != null && !current.has("copy") && !current.has("run")) {
            current.get("env").ifPresent(env -> {
                DraftMap from = (DraftMap) env;
                from.keys().forEach(k -> image.map("env").put(k, from.get(k).orElseThrow()));
            });
            current.get("workdir").ifPresent(w -> image.put("workdir", w));
            current.get("user").ifPresent(u -> image.put("user", u));
            current = null;
        }
        close();
        return List.copyOf(stages);
    }

    /** The shell command of a run: the item itself, or its {@code command} where it has mounts. */
    private static String command(dev.gantry.importer.draft.Draft run) {
        Object value = run instanceof DraftMap m ? ((DraftScalar) m.get("command").orElseThrow()).value()
                : ((DraftScalar) run).value();
        return String.valueOf(value);
    }

    /** A name for what the stage does, unique in the image. */
    private String name(DraftMap stage) {
        String runs = stage.get("run").map(r -> String.join("\n", ((DraftList) r).items().stream()
                .map(StageSplitter::command).toList())).orElse("");
        String base;
        if (runs.matches("(?s).*(docker-php-ext-|pecl |install-php-extensions).*")) {
            base = "php-extensions";
        } else if (runs.matches("(?s).*(apt-get|apk add|apk --no-cache|yum |dnf ).*")) {
            base = "packages";
        } else if (runs.matches("(?s).*composer (install|update).*")) {
            base = "dependencies";
        } else if (runs.matches("(?s).*(npm|yarn|pnpm) .*")) {
            base = "assets";
        } else if (stage.has("copy") && !stage.has("run")) {
            base = "code";
        } else if (!stage.has("copy") && !stage.has("run")) {
            base = "settings";
        } else {
            base = "setup";
        }
        String name = base;
        for (int n = 2; names.contains(name); n++) {
            name = base + "-" + n;
        }
        names.add(name);
        return name;
    }
}
