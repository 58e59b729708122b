package dev.gantry.lint;

import dev.gantry.diag.Code;
import dev.gantry.diag.Diagnostics;
import dev.gantry.model.Environment;
import dev.gantry.model.EnvironmentKind;
import dev.gantry.model.Project;
import dev.gantry.model.Service;
import dev.gantry.model.ServiceSet;
import dev.gantry.model.Volume;
import java.util.List;
import java.util.Set;

/**
 * Every volume source is one of three things, each written so that compose reads it as that: a
 * named volume, a path in the project ({@code ./...}), or a path of the host said explicitly
 * (absolute or {@code ~/...}). Anything else (a name with a slash or a space, {@code ${HOME}},
 * {@code ../}) is an error at its line: compose would read it as a volume name it refuses, or
 * reach outside the project unnoticed. A host path in production is allowed, with a warning: the
 * host must have it. Options must fit the mount: {@code ro} or {@code rw}, {@code nocopy} for a
 * named volume, a propagation for a bind mount.
 */
final class VolumeSources implements LintRule {

    private static final Set<String> PROPAGATION = Set.of("shared", "rshared", "slave", "rslave", "private",
            "rprivate");

    @Override
    public void check(Project project, Diagnostics diagnostics) {
        for (ServiceSet set : project.serviceSets()) {
            for (Service service : set.services().values()) {
                service.mounts().volumes().forEach(v -> check(service, v, diagnostics));
            }
        }
        for (Environment env : project.environments().values()) {
            if (env.kind() != EnvironmentKind.PROD || !env.uses("compose")) {
                continue;
            }
            for (Service service : env.services().values()) {
                service.mounts().volumes().stream().filter(v -> v.kind() == Volume.Kind.HOST).forEach(v ->
                        diagnostics.warning(Code.HOST_PATH, v.at(), "`" + service.id() + "` mounts `" + v.source()
                                + "` of the host in environment `" + env.id() + "` (prod): every production host"
                                + " must have it, which Gantry cannot check",
                                "put the files into an image (a stage that copies them), or use a named volume"));
            }
        }
    }

    private static void check(Service service, Volume v, Diagnostics diagnostics) {
        if (v.kind() == Volume.Kind.INVALID) {
            diagnostics.error(Code.VOLUME_SOURCE, v.at(), "volume source `" + v.source() + "` of `" + service.id()
                    + "` " + problem(v.source()), hint(v.source()));
            return;
        }
        List<String> options = v.options();
        if (options.contains("ro") && options.contains("rw")) {
            diagnostics.error(Code.VOLUME_SOURCE, v.at(), "`" + v.spec() + "` is both read-only and read-write",
                    "keep one of `ro` and `rw`");
        }
        if (v.isBindMount() && options.contains("nocopy")) {
            diagnostics.error(Code.VOLUME_SOURCE, v.at(), "`nocopy` applies to named volumes, and `" + v.source()
                    + "` is a path", "drop `nocopy`: a bind mount never copies the image's files");
        }
        if (!v.isBindMount() && options.stream().anyMatch(PROPAGATION::contains)) {
            diagnostics.error(Code.VOLUME_SOURCE, v.at(), "bind propagation applies to paths, and `" + v.source()
                    + "` is a named volume", "drop the propagation option, or mount a path");
        }
    }

    private static String problem(String source) {
        if (source.startsWith("../") || source.equals("..") || source.startsWith("./")) {
            return "leaves the project folder";
        }
        if (source.contains("$")) {
            return "holds a variable, which Gantry writes as text: compose would not expand it";
        }
        if (source.startsWith("~")) {
            return "names another user's home folder, or the home folder without a path";
        }
        if (source.contains("/")) {
            return "is neither a volume name (which has no `/`) nor a path of the project (`./...`)";
        }
        return "is not a volume name: letters, digits, `_`, `.` and `-`, starting with a letter or digit";
    }

    private static String hint(String source) {
        if (source.startsWith("..") || source.startsWith("./")) {
            return "mount a folder inside the project (`./...`), or say that it is the host's: an absolute path"
                    + " or one in the home folder (`~/...`)";
        }
        if (source.contains("$") || source.startsWith("~")) {
            return "for the home folder of whoever runs compose write `~/...`; otherwise an absolute path";
        }
        if (source.contains("/")) {
            return "write `./" + source + "` for the project's folder, or a volume name without `/`; for the folder"
                    + " a Platform.sh or Upsun mount keeps its files in, use the long form's `source_path`: `{source:"
                    + " media, target: ..., source_path: " + source + "}`";
        }
        return "rename the volume, e.g. `" + source.replaceAll("[^a-zA-Z0-9_.-]+", "-").replaceAll("^[^a-zA-Z0-9]+", "")
                + "`";
    }
}
