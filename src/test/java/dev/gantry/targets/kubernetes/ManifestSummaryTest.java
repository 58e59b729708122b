package dev.gantry.targets.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gantry.targets.ArtifactSummary.Meaning;
import java.util.List;
import org.junit.jupiter.api.Test;

/** `gantry diff` says what changes in a file of manifests in words: workload, replicas, image, probes. */
class ManifestSummaryTest {

    private static final String BEFORE = """
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: app}
            spec:
              replicas: 2
              template:
                spec:
                  containers:
                    - name: app
                      image: shop-app
                      env:
                        - {name: A, value: "1"}
                      readinessProbe:
                        exec: {command: [php-fpm-healthcheck]}
                        periodSeconds: 10
                        failureThreshold: 3
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: app}
            spec:
              ports: [{name: tcp-9000, port: 9000}]
            """;

    @Test
    void saysWhatChangesInWords() {
        String after = BEFORE.replace("replicas: 2", "replicas: 3").replace("image: shop-app", "image: nginx:1.27.3")
                .replace("periodSeconds: 10", "periodSeconds: 5").replace("value: \"1\"", "value: \"2\"")
                .replace("port: 9000}", "port: 9001}");
        assertEquals(List.of(
                new Meaning("service `app`", "replicas: `2` -> `3`"),
                new Meaning("service `app`", "container `app` image: `shop-app` -> `nginx:1.27.3`"),
                new Meaning("service `app`", "container `app` readiness probe: `php-fpm-healthcheck` every 10s, 3"
                        + " failures -> `php-fpm-healthcheck` every 5s, 3 failures"),
                new Meaning("service `app`", "container `app` variable `A`: `1` -> `2`"),
                new Meaning("service `app`", "`Service` `spec.ports[tcp-9000].port`: `9000` -> `9001`")),
                new ManifestSummary().describe("deploy/kubernetes/prod/app.yaml", BEFORE, after));
    }

    @Test
    void aWorkloadThatMovesToAnotherKindIsSaidOnce() {
        String after = BEFORE.replace("kind: Deployment", "kind: StatefulSet");
        assertEquals(List.of(new Meaning("service `app`", "runs as a StatefulSet, was a Deployment")),
                new ManifestSummary().describe("deploy/kubernetes/prod/app.yaml", BEFORE, after));
    }

    @Test
    void objectsAddedAndRemoved() {
        String after = BEFORE + """
                ---
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata: {name: app}
                spec: {}
                """;
        assertEquals(List.of(new Meaning("service `app`", "`NetworkPolicy app` added")),
                new ManifestSummary().describe("deploy/kubernetes/prod/app.yaml", BEFORE, after));
        assertEquals(List.of(new Meaning("service `app`", "`NetworkPolicy app` removed")),
                new ManifestSummary().describe("deploy/kubernetes/prod/app.yaml", after, BEFORE));
    }

    @Test
    void aDatabaseOnANewMajorLineSaysWhatToDoWithItsData() {
        String before = """
                apiVersion: apps/v1
                kind: StatefulSet
                metadata: {name: db}
                spec:
                  template:
                    spec:
                      containers: [{name: db, image: "mariadb:10.11"}]
                """;
        List<Meaning> said = new ManifestSummary().describe("deploy/kubernetes/prod/db.yaml", before,
                before.replace("10.11", "11.4"));
        assertEquals(2, said.size(), said::toString);
        assertEquals("mariadb 10.11 -> 11.4, a new major line: in `prod` the volumes claimed for StatefulSet `db`"
                + " (`db-data-db-0`, ...) hold 10.11's data: dump the database (`kubectl exec`) before applying, then"
                + " delete the StatefulSet and its claims, apply, and import the dump into the new version",
                said.get(1).change());
    }
}
