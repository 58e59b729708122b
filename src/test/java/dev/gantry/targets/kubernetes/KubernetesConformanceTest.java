package dev.gantry.targets.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gantry.support.CliRun;
import dev.gantry.support.HostileStrings;
import dev.gantry.support.Processes;
import dev.gantry.support.TempProject;
import dev.gantry.support.Tools;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every environment folder the kubernetes target writes (the examples' and the fixtures') builds with
 * {@code kubectl kustomize}, and every object, as written and as kustomize builds it, is one the
 * Kubernetes 1.34 API takes (its types generated from Kubernetes' OpenAPI definitions; unknown fields
 * and mistyped values refused). Hostile values come back from kustomize's YAML reader exactly as
 * Kubernetes must read them.
 */
class KubernetesConformanceTest {

    @TempDir
    static Path fixtures;

    @BeforeAll
    static void generateFixtures() {
        KubernetesFixtures.ALL.forEach((name, yaml) -> {
            try {
                TempProject project = new TempProject(Files.createDirectories(fixtures.resolve(name))).write(yaml);
                CliRun run = project.run("generate", "--target", "kubernetes");
                assertEquals(0, run.exit(), name + ": " + run.err());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Every folder with a kustomization under deploy/kubernetes/, in the examples and the fixtures. */
    static List<Path> folders() throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path root : List.of(Path.of("examples"), fixtures)) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(p -> p.getFileName().toString().equals("kustomization.yaml"))
                        .filter(p -> p.toString().contains("deploy/kubernetes/")).sorted()
                        .forEach(p -> out.add(p.getParent()));
            }
        }
        return out;
    }

    @Test
    void theExamplesAndFixturesHaveFolders() throws IOException {
        assertTrue(folders().stream().anyMatch(p -> p.startsWith("examples")), "an example deploys to Kubernetes");
        assertTrue(folders().size() >= 3, folders()::toString);
    }

