package dev.gantry.targets.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gantry.support.CliRun;
import dev.gantry.support.TempProject;
import java.nio.file.Files;
import java.nio.file.Path;
import org.approvaltests.Approvals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** NFS storage with and without a server, and a database that is a managed service in one environment. */
class ComposeFeaturesTest {

    @Test
    void nfsStorageAndAnExternalDatabase(@TempDir Path dir) throws Exception {
        TempProject project = new TempProject(dir).write("""
                gantry: 1
                project: {name: shop}
                secrets:
                  RDS_PASSWORD: {description: Password of the managed database}
                storage: {kind: nfs, mount: /var/www/media}
                images:
                  app: {from: php:8.3-fpm}
                services:
                  app:
                    image: app
                    env:
                      DATABASE_URL: {ref: db.url}
                  db:
                    use: postgresql:16
                environments:
                  dev:
                    targets: [compose]
                  staging:
                    targets: [compose]
                    storage: {server: nfs.internal.example.com, export: /exports/media}
                    services:
                      db:
                        external: {host: shop.abc123.eu-central-1.rds.amazonaws.com, user: shop, password: RDS_PASSWORD}
                """);
        CliRun run = project.run("generate");
        assertEquals(0, run.exit(), run.err());
        Approvals.verify("### docker-compose.dev.yml\n" + Files.readString(dir.resolve("docker-compose.dev.yml"))
                + "\n### docker-compose.staging.yml\n" + Files.readString(dir.resolve("docker-compose.staging.yml"))
                + "\n### .env.example\n" + Files.readString(dir.resolve(".env.example")));
    }
}
