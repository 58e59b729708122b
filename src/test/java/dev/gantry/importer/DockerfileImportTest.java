package dev.gantry.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.importer.dockerfile.Dockerfile;
import dev.gantry.importer.dockerfile.DockerfileParser;
import dev.gantry.importer.verify.Row;
import dev.gantry.importer.verify.Verification;
import dev.gantry.importer.verify.Verifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dockerfiles as Docker reads them, and multi-stage Dockerfiles into nested images that build the same. */
class DockerfileImportTest {

    private static final String MULTI_STAGE = String.join("\n",
            "# syntax=docker/dockerfile:1.7",
            "FROM node:20.18-bookworm-slim AS assets",
            "WORKDIR /build",
            "COPY package.json package-lock.json ./",
            "RUN npm ci",
            "COPY assets/ assets/",
            "RUN npm run build",
            "",
            "FROM php:8.3-fpm-bookworm AS base",
            "ENV COMPOSER_ALLOW_SUPERUSER=1 \\",
            "    PHP_OPCACHE_VALIDATE_TIMESTAMPS=0",
            "RUN apt-get update \\",
            "    # Docker drops this comment line",
            "    && apt-get install -y --no-install-recommends libicu-dev \\",
            "    && docker-php-ext-install intl",
            "RUN --mount=type=cache,target=/root/.composer composer --version",
            "VOLUME /var/www/html/var",
            "WORKDIR /var/www/html",
            "",
            "FROM base AS prod",
            "COPY --chown=www-data:www-data . .",
            "COPY --from=assets --link /build/public/build public/build",
            "ENV APP_ENV=prod",
            "RUN php bin/console cache:warmup",
            "LABEL org.opencontainers.image.title=\"shop\" maintainer=ops@example.com",
            "STOPSIGNAL SIGQUIT",
            "ONBUILD RUN echo child",
            "USER www-data",
            "CMD php-fpm --nodaemonize",
            "");

    @Test
    void joinsContinuedLinesAsDockerDoes() throws InputError {
        Dockerfile parsed = DockerfileParser.parse(MULTI_STAGE, "Dockerfile");
        assertEquals(3, parsed.stages().size());
        assertEquals(List.of("assets", "base", "prod"), parsed.stages().stream().map(Dockerfile.BuildStage::name).toList());
        var run = parsed.stages().get(1).instructions().get(1);
        assertEquals("apt-get update     && apt-get install -y --no-install-recommends libicu-dev     && "
                + "docker-php-ext-install intl", run.args());
        assertEquals(new Origin("Dockerfile", 12, 1), run.origin());
        assertEquals(run.args(), run.lines(), "a comment inside the continuation: the lines cannot be kept");
        var env = parsed.stages().get(1).instructions().get(0);
        assertEquals("COMPOSER_ALLOW_SUPERUSER=1 \\\n    PHP_OPCACHE_VALIDATE_TIMESTAMPS=0", env.lines());
    }

    @Test
    void readsEscapeDirectivesAndHereDocuments() throws InputError {
        Dockerfile parsed = DockerfileParser.parse("# escape=`\nFROM alpine:3.20\nRUN echo a `\n  b\nRUN <<EOF\n"
                + "echo one\nEOF\nRUN echo after\n", "Dockerfile");
        List<String> args = parsed.stages().get(0).instructions().stream().map(i -> i.args()).toList();
        assertEquals(List.of("echo a   b", "<<EOF", "echo after"), args);
        assertTrue(parsed.stages().get(0).instructions().get(1).hasHeredoc());
    }

    @Test
    void refusesWhatDockerRefusesAtItsLine() {
        Map<String, String> cases = Map.of(
                "RUN echo before\nFROM alpine:3.20\n", "Dockerfile:1:1: error[E954]: RUN before the first FROM",
                "FROM alpine:3.20\n  COPPY a b\n", "Dockerfile:2:3: error[E951]: unknown instruction `COPPY`",
                "FROM\n", "Dockerfile:1:1: error[E953]: FROM needs an image",
                "FROM alpine:3.20\nRUN <<EOF\necho\n", "Dockerfile:2:1: error[E952]: the here-document `<<EOF` is not closed",
                "# just a comment\n", "Dockerfile:1:1: error[E955]: the Dockerfile has no FROM instruction");
        cases.forEach((text, message) -> {
            InputError e = assertThrows(InputError.class, () -> DockerfileParser.parse(text, "Dockerfile"), text);
            assertTrue(e.describe().startsWith(message), e.describe());
        });
    }

    @Test
    void stagesBecomeNestedImagesThatBuildTheSame(@TempDir Path dir) throws Exception {
        Path project = Files.createDirectories(dir.resolve("shop"));
        Files.writeString(project.resolve("Dockerfile"), MULTI_STAGE);
        Path out = project.resolve("environment.yaml");
        ImportResult result = Importer.run(new ImportRequest(List.of(new ImportRequest.Group(Optional.empty(),
                List.of(project.resolve("Dockerfile")))), out, Optional.empty()));
        String yaml = result.yaml();
        assertTrue(yaml.contains("  prod:\n    description: " + Importer.display(project.resolve("Dockerfile"))
                + ", stage prod\n    from: base\n"), yaml);
        assertTrue(yaml.contains("{src: assets/build/public/build, dest: public/build, from: assets}")
                || yaml.contains("from: assets"), yaml);
        Verification verification = Verifier.verify(result, out);
        Map<Integer, String> notCarried = new TreeMap<>();
        for (Map<String, Row> rows : verification.merged().values()) {
            rows.values().stream().filter(r -> r.carry() == Carry.NOT_CARRIED)
                    .forEach(r -> notCarried.put(r.origin().line(), r.note()));
        }
        // the BuildKit cache mount, COPY --link, STOPSIGNAL and ONBUILD are carried since issues 19 and 20
        assertTrue(yaml.contains("{command: composer --version, mounts: [{cache: /root/.composer}]}")
                || yaml.contains("mounts:"), yaml);
        assertTrue(yaml.contains("link: true"), yaml);
        assertTrue(yaml.contains("    stop_signal: SIGQUIT\n"), yaml);
        assertTrue(yaml.contains("end: [ONBUILD RUN echo child]"), yaml);
        // VOLUME discards what later instructions write: no raw line can stand where it stands
        assertEquals(List.of(17), List.copyOf(notCarried.keySet()), verification::table);
        assertTrue(notCarried.get(17).contains("VOLUME") && !notCarried.get(17).contains("issue"));
        assertEquals(0, verification.rows().stream().filter(r -> r.note() != null
                && r.note().startsWith("the generated file")).count(), verification::table);
    }
}
