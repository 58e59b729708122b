package dev.gantry.bind.machine;

import dev.gantry.diag.Diagnostics;
import dev.gantry.diag.Problem;
import dev.gantry.model.Located;
import java.util.ArrayList;
import java.util.List;

/** Machine names: {@code <project>-<environment>}, or {@code <project>-<environment>-<n>} (from 1) for several. */
final class MachineNames {

    private MachineNames() {
    }

    static List<String> of(String project, String environment, int count) {
        String base = project + "-" + environment;
        if (count == 1) {
            return List.of(base);
        }
        List<String> names = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            names.add(base + "-" + n);
        }
        return names;
    }

    /** Reports, at the environment's name, a machine name the driver's cloud would refuse; true when all fit. */
    static boolean check(List<String> names, MachineDriver driver, Located<String> environment,
            Diagnostics diagnostics) {
        MachineDriver.Rule rule = driver.names();
        for (String name : names) {
            if (name.length() > rule.maxLength) {
                diagnostics.report(Problem.MACHINE_NAME_TOO_LONG, environment.at(), name, environment.value(),
                        name.length(), driver.id(), rule.maxLength, rule.why);
                return false;
            }
            if (!rule.grammar.matcher(name).matches()) {
                diagnostics.report(Problem.MACHINE_NAME_INVALID, environment.at(), name, environment.value(),
                        driver.id(), rule.grammarWords);
                return false;
            }
        }
        return true;
    }
}
