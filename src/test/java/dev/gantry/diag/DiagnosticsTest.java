package dev.gantry.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The collector and the catalogue's templates. */
class DiagnosticsTest {

    private static final Position AT = new Position(3, 5);

    @Test
    void theSameProblemAtTheSamePlaceIsReportedOnceAsFirstFound() {
        Diagnostics diagnostics = new Diagnostics("environment.yaml");
        diagnostics.report(Problem.SERVICE_SOURCE_MISSING, AT, "web", "prod");
        diagnostics.report(Problem.SERVICE_SOURCE_MISSING, AT, "web", "staging");
        diagnostics.report(Problem.SERVICE_SOURCE_MISSING, new Position(4, 1), "db", "prod");
        diagnostics.report(Problem.SERVICE_SOURCE_TWICE, AT, "web");
        List<Diagnostic> sorted = diagnostics.sorted();
        assertEquals(List.of("E042 3:5 service `web` in environment `prod` has neither `image` nor `use`",
                "E048 3:5 service `web` gives both `image` and `use`",
                "E042 4:1 service `db` in environment `prod` has neither `image` nor `use`"),
                sorted.stream().map(d -> d.code().id() + " " + d.position() + " " + d.message()).toList());
    }

    @Test
    void problemsWithoutAPlaceAreTheSameOnlyWhenTheirMessagesAre() {
        Diagnostics diagnostics = new Diagnostics("environment.yaml");
        diagnostics.report(Problem.UNKNOWN_SELECTION, null, "env", "qa", "environment", null);
        diagnostics.report(Problem.UNKNOWN_SELECTION, null, "env", "uat", "environment", null);
        diagnostics.report(Problem.UNKNOWN_SELECTION, null, "env", "qa", "environment", null);
        assertEquals(List.of("--env qa: no such environment", "--env uat: no such environment"),
                diagnostics.sorted().stream().map(Diagnostic::message).toList());
    }

    @Test
    void valuesGoInAsTheyAreWhateverTheLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            Diagnostic d = Problem.FILE_TOO_LARGE.at("environment.yaml", Position.UNKNOWN, 5_000_000L, 4_194_304L);
            assertEquals("file is 5000000 bytes; the limit is 4194304 bytes", d.message());
            Diagnostic apostrophes = Problem.ECS_JOINS_JOINER.at("environment.yaml", AT, "worker", "app", "web", "it's");
            assertEquals("`worker` joins the task of `app`, which itself joins the task of `web` in environment `it's`",
                    apostrophes.message());
            assertEquals("name the task's own service: `ecs: {task: web}`", apostrophes.hint());
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void aHintWithoutItsValueIsLeftOut() {
        Diagnostic d = Problem.UNKNOWN_EXTENDS.at("environment.yaml", AT, "prod", "bse", null);
        assertEquals("environment `prod` extends `bse`, which is not defined", d.message());
        assertNull(d.hint());
        assertEquals(Severity.ERROR, d.severity());
        assertEquals(Severity.WARNING, Problem.VERSION_UNKNOWN.severity());
    }

    @Test
    void aWrongNumberOfValuesOrAMissingOneInTheMessageIsABug() {
        assertThrows(IllegalArgumentException.class, () -> Problem.UNKNOWN_EXTENDS.at("f", AT, "prod", "base"));
        assertThrows(IllegalArgumentException.class, () -> Problem.UNKNOWN_EXTENDS.at("f", AT, null, "base", null));
    }

    @Test
    void bracesThatAreNoPlaceholderStayAsWritten() {
        assertEquals(List.of("env", "service", "kind", "version", "managed"), Problem.UNDECIDED_SERVICE.placeholders());
        String hint = Problem.UNDECIDED_SERVICE.at("f", AT, "prod", "db", "mariadb", "10.11", "RDS").hint();
        assertTrue(hint.contains("  environments: {prod: {services: {db: {container: true}}}}"), hint);
        assertEquals("`extends` takes a service name or `{service, file}`",
                Problem.COMPOSE_EXTENDS_FORM.at("f", AT).message());
    }
}
