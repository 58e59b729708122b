package dev.gantry.bind.machine;

import dev.gantry.bind.Fields;
import dev.gantry.diag.Diagnostics;
import dev.gantry.diag.Position;
import dev.gantry.diag.Problem;
import dev.gantry.load.YMap;
import dev.gantry.load.YNode;
import dev.gantry.model.Located;
import dev.gantry.model.machine.CreateArg;
import dev.gantry.model.machine.DriftCheck;
import dev.gantry.model.machine.MachineSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Binds an environment's {@code machine} settings, after {@code extends} has merged them: the schema
 * has checked each key and value where it was written, so what is left are the rules that need the
 * merged whole (a driver, the options it cannot do without, a count it can make, machine names its
 * cloud takes).
 */
public final class MachineSettingsBinder {

    private final String project;
    private final Located<String> environment;
    private final Diagnostics diagnostics;

    private MachineSettingsBinder(String project, Located<String> environment, Diagnostics diagnostics) {
        this.project = project;
        this.environment = environment;
        this.diagnostics = diagnostics;
    }

    /**
     * The settings of environment {@code environment} of project {@code project}, which lists the
     * docker-machine target at {@code target}; empty after reporting why they cannot make a script.
     */
    public static Optional<MachineSettings> bind(String project, Located<String> environment, Optional<YMap> block,
            Position target, Diagnostics diagnostics) {
        return new MachineSettingsBinder(project, environment, diagnostics).bind(block, target);
    }

    private String id() {
        return environment.value();
    }

    private Optional<MachineSettings> bind(Optional<YMap> block, Position target) {
        if (block.isEmpty()) {
            diagnostics.report(Problem.MACHINE_SETTINGS_MISSING, target, id());
            return Optional.empty();
        }
        YMap machine = block.get();
        Optional<Located<String>> driverName = Fields.located(machine, "driver");
        if (driverName.isEmpty()) {
            diagnostics.report(Problem.MACHINE_DRIVER_MISSING, machine.position(), id());
            return Optional.empty();
        }
        MachineDriver driver = MachineDriver.byId(driverName.get().value()).orElseThrow();
        YMap options = Fields.map(machine, driver.id());
        Position optionsAt = machine.get(driver.id()).isPresent() ? machine.keyPosition(driver.id())
                : driverName.get().at();
        boolean ok = requiredPresent(driver, options, optionsAt);
        ok &= countFits(driver, machine);
        ok &= portsCanOpen(driver, options);
        if (!ok) {
            return Optional.empty();
        }
        List<String> machines = MachineNames.of(project, id(), Fields.integer(machine, "count").orElse(1));
        if (!MachineNames.check(machines, driver, environment, diagnostics)) {
            return Optional.empty();
        }
        List<CreateArg> args = new ArrayList<>(List.of(CreateArg.of("--driver", driver.id())));
        List<DriftCheck> drift = new ArrayList<>();
        apply(driver.options(), options, args, drift);
        apply(MachineDriver.ENGINE_OPTIONS, Fields.map(machine, "engine"), args, drift);
        return Optional.of(new MachineSettings(new MachineSettings.Driver(driver.id(), driver.credentials(),
                driver.existingHost()), machines, args, drift));
    }

    private static void apply(List<MachineOption> catalog, YMap given, List<CreateArg> args, List<DriftCheck> drift) {
        for (MachineOption option : catalog) {
            Optional<YNode> value = given.get(option.key());
            if (value.isEmpty()) {
                option.encoding().absent(option.flag(), args);
                continue;
            }
            option.encoding().encode(option.flag(), value.get(), args);
            option.inspectFormat().ifPresent(format -> option.encoding().kept(value.get())
                    .ifPresent(expected -> drift.add(new DriftCheck(option.key(), format, expected))));
        }
    }

    private boolean requiredPresent(MachineDriver driver, YMap options, Position at) {
        boolean ok = true;
        for (Map.Entry<String, String> need : driver.required()) {
            if (options.get(need.getKey()).isEmpty()) {
                diagnostics.report(Problem.MACHINE_OPTION_MISSING, at, id(), driver.id(), need.getKey(),
                        need.getValue());
                ok = false;
            }
        }
        return ok;
    }

    private boolean countFits(MachineDriver driver, YMap machine) {
        Optional<Located<String>> count = Fields.located(machine, "count");
        if (driver.existingHost() && count.isPresent() && !"1".equals(count.get().value())) {
            diagnostics.report(Problem.MACHINE_COUNT_OF_HOST, count.get().at(), id(), driver.id());
            return false;
        }
        return true;
    }

    /** docker-machine opens {@code open_ports} only in a security group it may change. */
    private boolean portsCanOpen(MachineDriver driver, YMap options) {
        if (driver != MachineDriver.AMAZONEC2 || options.get("open_ports").isEmpty()
                || Fields.optionalFlag(options, "security_group_readonly").equals(Optional.of(false))) {
            return true;
        }
        diagnostics.report(Problem.MACHINE_PORTS_READ_ONLY, options.keyPosition("open_ports"), id());
        return false;
    }
}
