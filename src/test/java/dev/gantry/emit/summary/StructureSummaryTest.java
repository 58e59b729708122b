package dev.gantry.emit.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class StructureSummaryTest {

    private static final String COMPOSE = """
            services:
              app:
                image: "shop:app-1.0"
                ports: ["8080:80"]
                environment:
                  APP_ENV: "dev"
              db:
                image: "mariadb:10.11"
            volumes:
              data: {}
            """;

    private static final String TASK = """
            {"family": "shop-prod", "cpu": "512", "memory": "1024",
             "containerDefinitions": [
               {"name": "app", "image": "shop:app-1.0", "memory": 768,
                "environment": [{"name": "APP_ENV", "value": "prod"}, {"name": "DEBUG", "value": "0"}]},
               {"name": "web", "image": "nginx:1.27.3", "portMappings": [{"containerPort": 80}]}]}
            """;

    private static List<String> yaml(String after) {
        return StructureSummary.yaml().describe("docker-compose.yaml", COMPOSE, after).stream()
                .map(m -> m.subject() + ": " + m.change()).toList();
    }

    private static List<String> json(String after) {
        return StructureSummary.json().describe("task.json", TASK, after).stream()
                .map(m -> m.subject() + ": " + m.change()).toList();
    }

    @Test
    void composeServicesTagsPortsAndEnvironment() {
        assertEquals(List.of(
                "service `app`: `image`: `\"shop:app-1.0\"` -> `\"shop:app-1.1\"`",
                "service `app`: `ports`: `[\"8080:80\"]` -> `[\"8081:80\"]`",
                "service `app`: `environment.APP_ENV`: `\"dev\"` -> `\"test\"`",
                "service `app`: `environment.XDEBUG` added: `\"1\"`",
                "service `db`: removed",
                "service `cache`: added",
                "file `docker-compose.yaml`: `volumes.data` removed (was `{}`)"),
                yaml("""
                        services:
                          app:
                            image: "shop:app-1.1"
                            ports: ["8081:80"]
                            environment:
                              APP_ENV: "test"
                              XDEBUG: "1"
                          cache:
                            image: "redis:7.2"
                        volumes: {}
                        """));
    }

    @Test
    void ecsContainersAndTheirEnvironmentByName() {
        assertEquals(List.of(
                "file `task.json`: `memory`: `\"1024\"` -> `\"2048\"`",
                "service `app`: `memory`: `768` -> `1792`",
                "service `app`: `environment[APP_ENV].value`: `\"prod\"` -> `\"production\"`",
                "service `app`: `environment[DEBUG]` removed (was `{\"name\":\"DEBUG\",\"value\":\"0\"}`)",
                "service `web`: `portMappings[0].containerPort`: `80` -> `8080`"),
                json(TASK.replace("\"1024\"", "\"2048\"").replace("768", "1792")
                        .replace(", {\"name\": \"DEBUG\", \"value\": \"0\"}", "")
                        .replace("\"value\": \"prod\"", "\"value\": \"production\"")
                        .replace("\"containerPort\": 80", "\"containerPort\": 8080")));
    }

    @Test
    void containersAreMatchedByNameNotPosition() {
        assertEquals(List.of("service `app`: removed", "service `api`: added"),
                json(TASK.replace("{\"name\": \"app\"", "{\"name\": \"api\"")));
        String app = TASK.substring(TASK.indexOf("{\"name\": \"app\""), TASK.indexOf(",\n   {\"name\": \"web\""));
        String web = TASK.substring(TASK.indexOf("{\"name\": \"web\""), TASK.lastIndexOf("]}"));
        assertEquals(List.of("service `app`: `memory`: `768` -> `512`"),
                json(TASK.replace(app, "@").replace(web, app.replace("768", "512")).replace("@", web)));
    }

    @Test
    void unreadableDataGivesNoSummary() {
        assertEquals(List.of(), yaml("services: [unclosed\n"));
        assertEquals(List.of(), json("{"));
    }
}
