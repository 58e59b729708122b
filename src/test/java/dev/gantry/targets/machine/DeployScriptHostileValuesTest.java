package dev.gantry.targets.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.bind.machine.MachineDriver;
import dev.gantry.check.SchemaChecker;
import dev.gantry.render.Quote;
import dev.gantry.support.CliRun;
import dev.gantry.support.Processes;
import dev.gantry.support.Tools;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile values in every string option either reach docker-machine as exactly one unchanged
 * argument, or are rejected by the schema at their line with a clear diagnostic.
 */
class DeployScriptHostileValuesTest {

    /** What breaks naive shell quoting; a value that a shell evaluates creates the fakes' canary file. */
    private static final List<String> HOSTILE = List.of("it's", "say \"hi\"", "$(touch $FAKE_STATE/evaluated)",
            "`touch $FAKE_STATE/evaluated`", "${HOME}", "two\nlines", "a\r\nb", "two  spaces", "\ttab",
            "back\\slash", "semi;colon && x", "a|b", "#comment", "*", "-dash", "=", "", "é", "~/path", "x\u0001y");

    /** Where a value goes: a line in the driver block (or in engine), and the argument it should become. */
    private record Slot(String driver, String block, String key, String line, String flag, UnaryOperator<String> arg) {
    }

    private static final Map<String, String> BASE = Map.of(
            "amazonec2", "ami: ami-0123456789abcdef0",
            "google", "project: shop-staging-123",
            "digitalocean", "region: fra1",
            "generic", "ip_address: 203.0.113.7");

    private static final List<Slot> SLOTS = List.of(
            value("amazonec2", "region"), value("amazonec2", "zone"), value("amazonec2", "instance_type"),
            value("amazonec2", "ami"),
            new Slot("amazonec2", "amazonec2", "vpc", "vpc: %s", "--amazonec2-vpc-id", v -> v),
            new Slot("amazonec2", "amazonec2", "subnet", "subnet: %s", "--amazonec2-subnet-id", v -> v),
            new Slot("amazonec2", "amazonec2", "security_groups", "security_groups: [%s]",
                    "--amazonec2-security-group", v -> v),
            new Slot("amazonec2", "amazonec2", "open_ports", "security_group_readonly: false\nopen_ports: [%s]",
                    "--amazonec2-open-port", v -> v),
            value("amazonec2", "volume_type"), value("amazonec2", "iam_instance_profile"),
            value("amazonec2", "ssh_user"),
            new Slot("amazonec2", "amazonec2", "tags", "tags: {%s: x}", "--amazonec2-tags", v -> v + ",x"),
            new Slot("amazonec2", "amazonec2", "tags", "tags: {k: %s}", "--amazonec2-tags", v -> "k," + v),
            new Slot("amazonec2", "amazonec2", "spot", "spot: {max_price: %s}", "--amazonec2-spot-price", v -> v),
            value("google", "project"), value("google", "zone"), value("google", "machine_type"),
            new Slot("google", "google", "image", "image: %s", "--google-machine-image", v -> v),
            value("google", "disk_type"), value("google", "network"),
            new Slot("google", "google", "tags", "tags: [%s]", "--google-tags", v -> v),
            value("digitalocean", "region"), value("digitalocean", "size"), value("digitalocean", "image"),
            new Slot("digitalocean", "digitalocean", "tags", "tags: [%s]", "--digitalocean-tags", v -> v),
            value("generic", "ip_address"), value("generic", "ssh_user"),
            new Slot("generic", "generic", "ssh_key", "ssh_key: %s", "--generic-ssh-key",
                    v -> v.startsWith("~/") ? System.getenv("HOME") + v.substring(1) : v),
            engine("registry_mirror", "registry_mirror: %s", "--engine-registry-mirror", v -> v),
            engine("insecure_registries", "insecure_registries: [%s]", "--engine-insecure-registry", v -> v),
            engine("labels", "labels: {%s: x}", "--engine-label", v -> v + "=x"),
            engine("labels", "labels: {k: %s}", "--engine-label", v -> "k=" + v),
            engine("storage_driver", "storage_driver: %s", "--engine-storage-driver", v -> v),
            engine("install_url", "install_url: %s", "--engine-install-url", v -> v));

    private static final Pattern DIAGNOSTIC = Pattern.compile(
            "environment\\.yaml:(\\d+):\\d+: error\\[E0[23][0-9]\\]: [^\\n]+\\n  hint: [^\\n]+\\n");

