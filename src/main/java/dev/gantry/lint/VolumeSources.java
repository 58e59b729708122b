package dev.gantry.lint;

import dev.gantry.diag.Diagnostics;
import dev.gantry.diag.Problem;
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
                        diagnostics.report(Problem.HOST_PATH_IN_PROD, v.at(), service.id(), v.source(), env.id()));
            }
        }
    }

    private static void check(Service service, Volume v, Diagnostics diagnostics) {
        if (v.kind() == Volume.Kind.INVALID) {
            Problem problem = sourceProblem(v.source());
            if (problem == Problem.VOLUME_NAME_INVALID) {
                diagnostics.report(problem, v.at(), v.source(), service.id(), v.source()
                        .replaceAll("[^a-zA-Z0-9_.-]+", "-").replaceAll("^[^a-zA-Z0-9]+", ""));
            } else {
                diagnostics.report(problem, v.at(), v.source(), service.id());
            }
            return;
        }
        List<String> options = v.options();
        if (options.contains("ro") && options.contains("rw")) {
            diagnostics.report(Problem.VOLUME_READ_ONLY_AND_WRITE, v.at(), v.spec());
        }
        if (v.isBindMount() && options.contains("nocopy")) {
            diagnostics.report(Problem.NOCOPY_ON_PATH, v.at(), v.source());
        }
        if (!v.isBindMount() && options.stream().anyMatch(PROPAGATION::contains)) {
            diagnostics.report(Problem.PROPAGATION_ON_VOLUME, v.at(), v.source());
        }
    }

    private static Problem sourceProblem(String source) {
        if (source.startsWith("../") || source.equals("..") || source.startsWith("./")) {
            return Problem.VOLUME_LEAVES_PROJECT;
        }
        if (source.contains("$")) {
            return Problem.VOLUME_SOURCE_VARIABLE;
        }
        if (source.startsWith("~")) {
            return Problem.VOLUME_SOURCE_HOME;
        }
        if (source.contains("/")) {
            return Problem.VOLUME_SOURCE_NEITHER;
        }
        return Problem.VOLUME_NAME_INVALID;
    }
}
