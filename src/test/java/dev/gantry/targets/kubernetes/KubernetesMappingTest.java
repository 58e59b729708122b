package dev.gantry.targets.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.support.CliRun;
import dev.gantry.support.TempProject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** Each mapping of environment.yaml onto Kubernetes objects, read back from the generated files. */
class KubernetesMappingTest {

    @TempDir
    static Path dir;
    @TempDir
    static Path keysDir;
    static String warnings;
    static String keysWarnings;

    @BeforeAll
    static void generate() {
        CliRun run = new TempProject(dir).write(KubernetesFixtures.FULL).run("generate");
        assertEquals(0, run.exit(), run.err());
        warnings = run.err();
        CliRun keys = new TempProject(keysDir).write(KubernetesFixtures.KEYS).run("generate");
        assertEquals(0, keys.exit(), keys.err());
        keysWarnings = keys.err();
    }

    /** The objects of a generated file by {@code Kind/name}. */
    static Map<String, Map<String, Object>> objects(String env, String file) throws IOException {
        return objects(dir, env, file);
    }

    static Map<String, Map<String, Object>> objects(Path project, String env, String file) throws IOException {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        for (Object doc : new Load(LoadSettings.builder().build()).loadAllFromString(
                Files.readString(project.resolve("deploy/kubernetes/" + env + "/" + file)))) {
            @SuppressWarnings("unchecked")
            Map<String, Object> map = (Map<String, Object>) doc;
            out.put(map.get("kind") + "/" + get(map, "metadata.name"), map);
        }
        return out;
    }

    /** The value at a dotted path; {@code [n]} picks a list item, {@code [name]} the item with that name. */
    @SuppressWarnings("unchecked")
    static Object get(Object value, String path) {
        for (String part : path.split("\\.")) {
            String key = part.contains("[") ? part.substring(0, part.indexOf('[')) : part;
            if (!key.isEmpty()) {
                value = ((Map<String, Object>) value).get(key);
            }
            if (part.contains("[")) {
                String index = part.substring(part.indexOf('[') + 1, part.length() - 1);
                List<Object> list = (List<Object>) value;
                value = index.matches("[0-9]+") ? list.get(Integer.parseInt(index)) : list.stream()
                        .filter(i -> index.equals(((Map<String, Object>) i).get("name"))).findFirst().orElseThrow(
                                () -> new AssertionError("no " + index + " in " + list));
            }
        }
        return value;
    }

    private static Object pod(Map<String, Object> workload, String path) {
        return get(workload, "spec.template.spec." + path);
    }

    @Test
    void aStatelessServiceIsADeploymentWithItsSettings() throws IOException {
        Map<String, Object> app = objects("test", "app.yaml").get("Deployment/app");
        assertEquals(2, get(app, "spec.replicas"));
        assertEquals("shop-app", pod(app, "containers[app].image"));
        assertEquals("500m", pod(app, "containers[app].resources.limits.cpu"));
        assertEquals("768Mi", pod(app, "containers[app].resources.requests.memory"));
        assertEquals(33, pod(app, "containers[app].securityContext.runAsUser"));
        assertEquals("shop", ((Map<?, ?>) get(app, "spec.template.metadata.annotations")).get("com.example.team"));
        assertEquals(List.of("legacy.example.com", "old.example.com"), pod(app, "hostAliases[0].hostnames"));
        assertEquals("regcred", pod(app, "imagePullSecrets[0].name"));
        assertEquals("true", ((Map<?, ?>) get(app, "spec.template.metadata.labels")).get("network.gantry.dev/back"));
    }

