package dev.gantry.targets.compose;

import dev.gantry.bind.Fields;
import dev.gantry.model.Environment;
import dev.gantry.model.Project;

/** The compose target's settings of one environment ({@code environments.<env>.compose}). */
record ComposeSettings(String projectName, boolean mountSource) {

    static ComposeSettings of(Project project, Environment env) {
        return env.settings("compose")
                .map(m -> new ComposeSettings(Fields.string(m, "project_name").orElse(project.name() + "-" + env.id()),
                        Fields.optionalFlag(m, "mount_source").orElse(true)))
                .orElse(new ComposeSettings(project.name() + "-" + env.id(), true));
    }
}
