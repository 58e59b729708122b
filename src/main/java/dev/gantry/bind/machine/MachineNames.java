package dev.gantry.bind.machine;

import dev.gantry.diag.Code;
import dev.gantry.diag.Diagnostics;
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
            String which = "machine name `" + name + "` of environment `" + environment.value() + "`";
            if (name.length() > rule.maxLength) {
                diagnostics.error(Code.TARGET_CONFIG, environment.at(), which + " is " + name.length()
                        + " characters long, but the " + driver.id() + " driver takes at most " + rule.maxLength + ": "
                        + rule.why, "shorten the project name or the environment name");
                return false;
            }
            if (!rule.grammar.matcher(name).matches()) {
                diagnostics.error(Code.TARGET_CONFIG, environment.at(), which + " is not a valid "
                        + driver.id() + " machine name", "use " + rule.grammarWords + " in the project and"
                        + " environment names");
                return false;
            }
        }
        return true;
    }
}
