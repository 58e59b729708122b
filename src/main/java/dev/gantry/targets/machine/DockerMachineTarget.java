package dev.gantry.targets.machine;

import dev.gantry.diag.Code;
import dev.gantry.diag.Diagnostics;
import dev.gantry.model.Environment;
import dev.gantry.model.Located;
import dev.gantry.model.Project;
import dev.gantry.targets.ArtifactFormat;
import dev.gantry.targets.ArtifactPlan;
import dev.gantry.targets.Scope;
import dev.gantry.targets.Target;
import dev.gantry.targets.compose.ComposeTarget;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * docker-machine provisioning (seed 000): for each environment that lists this target,
 * {@code deploy/docker-machine/<env>/deploy.sh} brings the environment's machines up with
 * docker-machine (creating the missing ones, starting stopped ones, reporting drift) and deploys the
 * environment's compose file (written by the compose target) on each with docker-compose.
 */
public final class DockerMachineTarget implements Target {

    public static final String NAME = "docker-machine";

    public static String scriptPath(String environment) {
        return "deploy/docker-machine/" + environment + "/deploy.sh";
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<ArtifactPlan> plan(Project project, Scope scope, Diagnostics diagnostics) {
        List<ArtifactPlan> plans = new ArrayList<>();
        for (Environment environment : scope.using(project, NAME)) {
            Located<String> target = environment.targets().stream().filter(t -> t.value().equals(NAME))
                    .findFirst().orElseThrow();
            if (!environment.uses("compose")) {
                diagnostics.warning(Code.MISSING_TARGET, target.at(), "environment `" + environment.id() + "` deploys "
                        + ComposeTarget.fileName(environment.id()) + " with docker-machine, but does not list the"
                        + " `compose` target that writes it", "add `compose` to the targets of `" + environment.id()
                        + "`");
            }
            MachineSettingsBinder.bind(environment, target, diagnostics).ifPresent(settings -> {
                List<String> machines = MachineNames.of(project.name(), environment.id(), settings.count());
                if (MachineNames.check(machines, settings.driver(), environment.name(), diagnostics)) {
                    plans.add(plan(project, environment, settings, machines));
                }
            });
        }
        return plans;
    }

    private static ArtifactPlan plan(Project project, Environment environment, MachineSettings settings,
            List<String> machines) {
        Map<String, Object> data = Map.ofEntries(
                Map.entry("project", project),
                Map.entry("environment", environment.id()),
                Map.entry("script", scriptPath(environment.id())),
                Map.entry("composeFile", ComposeTarget.fileName(environment.id())),
                Map.entry("composeProject", ComposeTarget.projectName(project, environment)),
                Map.entry("driver", settings.driver().id()),
                Map.entry("credentials", settings.driver().credentials()),
                Map.entry("existingHost", settings.driver().existingHost()),
                Map.entry("machines", machines),
                Map.entry("createArgs", settings.createArgs()),
                Map.entry("driftChecks", settings.driftChecks()));
        return new ArtifactPlan(scriptPath(environment.id()), NAME + "/deploy.sh.ftl", data, ArtifactFormat.SHELL,
                "environment " + environment.id());
    }
}
