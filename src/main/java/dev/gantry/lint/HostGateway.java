package dev.gantry.lint;

import dev.gantry.diag.Code;
import dev.gantry.diag.Diagnostics;
import dev.gantry.model.Environment;
import dev.gantry.model.Project;
import dev.gantry.model.Service;
import java.util.List;

/**
 * {@code host-gateway} is the Docker engine's name for the host's address: compose (and docker-machine,
 * which runs compose files) passes it to the engine, but an ECS task definition or Platform.sh's
 * {@code additional_hosts} would take it as an address, which it is not.
 */
final class HostGateway implements LintRule {

    static final String HOST_GATEWAY = "host-gateway";
    private static final List<String> WITHOUT_IT = List.of("ecs", "platformsh");

    @Override
    public void check(Project project, Diagnostics diagnostics) {
        for (Environment env : project.environments().values()) {
            for (String target : WITHOUT_IT) {
                if (!env.uses(target)) {
                    continue;
                }
                for (Service service : env.services().values()) {
                    service.network().extraHosts().forEach((host, address) -> {
                        if (address.equals(HOST_GATEWAY)) {
                            diagnostics.error(Code.TARGET_UNSUPPORTED, service.name().at(), "service `" + service.id()
                                    + "` maps " + host + " to host-gateway in environment `" + env.id() + "`, which"
                                    + " the " + target + " target runs: only a Docker engine knows that address",
                                    "set extra_hosts with host-gateway in the environments that run compose only");
                        }
                    });
                }
            }
        }
    }
}
