package dev.gantry.targets.kubernetes;

import dev.gantry.diag.Diagnostics;
import dev.gantry.diag.Findings;
import dev.gantry.plan.EnvironmentPlan;
import dev.gantry.plan.ProjectPlan;
import dev.gantry.targets.ArtifactPlan;
import dev.gantry.targets.ArtifactSummary;
import dev.gantry.targets.Scope;
import dev.gantry.targets.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Kubernetes manifests: for each environment that lists the {@code kubernetes} target, a folder
 * {@code deploy/kubernetes/<env>/} with one file per container of its cluster run (its workload,
 * Service and NetworkPolicy), the namespace, the Ingress, the claims and RBAC the containers need,
 * a {@code kustomization.yaml} listing them (with the built images' tags), and a README naming the
 * Secrets to create. {@code kubectl apply -k deploy/kubernetes/<env>} deploys the environment.
 */
public final class KubernetesTarget implements Target {

    static final String NAME = "kubernetes";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<ArtifactSummary> summary() {
        return Optional.of(new ManifestSummary());
    }

    @Override
    public List<ArtifactPlan> plan(ProjectPlan plan, Scope scope, Diagnostics diagnostics) {
        List<ArtifactPlan> plans = new ArrayList<>();
        for (EnvironmentPlan env : scope.using(plan, NAME)) {
            Findings findings = new Findings();
            List<ArtifactPlan> planned = new ClusterFolder(new Cluster(plan.project(), env, findings)).plan();
            findings.reportTo(diagnostics);
            if (!findings.hasErrors()) {
                plans.addAll(planned);
            }
        }
        return plans;
    }
}
