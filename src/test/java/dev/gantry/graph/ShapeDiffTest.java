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
}
