package dev.gantry.init;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.support.CliRun;
import dev.gantry.support.FreePort;
import dev.gantry.support.LocalMariaDb;
import dev.gantry.support.LocalServer;
import dev.gantry.support.Processes;
import dev.gantry.support.Tools;
import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page `gantry init --preset complete` serves: the site init writes for nginx, checked with
 * nginx's own {@code nginx -t} for every framework, then served by nginx in front of PHP-FPM running
 * the front controller init wrote, with the autoloader Composer makes from its composer.json, and a
 * real MariaDB the page asks.
 *
 * <p>The official images (php, nginx) cannot be pulled on CI machines (see DebianBaseImage), so the
 * Debian packages run the files instead. The site is the template the web image holds, with what
 * the image fills in when it starts (PHP_FPM_HOST) and this machine's paths and ports in place of
 * the container's (/var/www/app, 80, 9000); the PHP version is the machine's.
 */
class FirstPageTest {

    private static final String CONTAINER_ROOT = "/var/www/app/";

    @Test
    void theSiteOfEveryFrameworkPassesNginxsCheck(@TempDir Path dir) throws Exception {
        Tools.require("nginx");
        for (Framework framework : Framework.values()) {
            Path project = init(dir.resolve(framework.id()), "--framework", framework.id());
            Path server = Files.createDirectories(dir.resolve("nginx-" + framework.id()));
            Path conf = nginxConf(project, server, FreePort.get(), FreePort.get());
            Processes.run(server, List.of("nginx", "-t", "-p", server + "/", "-e", server.resolve("error.log").toString(),
                    "-c", conf.toString())).assertSuccess();
            assertTrue(Files.readString(conf).contains("root " + project.resolve("app/" + framework.documentRoot())
                    + ";"), framework.id());
        }
    }