    @Test
    void secretsAreReferencesAndValuesAreNeverExpanded() throws IOException {
        Map<String, Object> app = objects("test", "app.yaml").get("Deployment/app");
        List<?> env = (List<?>) pod(app, "containers[app].env");
        assertEquals("DB_PASSWORD", get(env.get(0), "name"), "a secret inside a value is defined first");
        assertEquals("shop-secrets", pod(app, "containers[app].env[DB_PASSWORD].valueFrom.secretKeyRef.name"));
        assertEquals("postgresql://shop:$(DB_PASSWORD)@db:5432/shop", pod(app, "containers[app].env[DATABASE_URL].value"));
        assertEquals("APP_SECRET", pod(app, "containers[app].env[APP_SECRET].valueFrom.secretKeyRef.key"));
        assertEquals("5$$ or $$(HOME)", pod(app, "containers[app].env[PRICE].value"));
        Map<String, Object> fuse = objects("test", "fuse.yaml").get("Deployment/fuse");
        assertEquals(List.of("/usr/local/bin/mount-and-wait"), pod(fuse, "containers[fuse].command"));
        assertEquals(List.of("--price", "5$$"), pod(fuse, "containers[fuse].args"));
        String readme = Files.readString(dir.resolve("deploy/kubernetes/test/README.md"));
        for (String key : List.of("APP_SECRET", "DB_PASSWORD", "S3_PASSWORD")) {
            assertTrue(readme.contains("| `" + key + "` |"), readme);
        }
        assertFalse(Files.readString(dir.resolve("deploy/kubernetes/test/app.yaml")).contains("change-me"));
    }

    @Test
    void aCatalogDatabaseIsAStatefulSetWithAClaimAndAHeadlessService() throws IOException {
        Map<String, Map<String, Object>> db = objects("test", "db.yaml");
        Map<String, Object> set = db.get("StatefulSet/db");
        assertEquals("db", get(set, "spec.serviceName"));
        assertEquals("db-data", get(set, "spec.volumeClaimTemplates[0].metadata.name"));
        assertEquals("5Gi", get(set, "spec.volumeClaimTemplates[0].spec.resources.requests.storage"));
        assertEquals("fast", get(set, "spec.volumeClaimTemplates[0].spec.storageClassName"));
        assertEquals("/var/lib/postgresql/data", pod(set, "containers[db].volumeMounts[db-data].mountPath"));
        assertEquals("None", get(db.get("Service/db"), "spec.clusterIP"));
        assertEquals(5432, get(db.get("Service/db"), "spec.ports[tcp-5432].port"));
    }

    @Test
    void anExternalServiceRunsNothingAndIsReachedAtItsEndpoint() throws IOException {
        assertFalse(Files.exists(dir.resolve("deploy/kubernetes/prod/db.yaml")));
        Map<String, Object> app = objects("prod", "app.yaml").get("Deployment/app");
        assertEquals("postgresql://shop:$(RDS_PASSWORD)@db.example.com:5432/shop",
                pod(app, "containers[app].env[DATABASE_URL].value"));
        assertEquals("shop-prod", pod(app, "containers[app].env[RDS_PASSWORD].valueFrom.secretKeyRef.name"));
    }

    @Test
    void healthChecksAreProbes() throws IOException {
        Map<String, Object> app = objects("test", "app.yaml").get("Deployment/app");
        assertEquals(List.of("php-fpm-healthcheck"), pod(app, "containers[app].readinessProbe.exec.command"));
        assertEquals(2, pod(app, "containers[app].livenessProbe.periodSeconds"));
        assertEquals(13, pod(app, "containers[app].startupProbe.failureThreshold"), "20s / 2s + 3 retries");
        Map<String, Object> web = objects("test", "web.yaml").get("Deployment/web");
        assertEquals("/health", pod(web, "containers[web].readinessProbe.httpGet.path"));
        assertEquals(80, pod(web, "containers[web].readinessProbe.httpGet.port"));
        Map<String, Object> db = objects("test", "db.yaml").get("StatefulSet/db");
        assertEquals(List.of("/bin/sh", "-c", "pg_isready -U \"$POSTGRES_USER\" -d \"$POSTGRES_DB\""),
                pod(db, "containers[db].livenessProbe.exec.command"), "probes are not expanded: no $$");
    }

