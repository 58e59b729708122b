package dev.gantry.targets.machine;

import dev.gantry.diag.Diagnostics;
import dev.gantry.diag.Problem;
import dev.gantry.model.Raw;
import dev.gantry.model.machine.CreateArg;
import dev.gantry.model.machine.MachineSettings;
import dev.gantry.targets.RawKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An environment's {@code raw.docker-machine} block: flags of {@code docker-machine create} merged into
 * the ones Gantry generates. A flag replaces every generated one of its name (where the first stood),
 * {@code false} or {@code null} removes it, {@code true} gives it without a value, a list once per
 * item. Flags are the driver's own ({@code <driver>-...}) or common to every driver; the script
 * single-quotes every value, like the generated ones.
 */
final class RawFlags {

    private static final List<String> COMMON = List.of("engine-", "swarm-", "swarm", "tls-san");
    private static final Pattern CREDENTIAL = Pattern.compile(".*-(access-key|secret-key|session-token|access-token)");
    /** docker-machine writes engine options unquoted into the engine's service file on the machine. */
    private static final Pattern ENGINE_VALUE = Pattern.compile("[A-Za-z0-9._:/@+=,%-]*");

    private final MachineSettings settings;
    private final String environment;
    private final Diagnostics diagnostics;
    private final List<RawKey> keys = new ArrayList<>();

    RawFlags(MachineSettings settings, String environment, Diagnostics diagnostics) {
        this.settings = settings;
        this.environment = environment;
        this.diagnostics = diagnostics;
    }

    /** Where raw values went, for the artifact. */
    List<RawKey> keys() {
        return List.copyOf(keys);
    }

    /** The create arguments with {@code block} merged in; the generated ones when a flag is refused (after reporting it). */
    List<CreateArg> merge(Optional<Raw.Mapping> block, String script) {
        List<CreateArg> args = new ArrayList<>(settings.createArgs());
        if (block.isEmpty()) {
            return args;
        }
        for (Raw.Entry entry : block.get().entries().values()) {
            String flag = "--" + entry.key();
            if (!allowed(entry)) {
                continue;
            }
            Optional<List<CreateArg>> given = args(flag, entry);
            if (given.isEmpty()) {
                continue;
            }
            keys.add(new RawKey(List.of("create", entry.key()), entry.keyAt()));
            List<String> generated = args.stream().filter(a -> a.flag().equals(flag))
                    .map(a -> a.value() == null ? flag : flag + " " + a.value()).toList();
            int at = args.stream().map(CreateArg::flag).toList().indexOf(flag);
            args.removeIf(a -> a.flag().equals(flag));
            args.addAll(at < 0 ? args.size() : at, given.get());
            if (!generated.isEmpty()) {
                diagnostics.report(given.get().isEmpty() ? Problem.MACHINE_RAW_REMOVES : Problem.MACHINE_RAW_REPLACES,
                        entry.keyAt(), entry.key(), String.join(" ", generated), script);
            }
        }
        return args;
    }

    private boolean allowed(Raw.Entry entry) {
        String driver = settings.driver().id();
        String name = entry.key();
        if (name.equals("driver")) {
            return refuse(entry, Problem.MACHINE_RAW_DRIVER);
        }
        if (!name.startsWith(driver + "-") && COMMON.stream().noneMatch(name::startsWith)) {
            return refuse(entry, Problem.MACHINE_RAW_OTHER_DRIVER, name, driver, environment);
        }
        if (CREDENTIAL.matcher(name).matches()) {
            return refuse(entry, Problem.MACHINE_RAW_CREDENTIAL, name, String.join(" ", settings.driver().credentials()));
        }
        return true;
    }

    private boolean refuse(Raw.Entry entry, Problem problem, Object... values) {
        diagnostics.report(problem, entry.keyAt(), values);
        return false;
    }

    /** The arguments a value gives; empty after reporting a value a flag cannot take. */
    private Optional<List<CreateArg>> args(String flag, Raw.Entry entry) {
        Raw value = entry.value();
        if (value instanceof Raw.Null || value instanceof Raw.Flag f && !f.value()) {
            return Optional.of(List.of());
        }
        if (value instanceof Raw.Flag) {
            return Optional.of(List.of(CreateArg.flag(flag)));
        }
        List<Raw> items = value instanceof Raw.Sequence seq ? seq.items() : List.of(value);
        List<CreateArg> out = new ArrayList<>();
        for (Raw item : items) {
            Optional<String> text = item instanceof Raw.Text t ? Optional.of(t.value())
                    : item instanceof Raw.Number n ? Optional.of(n.text()) : Optional.empty();
            if (text.isEmpty()) {
                diagnostics.report(Problem.MACHINE_RAW_VALUE_TYPE, item.at(), entry.key());
                return Optional.empty();
            }
            if (entry.key().startsWith("engine-") && !ENGINE_VALUE.matcher(text.get()).matches()) {
                diagnostics.report(Problem.MACHINE_RAW_ENGINE_VALUE, item.at(), entry.key());
                return Optional.empty();
            }
            out.add(CreateArg.of(flag, text.get()));
        }
        return Optional.of(out);
    }
}