    @TestFactory
    Stream<DynamicTest> kustomizeBuildsEveryFolderIntoObjectsTheApiTakes() throws IOException {
        return folders().stream().map(folder -> DynamicTest.dynamicTest(folder.toString(), () -> {
            Tools.require("kubectl");
            Processes.Result built = Processes.run(folder, List.of("kubectl", "kustomize", "."));
            assertEquals(0, built.exit(), built::describe);
            Map<String, List<String>> objects = KubernetesObjects.check(built.out());
            assertFalse(objects.isEmpty(), "kustomize built nothing");
            objects.forEach((object, problems) -> assertEquals(List.of(), problems, object));
            assertTrue(objects.containsKey("Namespace/" + namespace(folder)), objects.keySet()::toString);
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyFileHoldsObjectsTheApiTakes() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path folder : folders()) {
            try (Stream<Path> list = Files.list(folder)) {
                list.filter(p -> p.toString().endsWith(".yaml") && !p.endsWith("kustomization.yaml")).sorted()
                        .forEach(files::add);
            }
        }
        return files.stream().map(file -> DynamicTest.dynamicTest(file.toString(), () ->
                KubernetesObjects.check(Files.readString(file)).forEach((object, problems) ->
                        assertEquals(List.of(), problems, file + ": " + object))));
    }

    @Test
    void theCheckRefusesUnknownFieldsAndMistypedValues() {
        String bad = """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: x}
                spec:
                  replicas: "2"
                  selector: {matchLabels: {a: b}}
                  template:
                    metadata: {labels: {a: b}}
                    spec:
                      containers: [{name: x, image: y, imagePullPolicyy: Always}]
                """;
        List<String> problems = KubernetesObjects.check(bad).get("Deployment/x");
        assertEquals(1, problems.size(), problems::toString);
        String typo = bad.replace("\"2\"", "2");
        assertEquals(List.of("unknown field .spec.template.spec.containers[0].imagePullPolicyy"),
                KubernetesObjects.check(typo).get("Deployment/x"));
    }

    /**
     * Hostile values in env and a command reach the container exactly: kustomize reads each as the
     * text Gantry wrote, in which Kubernetes reads {@code $$} as {@code $} and expands nothing else.
     * The same values in raw blocks (a hook's command, the kustomization's annotations) come back as
     * written.
     */
    @Test
    void hostileValuesSurviveKustomize(@TempDir Path dir) throws Exception {
        Tools.require("kubectl");
        ObjectMapper json = new ObjectMapper();
        List<String> values = new ArrayList<>(HostileStrings.FIXED);
        values.addAll(HostileStrings.random(20261206L, 300));
        values.removeIf(Expansion::lostByKustomize); // refused: see theLineSeparatorsKustomizeLosesAreRefused
        ObjectNode root = json.createObjectNode();
        root.put("gantry", 1);
        root.putObject("project").put("name", "roundtrip");
        ObjectNode app = root.putObject("services").putObject("app");
        app.put("image", "busybox:1.37.0");
        ObjectNode env = app.putObject("env");
        var command = app.putArray("command");
        for (int i = 0; i < values.size(); i++) {
            env.put("V" + i, values.get(i));
            command.add(values.get(i));
        }
        var hook = app.putObject("raw").putObject("kubernetes").putObject("lifecycle").putObject("preStop")
                .putObject("exec").putArray("command");
        values.forEach(hook::add);
        ObjectNode prod = root.putObject("environments").putObject("prod");
        prod.putArray("targets").add("kubernetes");
        ObjectNode annotations = prod.putObject("raw").putObject("kubernetes").putObject("commonAnnotations");
        for (int i = 0; i < values.size(); i++) {
            annotations.put("example.com/v" + i, values.get(i));
        }
        Files.writeString(dir.resolve("environment.yaml"), json.writeValueAsString(root));
        CliRun run = CliRun.of("generate", "-f", dir.resolve("environment.yaml").toString());
        assertEquals(0, run.exit(), run.err());
        Processes.Result built = Processes.run(dir.resolve("deploy/kubernetes/prod"), List.of("kubectl", "kustomize",
                "."));
        assertEquals(0, built.exit(), built::describe);
        // Read back as text with a YAML 1.1 reader, as go-yaml (which wrote it) is: U+2028 breaks a line there.
        Path python = Tools.debianPython("yaml", "python3-yaml");
        Processes.Result asJson = Processes.run(dir, Map.of(), built.out(), List.of(python.toString(), "-c",
                "import json, sys, yaml; print(json.dumps(list(yaml.load_all(sys.stdin, Loader=yaml.BaseLoader))))"));
        assertEquals(0, asJson.exit(), asJson::describe);
        Map<?, ?> container = null;
        Map<?, ?> annotated = null;
        for (Object doc : json.readValue(asJson.out(), List.class)) {
            if (doc instanceof Map<?, ?> m && "Deployment".equals(m.get("kind"))) {
                container = (Map<?, ?>) ((List<?>) ((Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) m.get("spec"))
                        .get("template")).get("spec")).get("containers")).get(0);
                annotated = (Map<?, ?>) ((Map<?, ?>) m.get("metadata")).get("annotations");
            }
        }
        List<?> hookRead = (List<?>) ((Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) container.get("lifecycle"))
                .get("preStop")).get("exec")).get("command");
        Map<String, Object> read = new LinkedHashMap<>();
        for (Object e : (List<?>) container.get("env")) {
            read.put((String) ((Map<?, ?>) e).get("name"), ((Map<?, ?>) e).get("value"));
        }
        List<?> args = (List<?>) container.get("args");
        for (int i = 0; i < values.size(); i++) {
            String what = "value " + i + " " + json.writeValueAsString(values.get(i));
            assertEquals(values.get(i), kubernetesReads((String) read.get("V" + i)), what);
            assertEquals(values.get(i), kubernetesReads((String) args.get(i)), what);
            assertEquals(values.get(i), hookRead.get(i), "raw " + what + ": written as given, not expanded");
            assertEquals(values.get(i), annotated.get("example.com/v" + i), "raw annotation " + what);
        }
    }

    /** kustomize writes U+0085 as a space and folds U+2028: a value holding one is refused at its service. */
    @Test
    void theLineSeparatorsKustomizeLosesAreRefused(@TempDir Path dir) {
        TempProject project = new TempProject(dir).write("""
                gantry: 1
                project: {name: shop}
                services:
                  app:
                    image: busybox:1.37.0
                    env: {A: "a\u2028b"}
                    raw:
                      kubernetes: {lifecycle: {preStop: {exec: {command: [echo, "a\u0085b"]}}}}
                environments:
                  prod: {targets: [kubernetes]}
                """);
        CliRun run = project.run("generate");
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().contains(":4:3: error[E706]: `app` has U+0085, U+2028 or U+2029 in A, which kustomize"),
                run.err());
        assertTrue(run.err().contains(":8:65: error[E714]: this raw value has U+0085, U+2028 or U+2029"), run.err());
        assertFalse(Files.exists(dir.resolve("deploy")));
    }

    /** What Kubernetes makes of a container's value: {@code $$} is {@code $}, {@code $(NAME)} a variable (none here). */
    private static String kubernetesReads(String written) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            if (c == '$' && i + 1 < written.length() && written.charAt(i + 1) == '$') {
                out.append('$');
                i++;
            } else if (c == '$' && i + 1 < written.length() && written.charAt(i + 1) == '(') {
                throw new AssertionError("Kubernetes would expand a variable in " + written);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String namespace(Path folder) throws IOException {
        for (String line : Files.readAllLines(folder.resolve("kustomization.yaml"))) {
            if (line.startsWith("namespace: ")) {
                return line.substring("namespace: ".length()).replace("\"", "");
            }
        }
        throw new AssertionError("no namespace in " + folder);
    }
}