    @Test
    void everyStringOptionHasASlot() {
        JsonNode defs = SchemaChecker.get().schemaJson().path("$defs");
        Set<String> strings = new TreeSet<>();
        for (String driver : List.of("amazonec2", "google", "digitalocean", "generic", "engine")) {
            String def = "machine" + Character.toUpperCase(driver.charAt(0)) + driver.substring(1);
            defs.path(def).path("properties").fields().forEachRemaining(p -> {
                String type = p.getValue().path("type").asText("");
                if (!type.equals("boolean") && !type.equals("integer")) {
                    strings.add(driver + "." + p.getKey());
                }
            });
        }
        Set<String> covered = new TreeSet<>();
        SLOTS.forEach(slot -> covered.add(slot.block() + "." + slot.key()));
        assertEquals(strings, covered);
    }

    @Test
    void eachValueArrivesAsOneUnchangedArgumentOrIsRejectedAtItsLine(@TempDir Path dir) {
        Tools.require("bash");
        List<String> failures = new ArrayList<>();
        Set<String> accepted = new TreeSet<>();
        int n = 0;
        for (Slot slot : SLOTS) {
            for (String value : HOSTILE) {
                String name = slot.block() + "." + slot.key() + " = " + new Quote().json(value);
                FakeMachines fake = new FakeMachines(dir.resolve("case" + n++), yaml(slot, value));
                CliRun generate = fake.project().run("generate");
                if (generate.exit() == 0) {
                    accepted.add(slot.block() + "." + slot.key() + " " + value);
                    arrives(fake, slot, value).ifPresent(problem -> failures.add(name + ": " + problem));
                } else {
                    rejected(fake, generate, value).ifPresent(problem -> failures.add(name + ": " + problem));
                }
            }
        }
        assertEquals(List.of(), failures);
        for (String value : HOSTILE) {
            if (!value.contains("\n") && !value.contains("\r") && !value.isEmpty()) {
                assertTrue(accepted.contains("generic.ssh_key " + value), "a key path may hold anything: " + value);
            }
        }
        assertTrue(accepted.contains("amazonec2.security_groups $(touch $FAKE_STATE/evaluated)"), accepted::toString);
        assertTrue(accepted.contains("amazonec2.tags two  spaces"), accepted::toString);
    }

    private static Optional<String> arrives(FakeMachines fake, Slot slot, String value) {
        Processes.Result run = fake.deploy("prod");
        if (run.exit() != 0) {
            return Optional.of("the script failed: " + run.output());
        }
        if (fake.evaluated()) {
            return Optional.of("a shell evaluated the value");
        }
        List<String> create = fake.calls("docker-machine", "create").get(0);
        List<String> expected = List.of(slot.flag(), slot.arg().apply(value));
        for (int i = 0; i + 1 < create.size(); i++) {
            if (create.subList(i, i + 2).equals(expected)) {
                return Optional.empty();
            }
        }
        return Optional.of("docker-machine create got " + create + ", not " + expected);
    }

    private static Optional<String> rejected(FakeMachines fake, CliRun generate, String value) {
        String err = generate.err().replace(fake.project().file().toString(), "environment.yaml");
        Matcher m = DIAGNOSTIC.matcher(err);
        if (generate.exit() != 1 || generate.hasStackTrace() || !m.matches()) {
            return Optional.of("not one clear diagnostic (exit " + generate.exit() + "):\n" + err);
        }
        long valueLine = yamlOf(fake).lines().count();
        if (Integer.parseInt(m.group(1)) != valueLine) {
            return Optional.of("reported at line " + m.group(1) + ", not at the value's line " + valueLine);
        }
        if (Files.exists(fake.script("prod"))) {
            return Optional.of("a failed generate wrote the script");
        }
        return Optional.empty();
    }

    /** The file for one case: a valid environment of the slot's driver with the value on the last line. */
    private static String yaml(Slot slot, String value) {
        StringBuilder text = new StringBuilder(Inputs.head("shop") + """
                  prod:
                    targets: [compose, docker-machine]
                    machine:
                """);
        text.append("      driver: ").append(slot.driver()).append("\n      ").append(slot.driver()).append(":\n");
        String base = BASE.get(slot.driver());
        if (!(slot.block().equals(slot.driver()) && base.startsWith(slot.key() + ":"))) {
            text.append("        ").append(base).append('\n');
        }
        if (slot.block().equals("engine")) {
            text.append("      engine:\n");
        }
        for (String line : slot.line().formatted(new Quote().yaml(value)).split("\n")) {
            text.append("        ").append(line).append('\n');
        }
        return text.toString();
    }

    private static String yamlOf(FakeMachines fake) {
        try {
            return Files.readString(fake.project().file());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Slot value(String driver, String key) {
        String flag = MachineDriver.byId(driver).orElseThrow().options().stream().filter(o -> o.key().equals(key))
                .findFirst().orElseThrow().flag();
        return new Slot(driver, driver, key, key + ": %s", flag, v -> v);
    }

    private static Slot engine(String key, String line, String flag, UnaryOperator<String> arg) {
        return new Slot("amazonec2", "engine", key, line, flag, arg);
    }
}
