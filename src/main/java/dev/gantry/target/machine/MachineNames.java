package dev.gantry.target.machine;

import dev.gantry.diag.Code;
import dev.gantry.diag.Diagnostics;
import dev.gantry.model.Environment;
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

    /** Reports, at the environment, a name the driver's cloud would refuse; true when all are accepted. */
    static boolean check(List<String> names, MachineDriver driver, Environment environment, Diagnostics diagnostics) {
        MachineDriver.Rule rule = driver.names();
        for (String name : names) {
            String which = "machine name `" + name + "` of environment `" + environment.id() + "`";
            if (name.length() > rule.maxLength) {
                diagnostics.error(Code.TARGET_CONFIG, environment.name().at(), which + " is " + name.length()
                        + " characters long, but the " + driver.id() + " driver takes at most " + rule.maxLength + ": "
                        + rule.why, "shorten the project name or the environment name");
                return false;
            }
            if (!rule.grammar.matcher(name).matches()) {
                diagnostics.error(Code.TARGET_CONFIG, environment.name().at(), which + " is not a valid "
                        + driver.id() + " machine name", "use " + rule.grammarWords + " in the project and"
                        + " environment names");
                return false;
            }
        }
        return true;
    }
}
