package dev.gantry.plan;

import dev.gantry.catalog.Value;
import dev.gantry.diag.Position;
import dev.gantry.model.CatalogConfig;
import dev.gantry.model.Command;
import dev.gantry.model.EnvValue;
import dev.gantry.model.Environment;
import dev.gantry.model.ImageSource;
import dev.gantry.model.Located;
import dev.gantry.model.Port;
import dev.gantry.model.Service;
import dev.gantry.model.ServiceSource;
import dev.gantry.model.Volume;
import dev.gantry.plan.ecs.TaskLayout;
import dev.gantry.plan.local.LocalContainer;
import dev.gantry.plan.local.LocalRun;
import dev.gantry.util.Records;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The resolved plan as indented text, for people and for snippet tests: each environment with its
 * services as resolution left them (every setting that is set, a located value with the line and
 * column it came from), the containers of its local run and its ECS tasks. Unset values (empty,
 * absent, false) are left out, so the text shows what a file says and what Gantry made of it.
 */
public final class PlanText {

    private final StringBuilder out = new StringBuilder();

    private PlanText() {
    }

    public static String of(ProjectPlan plan) {
        PlanText text = new PlanText();
        plan.environments().values().forEach(text::environment);
        return text.out.toString();
    }

    private void environment(EnvironmentPlan plan) {
        Environment env = plan.env();
        out.append("environment ").append(env.id()).append(" @").append(env.name().at()).append('\n');
        line(1, "kind", env.kind().label());
        line(1, "profile", env.profile().label());
        env.branch().ifPresent(b -> line(1, "branch", b));
        line(1, "targets", String.join(", ", env.targets().stream().map(Located::value).toList()));
        env.storage().ifPresent(s -> value(1, "storage", s));
        if (!env.secrets().isEmpty()) {
            value(1, "secrets", env.secrets());
        }
        for (Service service : env.services().values()) {
            out.append("  service ").append(service.id()).append(" @").append(service.name().at()).append('\n');
            for (RecordComponent component : Service.class.getRecordComponents()) {
                if (!component.getName().equals("name")) {
                    value(2, component.getName(), Records.component(service, component));
                }
            }
        }
        plan.local().ifPresent(run -> run("local run", ".env", run));
        plan.cluster().ifPresent(run -> run("cluster run", "secrets", run));
        if (env.uses("ecs")) {
            for (TaskLayout.Task task : plan.ecsTasks().tasks()) {
                line(1, "ecs task " + task.main().id(),
                        String.join(", ", task.containers().stream().map(Service::id).toList()));
            }
        }
    }

    /** A run's containers with what they get, and the variables it reads ({@code variables}: where from). */
    private void run(String label, String variables, LocalRun run) {
        out.append("  ").append(label).append(' ').append(run.projectName()).append('\n');
        for (LocalContainer c : run.containers()) {
            out.append("    ").append(c.name()).append(" (").append(c.role().name().toLowerCase(java.util.Locale.ROOT))
                    .append("): ").append(text(c.image().reference()))
                    .append(c.image().buildTarget().map(t -> ", built as " + t).orElse("")).append('\n');
            c.environment().forEach((k, v) -> line(3, "env " + k, text(v)));
            c.dependsOn().forEach((k, v) -> line(3, "waits for " + k, v.compose()));
        }
        if (!run.variables().isEmpty()) {
            line(2, variables, String.join(", ", new java.util.TreeSet<>(run.variables().keySet())));
        }
    }

    private static String text(Value value) {
        return value.withPlaceholders();
    }

    private void line(int depth, String key, String value) {
        out.append("  ".repeat(depth)).append(key).append(": ").append(value).append('\n');
    }

    /** Writes {@code value} under {@code key}, unless it is unset. */
    private void value(int depth, String key, Object value) {
        if (unset(value)) {
            return;
        }
        String pad = "  ".repeat(depth);
        Object plain = unwrap(value);
        if (plain instanceof Located<?> located) {
            Object inner = unwrap(located.value());
            if (isScalar(inner)) {
                out.append(pad).append(key).append(": ").append(scalar(inner)).append(at(located.at())).append('\n');
                return;
            }
            out.append(pad).append(key).append(":").append(at(located.at())).append('\n');
            children(depth + 1, inner);
            return;
        }
        if (isScalar(plain)) {
            out.append(pad).append(key).append(": ").append(scalar(plain)).append('\n');
            return;
        }
        out.append(pad).append(key).append(":\n");
        children(depth + 1, plain);
    }

