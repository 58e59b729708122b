package dev.gantry.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.support.CliRun;
import dev.gantry.support.TempProject;
import java.nio.file.Path;
import org.approvaltests.Approvals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `gantry diff` says how a change reshapes each environment, in words and, in Markdown, as the
 * picture after the change with what changed marked: a service added with what it runs and the
 * ports it publishes, one removed, an image changed, an environment added.
 */
class ShapeDiffTest {

    private static final String BEFORE = """
            gantry: 1
            project: {name: shop}
            services:
              app: {image: "php:8.3-fpm-bookworm", depends_on: [db, cache]}
              db: {use: "mariadb:10.11"}
              cache: {use: "redis:7.2"}
              web: {image: "nginx:1.27.3", ports: ["8080:80"], depends_on: [app]}
            environments:
              dev: {targets: [compose]}
            """;

    private static final String AFTER = """
            gantry: 1
            project: {name: shop}
            services:
              app: {image: "php:8.4-fpm-bookworm", depends_on: [db, search]}
              db: {use: "mariadb:10.11"}
              search: {use: "opensearch:2.19.1"}
              web: {image: "nginx:1.27.3", ports: ["8080:80"], depends_on: [app]}
              varnish: {use: "varnish:7.6", in_front_of: web, ports: ["80:80"]}
            environments:
              dev: {targets: [compose]}
              qa: {extends: dev, profile: simple}
            """;

    @Test
    void aReviewerSeesTheNewShape(@TempDir Path dir) throws Exception {
        TempProject project = new TempProject(dir).write(BEFORE);
        CliRun first = project.run("generate");
        assertEquals(0, first.exit(), first.err());
        project.write(AFTER);
        CliRun text = project.run("diff");
        assertEquals(0, text.exit(), text.err());
        assertTrue(text.out().contains("environment `dev`"), text.out());
        CliRun markdown = project.run("diff", "--format", "markdown");
        assertEquals(0, markdown.exit(), markdown.err());
        String shapes = markdown.out().substring(0, markdown.out().indexOf("**Files**"));
        Approvals.verify(shapes);
    }

    /**
     * The Markdown summary opens with what runs where: an environment added (each service with what it
     * runs and its ports, the secrets it reads), one removed, and secrets an environment starts or
     * stops reading, before any file's details.
     */
    @Test
    void markdownOpensWithEnvironmentsAddedAndRemovedAndTheirSecrets(@TempDir Path dir) {
        String before = """
                gantry: 1
                project: {name: shop}
                secrets:
                  APP_KEY: {description: signs sessions}
                images:
                  app: {from: "php:8.3-fpm-bookworm"}
                services:
                  app: {image: app, secrets: [APP_KEY], depends_on: [db]}
                  db: {use: "mariadb:10.11"}
                environments:
                  dev: {targets: [compose]}
                  staging: {targets: [compose]}
                """;
        TempProject project = new TempProject(dir).write(before);
        assertEquals(0, project.run("generate").exit());
        project.write(before.replace("APP_KEY: {description: signs sessions}",
                        "STRIPE_KEY: {description: takes payments}")
                .replace("secrets: [APP_KEY]", "secrets: [STRIPE_KEY]")
                .replace("php:8.3", "php:8.4")
                .replace("  staging: {targets: [compose]}", "  qa: {targets: [compose]}")
                .replace("  db: {use: \"mariadb:10.11\"}", "  db: {use: \"mariadb:10.11\"}\n"
                        + "  mail: {image: \"axllent/mailpit:v1.21\", ports: [\"8025:8025\"]}"));

        CliRun run = project.run("diff", "--format", "markdown");

        assertEquals(0, run.exit(), run.err());
        String out = run.out();
        String head = out.substring(0, out.indexOf("\n**", out.indexOf("**environment `qa`**") + 1));
        assertTrue(head.contains("""
                **environment `dev`**
                - service `mail` (`axllent/mailpit:v1.21`, host ports 8025:8025) added
                """), head);
        assertTrue(head.contains("- reads the new secret `STRIPE_KEY` (read by `app`): set it in its .env or secret"
                + " store before it is deployed\n- no longer reads the secret `APP_KEY`\n"), head);
        assertTrue(head.contains("""
                **environment `qa`**
                - added, runs 3 services on compose
                - runs service `app` (`shop:app (built)`)
                - runs service `db` (`mariadb 10.11`)
                - runs service `mail` (`axllent/mailpit:v1.21`, host ports 8025:8025)
                """), head);
        assertTrue(head.contains("- reads the secrets `DB_PASSWORD`, `DB_ROOT_PASSWORD`, `STRIPE_KEY` from its .env"
                + " or secret store\n"), head);
        assertTrue(out.contains("**environment `staging`**\n- removed; it ran 2 services on compose: Gantry no longer"
                + " writes its files, and what runs there stays until you stop it\n"), out);
        assertTrue(out.indexOf("**environment `staging`**") < out.indexOf("**build target"), out);
        assertTrue(out.indexOf("**environment `staging`**") < out.indexOf("**service"), out);
    }
}