    @Test
    void startOrderIsInitContainersAndOneShotsAreJobs() throws IOException {
        Map<String, Object> app = objects("test", "app.yaml").get("Deployment/app");
        List<String> waits = new ArrayList<>();
        ((List<?>) pod(app, "initContainers")).forEach(c -> waits.add((String) get(c, "name")));
        assertEquals(List.of("wait-for-db", "wait-for-search", "wait-for-s3-init", "wait-for-etcd-seed"), waits);
        assertTrue(((List<?>) pod(app, "initContainers[wait-for-db].command")).get(2).toString()
                .startsWith("until nc -z -w 2 db 5432;"));
        assertTrue(((List<?>) pod(app, "initContainers[wait-for-s3-init].command")).get(2).toString()
                .contains("/jobs/s3-init"));
        assertEquals(Waits.ACCOUNT, pod(app, "serviceAccountName"));
        Map<String, Object> job = objects("test", "s3-init.yaml").get("Job/s3-init");
        assertEquals("OnFailure", pod(job, "restartPolicy"));
        assertEquals("wait-for-s3", pod(job, "initContainers[0].name"));
        assertEquals("http://gantry:$(S3_PASSWORD)@s3:9000", pod(job, "containers[s3-init].env[MC_HOST_local].value"));
        Map<String, Object> role = objects("test", "rbac.yaml").get("Role/" + Waits.ACCOUNT);
        assertEquals(List.of("s3-init", "etcd-seed"), get(role, "rules[0].resourceNames"));
        assertEquals(List.of("get"), get(role, "rules[0].verbs"));
        Map<String, Object> seed = objects("test", "etcd-seed.yaml").get("Job/etcd-seed");
        assertEquals("/seed/seed.sh", pod(seed, "containers[etcd-seed].volumeMounts[0].mountPath"));
        assertTrue(Files.exists(dir.resolve("deploy/kubernetes/test/files/etcd/seed.sh")));
    }

    @Test
    void theHttpCacheInFrontIsTheWayInAndItsConfigurationAConfigMap() throws IOException {
        Map<String, Object> ingress = objects("test", "ingress.yaml").get("Ingress/varnish");
        assertEquals("nginx", get(ingress, "spec.ingressClassName"));
        assertEquals("shop.example.com", get(ingress, "spec.rules[0].host"));
        assertEquals("varnish", get(ingress, "spec.rules[0].http.paths[0].backend.service.name"));
        assertEquals("shop-tls", get(ingress, "spec.tls[0].secretName"));
        Map<String, Object> varnish = objects("test", "varnish.yaml").get("Deployment/varnish");
        assertEquals("varnish-config", pod(varnish, "volumes[varnish-config].configMap.name"));
        String kustomization = Files.readString(dir.resolve("deploy/kubernetes/test/kustomization.yaml"));
        assertTrue(kustomization.contains("\"default.vcl=files/varnish/default.vcl\""), kustomization);
        assertTrue(Files.readString(dir.resolve("deploy/kubernetes/test/files/varnish/default.vcl"))
                .contains(".host = \"web\";"));
        assertTrue(kustomization.contains("newTag: \"app-2026.11.1\""), kustomization);
    }

    @Test
    void networksAreNetworkPolicies() throws IOException {
        Map<String, Object> policy = objects("test", "web.yaml").get("NetworkPolicy/web");
        assertEquals(List.of("Ingress"), get(policy, "spec.policyTypes"));
        assertEquals(Map.of("network.gantry.dev/front", "true"),
                get(policy, "spec.ingress[0].from[0].podSelector.matchLabels"));
        assertEquals(Map.of("network.gantry.dev/back", "true"),
                get(policy, "spec.ingress[0].from[1].podSelector.matchLabels"));
        Map<String, Object> varnish = objects("test", "varnish.yaml").get("NetworkPolicy/varnish");
        assertEquals(80, get(varnish, "spec.ingress[1].ports[0].port"), "the way in is open to the Ingress");
    }

