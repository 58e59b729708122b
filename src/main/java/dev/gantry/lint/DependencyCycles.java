package dev.gantry.lint;

import dev.gantry.diag.Diagnostics;
import dev.gantry.diag.Problem;
import dev.gantry.model.Dependency;
import dev.gantry.model.Located;
import dev.gantry.model.Project;
import dev.gantry.model.Service;
import dev.gantry.model.ServiceSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** `depends_on` must form no cycle: nothing could ever start. Depth-first search, linear in edges. */
final class DependencyCycles implements LintRule {

    private enum Mark { ACTIVE, DONE }

    @Override
    public void check(Project project, Diagnostics diagnostics) {
        for (ServiceSet set : project.serviceSets()) {
            Map<String, Mark> marks = new HashMap<>();
            for (String name : set.services().keySet()) {
                visit(name, set, marks, new ArrayList<>(), diagnostics);
            }
        }
    }

    private void visit(String name, ServiceSet set, Map<String, Mark> marks, List<String> path,
            Diagnostics diagnostics) {
        Service service = set.services().get(name);
        if (service == null || marks.get(name) == Mark.DONE) {
            return;
        }
        marks.put(name, Mark.ACTIVE);
        path.add(name);
        for (Located<String> dep : service.network().dependsOn().stream().map(Dependency::service).toList()) {
            if (marks.get(dep.value()) == Mark.ACTIVE) {
                List<String> cycle = new ArrayList<>(path.subList(path.indexOf(dep.value()), path.size()));
                cycle.add(dep.value());
                diagnostics.report(Problem.DEPENDENCY_CYCLE, dep.at(), String.join(" -> ", cycle));
            } else {
                visit(dep.value(), set, marks, path, diagnostics);
            }
        }
        path.remove(path.size() - 1);
        marks.put(name, Mark.DONE);
    }
}
