package dev.gantry.init;

import java.util.Arrays;
import java.util.List;

/** Where the `prod` environment runs: the targets its environment lists and the settings they need. */
public enum Production {
    COMPOSE("compose", "a Docker host of yours, with docker-compose.prod.yml"),
    DOCKER_MACHINE("docker-machine", "Docker hosts made by docker-machine (EC2)"),
    ECS("ecs", "AWS ECS Fargate"),
    PLATFORMSH("platformsh", "Platform.sh");

    private final String id;
    private final String label;

    Production(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public static final Answers ANSWERS = new Answers(Arrays.stream(values()).map(Production::id).toList(),
            List.of("docker-compose:compose", "machine:docker-machine", "aws:ecs", "fargate:ecs", "platform:platformsh",
                    "platform.sh:platformsh", "platform-sh:platformsh"));

    public static Production of(String id) {
        return Arrays.stream(values()).filter(p -> p.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no production target " + id));
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }
}