    @Test
    void volumesPrivilegesAndDevices() throws IOException {
        Map<String, Object> fuse = objects("test", "fuse.yaml").get("Deployment/fuse");
        assertEquals(true, pod(fuse, "containers[fuse].securityContext.privileged"));
        assertEquals(List.of("SYS_ADMIN"), pod(fuse, "containers[fuse].securityContext.capabilities.add"));
        assertEquals("/srv/data", pod(fuse, "volumes[host-0].hostPath.path"));
        assertEquals(true, pod(fuse, "containers[fuse].volumeMounts[host-0].readOnly"));
        assertEquals("/dev/fuse", pod(fuse, "volumes[device-0].hostPath.path"));
        assertEquals("shared", pod(fuse, "volumes[shared].persistentVolumeClaim.claimName"));
        Map<String, Object> shared = objects("test", "volumes.yaml").get("PersistentVolumeClaim/shared");
        assertEquals(List.of("ReadWriteMany"), get(shared, "spec.accessModes"));
        Map<String, Object> other = objects("test", "other.yaml").get("StatefulSet/other");
        assertEquals("cache-dir", get(other, "spec.volumeClaimTemplates[0].metadata.name"));
        assertTrue(warnings.contains("`fuse` mounts the host path `/srv/data`, uses the host devices `/dev/fuse`, runs"
                + " privileged and adds the capabilities `SYS_ADMIN`, which a namespace enforcing the `baseline` Pod"
                + " Security Standard refuses"), warnings);
    }

    @Test
    void theNamespaceIsConfigurableAndEnforcesItsLevel() throws IOException {
        Map<String, Object> namespace = objects("prod", "namespace.yaml").get("Namespace/shop-production");
        assertEquals("restricted", ((Map<?, ?>) get(namespace, "metadata.labels")).get("pod-security.kubernetes.io/enforce"));
        Map<String, Object> web = objects("prod", "web.yaml").get("Deployment/web");
        assertEquals(true, pod(web, "securityContext.runAsNonRoot"));
        assertEquals("RuntimeDefault", pod(web, "securityContext.seccompProfile.type"));
        assertEquals(false, pod(web, "containers[web].securityContext.allowPrivilegeEscalation"));
        assertEquals(List.of("ALL"), pod(web, "containers[web].securityContext.capabilities.drop"));
        assertEquals(101, pod(web, "containers[web].securityContext.runAsUser"));
        assertTrue(Files.readString(dir.resolve("deploy/kubernetes/test/kustomization.yaml"))
                .contains("namespace: \"shop-test\""));
    }

    private static Map<String, Object> keysApp() throws IOException {
        return objects(keysDir, "staging", "app.yaml").get("Deployment/app");
    }

    @Test
    void aServiceWaitedForUntilItCompletesIsAJobItsDependentsWaitFor() throws IOException {
        Map<String, Map<String, Object>> migrate = objects(keysDir, "staging", "migrate.yaml");
        assertEquals(List.of("Job/migrate"), List.copyOf(migrate.keySet()), "no Deployment, no Service");
        assertEquals("OnFailure", pod(migrate.get("Job/migrate"), "restartPolicy"));
        assertEquals(List.of("/bin/sh", "-c", "bin/console doctrine:migrations:migrate -n && echo done"),
                pod(migrate.get("Job/migrate"), "containers[migrate].args"), "a shell is asked for explicitly");
        assertTrue(((List<?>) pod(keysApp(), "initContainers[wait-for-migrate].command")).get(2).toString()
                .contains("/jobs/migrate\""), "app waits for the Job to succeed");
        assertEquals(List.of("migrate"), get(objects(keysDir, "staging", "rbac.yaml").get("Role/" + Waits.ACCOUNT),
                "rules[0].resourceNames"));
        assertEquals(List.of("php-fpm", "--nodaemonize"), pod(keysApp(), "containers[app].args"),
                "a string command is split into words, as compose does");
    }

