package dev.gantry.targets.compose;

import dev.gantry.model.Limits;
import dev.gantry.model.Located;
import dev.gantry.model.Placement;
import dev.gantry.model.Process;
import dev.gantry.model.Service;
import dev.gantry.render.Doc;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How compose starts, stops and confines a service's container, in compose's keys: init, terminal,
 * stop signal and grace period, in-memory folders, shared memory, ulimits, sysctls, logging,
 * profiles, a fixed container name and Swarm placement.
 */
final class ComposeRuntime {

    private ComposeRuntime() {
    }

    static void options(Service s, Doc.Mapping out) {
        Process process = s.process();
        flag(out, "init", process.init());
        flag(out, "stdin_open", process.stdinOpen());
        flag(out, "tty", process.tty());
        process.stopSignal().ifPresent(v -> out.text("stop_signal", v.value()));
        process.stopGracePeriod().ifPresent(v -> out.text("stop_grace_period", v.value()));
        out.texts("tmpfs", s.mounts().tmpfs().stream()
                .map(t -> t.path() + t.sizeMiB().map(m -> ":size=" + m + "m").orElse("")).toList());
        limits(s.options().limits(), out);
        s.options().logging().ifPresent(l -> {
            Doc.Mapping logging = new Doc.Mapping().text("driver", l.driver());
            logging.textMap("options", l.options());
            out.put("logging", logging);
        });
        out.texts("profiles", s.options().profiles().stream().map(Located::value).toList());
        s.options().containerName().ifPresent(n -> out.text("container_name", n.value()));
        placement(s.placement().constraints(), out);
    }

    private static void flag(Doc.Mapping out, String key, boolean value) {
        if (value) {
            out.put(key, Doc.flag(true));
        }
    }

    private static void limits(Limits limits, Doc.Mapping out) {
        limits.shmSizeMiB().ifPresent(m -> out.text("shm_size", m.value() + "m"));
        if (!limits.ulimits().isEmpty()) {
            Doc.Mapping ulimits = new Doc.Mapping();
            limits.ulimits().forEach((name, l) -> ulimits.put(name, l.soft() == l.hard() ? Doc.number(l.soft())
                    : new Doc.Mapping().put("soft", Doc.number(l.soft())).put("hard", Doc.number(l.hard()))));
            out.put("ulimits", ulimits);
        }
        Map<String, String> sysctls = new LinkedHashMap<>();
        limits.sysctls().forEach((k, v) -> sysctls.put(k, v.value()));
        out.textMap("sysctls", sysctls);
    }

    /** {@code deploy.placement}: what {@code docker stack deploy} reads; docker-compose alone ignores it. */
    private static void placement(Placement.Constraints constraints, Doc.Mapping out) {
        if (constraints.isEmpty()) {
            return;
        }
        Doc.Mapping placement = new Doc.Mapping();
        placement.texts("constraints", constraints.constraints().stream().map(Located::value).toList());
        List<Doc> spread = constraints.spread().stream()
                .<Doc>map(s -> new Doc.Mapping().text("spread", s.value())).toList();
        if (!spread.isEmpty()) {
            placement.put("preferences", new Doc.Sequence(spread));
        }
        out.put("deploy", new Doc.Mapping().put("placement", placement));
    }
}
