package dev.gantry.targets.ecs;

import dev.gantry.diag.Problem;
import dev.gantry.model.Located;
import dev.gantry.model.Service;
import dev.gantry.plan.ecs.TaskLayout;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Swarm placement constraints as ECS task placement constraints ({@code memberOf} in ECS's cluster
 * query language): a node label is a container instance's custom attribute, the node's OS and CPU
 * architecture ECS's own attributes. What has no equivalent (a host name, a Swarm role, an engine
 * label) is an error at its line, and so is any constraint on Fargate, which has no instances to choose.
 */
final class EcsPlacement {

    private static final Pattern CONSTRAINT = Pattern.compile("^(\\S+?)\\s*(==|!=)\\s*(\\S+)$");

    record Constraint(String type, String expression) {
    }

    private EcsPlacement() {
    }

    static List<Constraint> of(EcsEnvironment ctx, TaskLayout.Task task) {
        Set<String> expressions = new LinkedHashSet<>();
        for (Service service : task.containers()) {
            for (Located<String> constraint : service.placement().constraints().constraints()) {
                if (ctx.settings.fargate()) {
                    ctx.findings.report(Problem.ECS_FARGATE_CONSTRAINTS, constraint.at(), service.id(), ctx.env.id());
                    continue;
                }
                expression(constraint.value()).ifPresentOrElse(expressions::add, () -> ctx.findings.report(
                        Problem.ECS_CONSTRAINT_UNMAPPED, constraint.at(), constraint.value(), service.id()));
            }
        }
        List<Constraint> out = new ArrayList<>();
        expressions.forEach(e -> out.add(new Constraint("memberOf", e)));
        return out;
    }

    /** {@code node.labels.disk == ssd} -> {@code attribute:disk == ssd}. */
    static Optional<String> expression(String constraint) {
        Matcher m = CONSTRAINT.matcher(constraint.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String field = m.group(1);
        String value = m.group(3);
        String attribute;
        if (field.startsWith("node.labels.")) {
            attribute = field.substring("node.labels.".length());
        } else if (field.equals("node.platform.os")) {
            attribute = "ecs.os-type";
        } else if (field.equals("node.platform.arch")) {
            attribute = "ecs.cpu-architecture";
            value = value.equals("aarch64") ? "arm64" : value;
        } else {
            return Optional.empty();
        }
        return Optional.of("attribute:" + attribute + " " + m.group(2) + " " + value);
    }
}