    @Test
    void runTimeKeysReachThePod() throws IOException {
        Map<String, Object> app = keysApp();
        assertEquals(true, pod(app, "shareProcessNamespace"), "init: the pause process reaps zombies");
        assertEquals(90, pod(app, "terminationGracePeriodSeconds"));
        assertEquals(true, pod(app, "containers[app].tty"));
        assertEquals("Memory", pod(app, "volumes[tmpfs-0].emptyDir.medium"));
        assertEquals(null, pod(app, "volumes[tmpfs-0].emptyDir.sizeLimit"));
        assertEquals("64Mi", pod(app, "volumes[tmpfs-1].emptyDir.sizeLimit"));
        assertEquals("/run/php", pod(app, "containers[app].volumeMounts[tmpfs-1].mountPath"));
        assertEquals("256Mi", pod(app, "volumes[dev-shm].emptyDir.sizeLimit"));
        assertEquals("/dev/shm", pod(app, "containers[app].volumeMounts[dev-shm].mountPath"));
        assertEquals(List.of(Map.of("name", "net.ipv4.ip_local_port_range", "value", "1024 65000")),
                pod(app, "securityContext.sysctls"), "the safe sysctl only");
        assertEquals(List.of(Map.of("ip", "10.0.0.5", "hostnames", List.of("legacy.example.com"))),
                pod(app, "hostAliases"), "host-gateway is no address");
    }

    @Test
    void placementIsANodeSelectorAnAffinityAndASpread() throws IOException {
        Map<String, Object> app = keysApp();
        assertEquals(Map.of("disk", "ssd", "kubernetes.io/arch", "amd64"), pod(app, "nodeSelector"));
        assertEquals(Map.of("key", "kubernetes.io/hostname", "operator", "NotIn", "values", List.of("old-1")),
                pod(app, "affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0]"
                        + ".matchExpressions[0]"));
        assertEquals("zone", pod(app, "topologySpreadConstraints[0].topologyKey"));
        assertEquals("ScheduleAnyway", pod(app, "topologySpreadConstraints[0].whenUnsatisfiable"));
    }

    @Test
    void variablesReadWhereTheStackStartsGetTheirDefaultsAndAreNoSecrets() throws IOException {
        Map<String, Object> app = keysApp();
        assertEquals("prod", pod(app, "containers[app].env[APP_ENV].value"));
        assertEquals(1, ((List<?>) pod(app, "containers[app].env")).size(), "APP_DEBUG has no value to give");
        assertFalse(Files.readString(keysDir.resolve("deploy/kubernetes/staging/README.md")).contains("APP_ENV"));
        assertEquals("valkey/valkey:8.0.2", pod(objects(keysDir, "staging", "cache.yaml").get("Deployment/cache"),
                "containers[cache].image"), "an image tag read from .env is its default");
        assertTrue(keysWarnings.contains("`APP_ENV` of `app` reads `APP_ENV` from where the stack starts, which a"
                + " pod cannot: it gets its default `prod`"), keysWarnings);
    }

    @Test
    void rawBlocksMergeIntoTheContainerAndTheKustomization() throws IOException {
        Map<String, Object> app = keysApp();
        assertEquals("Always", pod(app, "containers[app].imagePullPolicy"));
        assertFalse(((Map<?, ?>) pod(app, "containers[app]")).containsKey("stdin"), "raw null removes a key");
        assertTrue(keysWarnings.contains("raw `null` removes `spec.template.spec.containers[app].stdin` of"
                + " deploy/kubernetes/staging/app.yaml, which Gantry generates as `true`"), keysWarnings);
        String kustomization = Files.readString(keysDir.resolve("deploy/kubernetes/staging/kustomization.yaml"));
        assertTrue(kustomization.contains("commonAnnotations:\n  team: \"desk\""), kustomization);
    }

    @Test
    void whatAClusterHasNoFieldForIsAWarningAtItsLine() {
        for (String expected : List.of(":12:18: warning[W722]: the stop signal SIGQUIT of `app` is not carried",
                "the ulimits `nofile` of `app` are not carried", "the host names `host.docker.internal` of `app`"
                        + " are not carried", "warning[W720]: the sysctl `net.core.somaxconn` of `app` is not"
                        + " carried", "warning[W724]: logging of `app` is not carried", "`migrate` runs only with"
                        + " compose profiles", "container_name of `migrate` is not carried", "the network `back` is"
                        + " not made with `internal`", "`APP_DEBUG` of `app` passes `APP_DEBUG` through", "`cache` reads the tag of its image from `VALKEY_TAG`")) {
            assertTrue(keysWarnings.contains(expected), expected + " in " + keysWarnings);
        }
    }
}
