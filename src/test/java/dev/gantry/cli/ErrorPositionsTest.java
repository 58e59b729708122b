package dev.gantry.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.support.CliRun;
import dev.gantry.support.TempProject;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each problem is reported where it is, with the words and the hint that fit it, and all of them in one run. */
class ErrorPositionsTest {

    private static final Pattern ERROR = Pattern.compile("environment\\.yaml:(\\d+:\\d+): error\\[(E\\d+)\\]: (.*)");

    private static CliRun validate(Path dir, String yaml) {
        return new TempProject(dir).write(yaml).run("validate");
    }

    /** Each error as {@code line:col Ecode: message}. */
    private static List<String> errors(CliRun run) {
        Matcher m = ERROR.matcher(run.err());
        return m.results().map(r -> r.group(1) + " " + r.group(2) + ": " + r.group(3)).toList();
    }

    @Test
    void aPortOutOfRangeIsReportedAtThePortWithItsValue(@TempDir Path dir) {
        CliRun run = validate(dir, """
                gantry: 1
                project:
                  name: shop
                services:
                  app:
                    image: php:8.3-fpm
                    ports: [9000, "8080:99999"]
                """);
        assertEquals(List.of("7:19 E024: `8080:99999` is not a valid value for services.app.ports[1]"), errors(run));
        assertTrue(run.err().contains("hint: A port, a number from 1 to 65535"), run.err());
    }

    @Test
    void anImageNameCloseToAnImageOfTheFileSaysDidYouMeanFirst(@TempDir Path dir) {
        CliRun run = validate(dir, """
                gantry: 1
                project:
                  name: shop
                images:
                  base:
                    from: debian:bookworm-slim
                  app:
                    from: bse
                """);
        assertEquals(List.of("8:11 E066: `bse` is not an image of this file: did you mean `base`?"), errors(run));
        assertTrue(run.err().contains("hint: if you mean a published image, pin a version, e.g. `bse:1.2.3`"),
                run.err());
    }

    @Test
    void anOverIndentedKeyIsToldToAlignWithTheKeyAboveIt(@TempDir Path dir) {
        CliRun run = validate(dir, """
                gantry: 1
                project:
                  name: shop
                    registry: registry.example.com
                """);
        assertEquals(List.of("4:13 E105: mapping values are not allowed here"), errors(run));
        assertTrue(run.err().contains("hint: `registry` is indented more than `name` on line 3"), run.err());
        assertFalse(run.err().contains("must be quoted"), run.err());
    }

    @Test
    void aValueWithColonSpaceIsStillToldToQuote(@TempDir Path dir) {
        CliRun run = validate(dir, """
                gantry: 1
                project:
                  name: shop
                services:
                  app:
                    image: php:8.3-fpm
                    command: echo a: b
                """);
        assertTrue(run.err().contains("hint: a value that contains `: ` must be quoted"), run.err());
    }

    @Test
    void anUnknownKeyInAnEnvironmentsServiceGetsDidYouMean(@TempDir Path dir) {
        CliRun run = validate(dir, """
                gantry: 1
                project:
                  name: shop
                services:
                  app:
                    image: php:8.3-fpm
                environments:
                  dev:
                    targets: [compose]
                    services:
                      app:
                        portz: [80]
                """);
        assertEquals(List.of("12:9 E020: unknown key `portz` in environments.dev.services.app"), errors(run));
        assertTrue(run.err().contains("hint: did you mean `ports`?"), run.err());
    }

    /** Two schema errors, one resolve error, four lint errors: all in the first run. */
    @Test
    void aFileWithSevenMistakesReportsSevenInOneRun(@TempDir Path dir) {
        CliRun run = validate(dir, """
                gantry: 1
                project:
                  name: shop
                images:
                  base:
                    from: php:8.3-fpm-bookworm
                    stages:
                      - name: os
                        runn: [apt-get update]
                  app:
                    from: bse
                    stages:
                      - name: code
                        run: [composer install]
                services:
                  app:
                    image: app
                    ports: ["8080:99999"]
                    depends_on: [dbb]
                  db:
                    use: mariadb:10.11
                  web:
                    image: nginx:latest
                environments:
                  dev:
                    targets: [compose]
                    services:
                      app:
                        portz: [80]
                  qa:
                    extends: dve
                """);
        assertEquals(1, run.exit(), run.err());
        assertEquals(List.of(
                "9:9 E020: unknown key `runn` in images.base.stages[0]",
                "11:11 E066: `bse` is not an image of this file: did you mean `base`?",
                "18:13 E024: `8080:99999` is not a valid value for services.app.ports[0]",
                "19:18 E040: service `app` depends on `dbb`, which is not defined",
                "23:12 E060: image `nginx:latest` uses the `latest` tag, which changes under you",
                "29:9 E020: unknown key `portz` in environments.dev.services.app",
                "31:14 E047: environment `qa` extends `dve`, which is not defined"), errors(run), run.err());
    }

    /** What a later stage finds only because of an earlier error is not reported on top of it. */
    @Test
    void errorsThatFollowFromAnEarlierOneAreLeftOut(@TempDir Path dir) {
        CliRun run = validate(dir, """
                gantry: 1
                project:
                  name: shop
                images:
                  base:
                    form: debian:bookworm-slim
                  app:
                    from: base
                services:
                  db:
                    use: 5
                  app:
                    image: app
                    depends_on: [db, cache]
                    env:
                      DATABASE_URL: {ref: db.url}
                      DATABASE_HOST:
                        ref: db.host
                """);
        assertEquals(List.of(
                "6:5 E020: unknown key `form` in images.base",
                "11:10 E022: services.db.use must be a string, not an integer",
                "14:22 E040: service `app` depends on `cache`, which is not defined"), errors(run), run.err());
    }
}
