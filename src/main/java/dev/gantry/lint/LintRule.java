package dev.gantry.lint;

import dev.gantry.diag.Diagnostics;
import dev.gantry.model.Project;

/** A rule about the resolved project that a schema cannot express. */
public interface LintRule {

    void check(Project project, Diagnostics diagnostics);
}
