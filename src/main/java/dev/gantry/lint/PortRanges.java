package dev.gantry.lint;

import dev.gantry.diag.Diagnostics;
import dev.gantry.diag.Problem;
import dev.gantry.model.Port;
import dev.gantry.model.Project;
import dev.gantry.model.Service;
import dev.gantry.model.ServiceSet;

/** Ports written as text ("70000:80") pass the schema's pattern; their numbers must still be ports. */
final class PortRanges implements LintRule {

    @Override
    public void check(Project project, Diagnostics diagnostics) {
        for (ServiceSet set : project.serviceSets()) {
            for (Service service : set.services().values()) {
                for (Port port : service.network().ports()) {
                    boolean published = port.published().isPresent()
                            && (port.published().getAsInt() < 1 || port.published().getAsInt() > 65535);
                    if (port.target() < 1 || port.target() > 65535 || published) {
                        diagnostics.report(Problem.OUT_OF_RANGE, service.name().at(), "a port of service `"
                                + service.id() + "`", "must be from 1 to 65535", "ports are numbers from 1 to 65535");
                    }
                }
            }
        }
    }
}