    @Test
    void theCompletePresetServesItsFirstPage(@TempDir Path dir) throws Exception {
        Tools.require("nginx");
        Tools.require("composer");
        String fpm = phpFpm();
        String php = Processes.run(dir, List.of("php", "-r", "echo PHP_MAJOR_VERSION, '.', PHP_MINOR_VERSION;"))
                .assertSuccess().out();
        // nginx's workers run as another user than its master, as in the image: they read what init wrote
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path project = init(dir.resolve("shop"), "--preset", "complete", "--php", php);
        assertEquals(0, CliRun.of("generate", "-f", project.resolve("environment.yaml").toString()).exit());
        Path app = project.resolve("app");
        try (Stream<Path> files = Files.walk(app)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".php")).toList()) {
                Processes.run(app, List.of("php", "-l", file.toString())).assertSuccess();
            }
        }
        // What the app image runs (composer validate is the pipelines' lint); the dependencies need the
        // network, the autoloader of the application's own classes does not.
        Map<String, String> composerEnv = Map.of("COMPOSER_HOME", dir.resolve("composer").toString(),
                "COMPOSER_ALLOW_SUPERUSER", "1");
        Processes.run(app, composerEnv, null, List.of("composer", "validate", "--no-check-publish",
                "--no-check-lock")).assertSuccess();
        Processes.run(app, composerEnv, null, List.of("composer", "dump-autoload", "--no-dev",
                "--classmap-authoritative", "--no-interaction")).assertSuccess();
        Files.writeString(app.resolve("public/style.css"), "h1 { color: teal; }\n");
        Files.writeString(app.resolve("public/other.php"), "<?php echo 'never run';\n");

        try (LocalMariaDb db = LocalMariaDb.start(Files.createDirectories(dir.resolve("db")), "root-secret")) {
            db.asAdmin("CREATE DATABASE shop; CREATE USER 'shop'@'127.0.0.1' IDENTIFIED BY 'p@ss';"
                    + " GRANT ALL ON shop.* TO 'shop'@'127.0.0.1';");
            Path server = Files.createDirectories(dir.resolve("server"));
            int fpmPort = FreePort.get();
            int webPort = FreePort.get();
            Path pool = server.resolve("php-fpm.conf");
            Files.writeString(pool, String.join("\n", "[global]", "error_log = " + server.resolve("php-fpm.log"),
                    "daemonize = no", "[www]", "listen = 127.0.0.1:" + fpmPort, "pm = static", "pm.max_children = 2",
                    "env[APP_ENV] = prod", "env[DATABASE_URL] = mysql://shop:p%40ss@127.0.0.1:" + db.port() + "/shop",
                    ""));
            try (Server phpFpm = new Server(List.of(fpm, "-F", "-R", "-p", server + "/", "-y", pool.toString()),
                    server.resolve("php-fpm.out"), fpmPort);
                    Server nginx = new Server(List.of("nginx", "-p", server + "/", "-e",
                            server.resolve("error.log").toString(), "-c",
                            nginxConf(project, server, webPort, fpmPort).toString(), "-g", "daemon off;"),
                            server.resolve("nginx.out"), webPort)) {
                HttpResponse<String> page = get(webPort, "/");
                assertEquals(200, page.statusCode(), page.body());
                String body = page.body();
                assertTrue(body.contains("<h1>shop</h1>"), body);
                assertTrue(body.contains("PHP " + php + ".") && body.contains("(fpm-fcgi)"), body);
                assertTrue(body.contains("APP_ENV prod"), body);
                assertTrue(body.contains("DATABASE_URL mysql://shop:***@127.0.0.1:" + db.port() + "/shop:\n"
                        + "        ok, connected, server "), body);

                HttpResponse<String> route = get(webPort, "/products/42?sort=name");
                assertEquals(200, route.statusCode(), "the front controller answers every path");
                assertTrue(route.body().contains("<h1>shop</h1>"), route.body());
                HttpResponse<String> css = get(webPort, "/style.css");
                assertEquals(200, css.statusCode());
                assertEquals("h1 { color: teal; }\n", css.body(), "nginx sends the public files itself");
                assertEquals("text/css", css.headers().firstValue("Content-Type").orElse(""));
                assertEquals(404, get(webPort, "/other.php").statusCode(), "no PHP file but the front controller runs");
                assertEquals(404, get(webPort, "/src/ServiceCheck.php").statusCode());
                String outside = get(webPort, "/composer.json").body();
                assertTrue(outside.contains("<h1>shop</h1>") && !outside.contains("psr-4"),
                        "nothing outside public/ is sent: the front controller answers\n" + outside);
            }
        }
    }

    /** init in a new folder, without questions; the folder. */
    private static Path init(Path folder, String... choices) throws IOException {
        Files.createDirectories(folder);
        List<String> args = new ArrayList<>(List.of("init", "-f", folder.resolve("environment.yaml")
                .toString(), "--no-interactive"));
        args.addAll(List.of(choices));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertEquals(0, run.exit(), run.err());
        return folder;
    }

    /**
     * nginx.conf around the site init wrote, as nginx's image includes it (in http, beside its
     * mime.types and fastcgi_params, which Debian's nginx has too), for this machine.
     */
    private static Path nginxConf(Path project, Path server, int webPort, int fpmPort) throws IOException {
        String site = Files.readString(project.resolve(Skeleton.NGINX_SITE));
        assertTrue(site.contains("listen 80;") && site.contains("fastcgi_pass ${PHP_FPM_HOST}:9000;")
                && site.contains("root " + CONTAINER_ROOT), site);
        site = site.replace("listen 80;", "listen 127.0.0.1:" + webPort + ";")
                .replace("fastcgi_pass ${PHP_FPM_HOST}:9000;", "fastcgi_pass 127.0.0.1:" + fpmPort + ";")
                .replace("root " + CONTAINER_ROOT, "root " + project.resolve("app") + "/");
        Path temp = server.resolve("temp");
        Files.copy(Path.of("/etc/nginx/fastcgi_params"), server.resolve("fastcgi_params"));
        Files.copy(Path.of("/etc/nginx/mime.types"), server.resolve("mime.types"));
        Path conf = server.resolve("nginx.conf");
        Files.writeString(conf, "pid " + server.resolve("nginx.pid") + ";\nevents {}\nhttp {\n    include mime.types;\n"
                + "    access_log off;\n" + Stream.of("client_body", "fastcgi", "proxy", "uwsgi", "scgi")
                        .map(kind -> "    " + kind + "_temp_path " + temp + ";\n").reduce("", String::concat)
                + site + "}\n");
        return conf;
    }

    /** Debian's PHP-FPM, named by its PHP version (php-fpm8.2). */
    private static String phpFpm() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            try (Stream<Path> files = Files.list(Path.of(dir))) {
                var found = files.filter(f -> f.getFileName().toString().matches("php-fpm\\d+\\.\\d+")).findFirst();
                if (found.isPresent()) {
                    return found.get().toString();
                }
            } catch (IOException e) {
                // a folder of PATH that does not exist
            }
        }
        Tools.require("php-fpm8.2");
        return "php-fpm8.2";
    }

    private static HttpResponse<String> get(int port, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** nginx or PHP-FPM in the foreground, ready when its port takes connections. */
    private static final class Server extends LocalServer {

        Server(List<String> command, Path log, int port) throws Exception {
            super(command, log);
            awaitReady(() -> {
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
                    return true;
                } catch (IOException e) {
                    return false;
                }
            }, () -> { });
        }
    }
}