    private void children(int depth, Object value) {
        String pad = "  ".repeat(depth);
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> value(depth, String.valueOf(k), v));
        } else if (value instanceof Collection<?> list) {
            for (Object item : list) {
                Object plain = unwrap(item);
                if (plain instanceof Located<?> located && isScalar(unwrap(located.value()))) {
                    out.append(pad).append("- ").append(scalar(unwrap(located.value()))).append(at(located.at()))
                            .append('\n');
                } else if (isScalar(plain)) {
                    out.append(pad).append("- ").append(scalar(plain)).append('\n');
                } else {
                    out.append(pad).append("-\n");
                    children(depth + 1, plain);
                }
            }
        } else if (value instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                value(depth, component.getName(), Records.component(record, component));
            }
        } else {
            out.append(pad).append(scalar(value)).append('\n');
        }
    }

    private static String at(Position position) {
        return position.equals(Position.UNKNOWN) ? "" : " @" + position;
    }

    private static Object unwrap(Object value) {
        if (value instanceof Optional<?> optional) {
            return optional.map(PlanText::unwrap).orElse(null);
        }
        if (value instanceof OptionalInt optional) {
            return optional.isPresent() ? optional.getAsInt() : null;
        }
        return value;
    }

    private static boolean unset(Object value) {
        Object plain = unwrap(value);
        return plain == null || Boolean.FALSE.equals(plain) || plain instanceof Position
                || (plain instanceof Collection<?> c && c.isEmpty()) || (plain instanceof Map<?, ?> m && m.isEmpty())
                || (plain instanceof Record r && allUnset(r));
    }

    private static boolean allUnset(Record record) {
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            if (!unset(Records.component(record, component))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isScalar(Object value) {
        return value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof Enum<?> || value instanceof Value || compact(value) != null;
    }

    /** The model's small values in the words environment.yaml uses for them; null for anything else. */
    private static String compact(Object value) {
        if (value instanceof EnvValue.Literal literal) {
            return scalar(literal.value());
        }
        if (value instanceof EnvValue.Secret secret) {
            return "{secret: " + secret.name() + "}";
        }
        if (value instanceof EnvValue.Ref ref) {
            return "{ref: " + ref.service() + "." + ref.field() + "}";
        }
        if (value instanceof ServiceSource.Catalog use) {
            return "use " + use.kind() + ":" + use.version();
        }
        if (value instanceof ServiceSource.Image image) {
            return image.source() instanceof ImageSource.Built built ? "image " + built.image() + " (built)"
                    : "image " + ((ImageSource.Published) image.source()).reference();
        }
        if (value instanceof Command command) {
            return command.shell() ? "shell " + scalar(command.args().get(0)) : command.args().toString();
        }
        if (value instanceof Port port) {
            return port.hostIp().map(ip -> ip + ":").orElse("")
                    + (port.published().isPresent() ? port.published().getAsInt() + ":" : "") + port.containerPort();
        }
        if (value instanceof CatalogConfig.Setting setting) {
            return scalar(setting.text()) + at(setting.at());
        }
        if (value instanceof Volume volume) {
            return volume.source() + ":" + volume.target() + (volume.readOnly() ? ":ro" : "")
                    + volume.size().map(size -> " (" + size + ")").orElse("");
        }
        return null;
    }

    private static String scalar(Object value) {
        String compact = compact(value);
        if (compact != null) {
            return compact;
        }
        if (value instanceof Enum<?> e) {
            return e.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
        if (value instanceof Value v) {
            return text(v);
        }
        if (value instanceof String s) {
            return s.isEmpty() || s.contains("\n") || !s.strip().equals(s) ? dev.gantry.util.Json.quote(s) : s;
        }
        return String.valueOf(value);
    }

}
