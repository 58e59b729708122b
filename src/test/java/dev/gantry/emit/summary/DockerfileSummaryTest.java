package dev.gantry.emit.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gantry.targets.ArtifactSummary.Meaning;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DockerfileSummaryTest {

    private static final String BEFORE = """
            # a comment
            FROM php:8.2-fpm AS base
            ENV A="1" B="two words"
            LABEL "org.opencontainers.image.title"="shop" version=1
            ARG BUILD
            RUN apt-get update && \\
                apt-get install -y git
            USER www-data

            FROM base AS app
            ENV LEGACY value with spaces
            COPY ["app/", "/var/www/"]
            """;

    private static List<String> describe(String after) {
        return new DockerfileSummary().describe("Dockerfile", BEFORE, after).stream()
                .map(m -> m.subject() + ": " + m.change()).toList();
    }

    @Test
    void sameFileMeansNothing() {
        assertEquals(List.of(), describe(BEFORE));
    }

    @Test
    void baseImageAndKeyedValuesByKey() {
        assertEquals(List.of(
                "build target `base`: FROM `php:8.2-fpm` -> `php:8.3-fpm`",
                "build target `base`: ENV `A`: `1` -> `3`",
                "build target `base`: ENV `B` removed (was `two words`)",
                "build target `base`: ENV `C` added: `see \"this\"`",
                "build target `base`: LABEL `org.opencontainers.image.title`: `shop` -> `store`",
                "build target `base`: ARG `BUILD`: (empty) -> `42`",
                "build target `app`: ENV `LEGACY`: `value with spaces` -> `other value`"),
                describe(BEFORE.replace("php:8.2", "php:8.3").replace("ENV A=\"1\" B=\"two words\"",
                        "ENV A=\"3\" C=\"see \\\"this\\\"\"").replace("=\"shop\"", "=\"store\"")
                        .replace("ARG BUILD", "ARG BUILD=42").replace("value with spaces", "other value")));
    }

    @Test
    void otherInstructionsAddedRemovedAndContinuationsJoined() {
        assertEquals(List.of(
                "build target `base`: RUN removed: `apt-get update &&  apt-get install -y git`",
                "build target `base`: RUN added: `apt-get update && apt-get install -y git curl`",
                "build target `app`: USER added: `nobody`"),
                describe(BEFORE.replace("\\\n    apt-get install -y git", "apt-get install -y git curl")
                        .replace("COPY", "USER nobody\nCOPY")));
    }

    @Test
    void stagesAddedAndRemovedByName() {
        assertEquals(List.of("build target `app`: removed", "build target `web`: added, FROM `base`"),
                describe(BEFORE.replace("AS app", "AS web")));
    }

    @Test
    void keyValuesReadAsDockerDoes() {
        assertEquals(Map.of("A", "1", "B", "x y", "C", "it's", "D", "$HOME"),
                KeyValues.parse("A=1 B=\"x y\" C='it'\"'\"'s' D=\"\\$HOME\""));
        assertEquals(Map.of("KEY", "a value"), KeyValues.parse("KEY a value"));
        assertEquals(Map.of("NAME", ""), KeyValues.parse("NAME"));
    }

    @Test
    void valuesAreCodeSpansOnOneLine() {
        Meaning m = new DockerfileSummary().describe("Dockerfile", "FROM a AS x\nENV K=\"`q`\"\n",
                "FROM a AS x\nENV K=\"" + "v".repeat(100) + "\"\n").get(0);
        assertEquals("ENV `K`: `` `q` `` -> `" + "v".repeat(77) + "...`", m.change());
    }
}
