package dev.gantry.targets.machine;

import dev.gantry.diag.Diagnostics;
import dev.gantry.model.Environment;
import dev.gantry.model.Project;
import dev.gantry.model.machine.CreateArg;
import dev.gantry.model.machine.MachineSettings;
import dev.gantry.plan.EnvironmentPlan;
import dev.gantry.plan.ProjectPlan;
import dev.gantry.targets.ArtifactFormat;
import dev.gantry.targets.ArtifactPaths;
import dev.gantry.targets.ArtifactPlan;
import dev.gantry.targets.RawContent;
import dev.gantry.targets.Scope;
import dev.gantry.targets.Target;
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

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<ArtifactPlan> plan(ProjectPlan plan, Scope scope, Diagnostics diagnostics) {
        List<ArtifactPlan> plans = new ArrayList<>();
        for (EnvironmentPlan envPlan : scope.using(plan, NAME)) {
            Environment environment = envPlan.env();
            environment.settings().machine().ifPresent(settings ->
                    plans.add(plan(plan.project(), environment, envPlan, settings, diagnostics)));
        }
        return plans;
    }

    private static ArtifactPlan plan(Project project, Environment environment, EnvironmentPlan envPlan,
            MachineSettings settings, Diagnostics diagnostics) {
        String script = ArtifactPaths.machineScript(environment.id());
        RawFlags raw = new RawFlags(settings, environment.id(), diagnostics);
        List<CreateArg> createArgs = raw.merge(environment.settings().raw().of(NAME), script);
        String composeProject = envPlan.local().map(run -> run.projectName())
                .orElse(project.name() + "-" + environment.id());
        Map<String, Object> data = Map.ofEntries(
                Map.entry("project", project),
                Map.entry("environment", environment.id()),
                Map.entry("script", ArtifactPaths.machineScript(environment.id())),
                Map.entry("composeFile", ArtifactPaths.composeFile(environment.id())),
                Map.entry("composeProject", composeProject),
                Map.entry("builds", environment.buildsImages()),
                Map.entry("driver", settings.driver().id()),
                Map.entry("credentials", settings.driver().credentials()),
                Map.entry("existingHost", settings.driver().existingHost()),
                Map.entry("machines", settings.machines()),
                Map.entry("createArgs", createArgs),
                Map.entry("driftChecks", settings.driftChecks()));
        return new ArtifactPlan(script, NAME + "/deploy.sh.ftl", data, ArtifactFormat.SHELL,
                "environment " + environment.id(), RawContent.keys(raw.keys()));
    }
}
