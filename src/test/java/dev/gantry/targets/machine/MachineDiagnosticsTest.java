package dev.gantry.targets.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.gantry.support.CliRun;
import dev.gantry.support.TempProject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.approvaltests.Approvals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mistakes in docker-machine settings, each reported at its line with a hint; exit 1 and nothing written. */
class MachineDiagnosticsTest {

    private static final Map<String, String> CASES = new LinkedHashMap<>();

    static {
        CASES.put("an option of another driver", machine("""
                driver: amazonec2
                amazonec2:
                  ami: ami-0123456789abcdef0
                  machine_type: t3.small
                """));
        CASES.put("a misspelt option", machine("""
                driver: amazonec2
                amazonec2:
                  ami: ami-0123456789abcdef0
                  instance-type: t3.small
                """));
        CASES.put("the block of another driver", machine("""
                driver: google
                google: {project: shop-prod-123}
                amazonec2:
                  ami: ami-0123456789abcdef0
                """));
        CASES.put("an option directly under machine", machine("""
                driver: amazonec2
                instance_type: t3.small
                amazonec2: {ami: ami-0123456789abcdef0}
                """));
        CASES.put("a driver block without driver", machine("""
                driver: amazonec2
                amazonec2: {ami: ami-0123456789abcdef0}
                """) + """
                  staging:
                    extends: prod
                    machine:
                      google: {project: shop-prod-123}
                """);
        CASES.put("a missing AMI", machine("""
                driver: amazonec2
                amazonec2:
                  region: eu-central-1
                """));
        CASES.put("a malformed AMI and zone", machine("""
                driver: amazonec2
                amazonec2:
                  ami: ami-12345
                  zone: eu-central-1a
                """));
        CASES.put("a machine name too long for the cloud", Inputs.head("shop-with-long-names") + """
                  staging-for-the-quarterly-release-train:
                    targets: [compose, docker-machine]
                    machine:
                      driver: google
                      count: 2
                      google: {project: shop-prod-123}
                """);
        CASES.put("several machines of an existing host", Inputs.head("shop") + """
                  qa:
                    targets: [compose, docker-machine]
                    machine:
                      driver: generic
                      count: 2
                      generic: {ip_address: 203.0.113.7}
                """);
        CASES.put("ports that a read-only security group cannot open", machine("""
                driver: amazonec2
                amazonec2:
                  ami: ami-0123456789abcdef0
                  open_ports: [80, 443]
                """));
        CASES.put("no machine settings, nor the compose target", Inputs.head("shop") + """
                  prod:
                    targets: [docker-machine]
                """);
        CASES.put("no driver", machine("""
                count: 2
                """));
        CASES.put("engine values docker-machine cannot carry", machine("""
                driver: amazonec2
                amazonec2: {ami: ami-0123456789abcdef0}
                engine:
                  labels: {owner: web team}
                  install_url: http://get.example.org
                """));
    }

    /** A file whose environment `prod` lists compose and docker-machine, with these `machine` settings. */
    private static String machine(String settings) {
        return Inputs.head("shop") + "  prod:\n    targets: [compose, docker-machine]\n    machine:\n"
                + settings.indent(6);
    }

    @Test
    void reportsEachMistakeAtItsPlace(@TempDir Path dir) throws Exception {
        StringBuilder listing = new StringBuilder();
        int n = 0;
        for (var c : CASES.entrySet()) {
            TempProject project = new TempProject(Files.createDirectories(dir.resolve("case" + n++)))
                    .write(c.getValue());
            Map<String, String> before = project.snapshot();
            CliRun validate = project.run("validate");
            assertEquals(1, validate.exit(), c.getKey() + ": " + validate.err());
            assertFalse(validate.hasStackTrace(), c.getKey() + ": " + validate.err());
            assertEquals(1, project.run("generate").exit(), c.getKey());
            assertEquals(before, project.snapshot(), c.getKey() + ": nothing may be written");
            listing.append("## ").append(c.getKey()).append('\n').append(c.getValue()).append('\n')
                    .append(validate.err().replace(project.file().toString(), "environment.yaml")).append('\n');
        }
        Approvals.verify(listing.toString());
    }
}
