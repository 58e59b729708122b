package dev.gantry.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A real MariaDB server (Debian's mariadb-server) on 127.0.0.1, on a free port with its data in a
 * temporary folder. Like the official image's, its root user has a password for TCP clients and its
 * character set is utf8mb4.
 */
public final class LocalMariaDb extends LocalServer {

    private static final List<String> AS_USER = "root".equals(System.getProperty("user.name"))
            ? List.of("--user=root") : List.of();

    private final Path dir;
    private final int port;

    private LocalMariaDb(Path dir, int port) throws Exception {
        super(command(dir, port), dir.resolve("server.log"));
        this.dir = dir;
        this.port = port;
    }

    private static List<String> command(Path dir, int port) {
        List<String> command = new ArrayList<>(List.of("mariadbd", "--no-defaults", "--datadir=" + dir.resolve("data"),
                "--socket=" + dir.resolve("sock"), "--port=" + port, "--bind-address=127.0.0.1",
                "--skip-name-resolve", "--pid-file=" + dir.resolve("pid"), "--innodb-buffer-pool-size=16M",
                "--character-set-server=utf8mb4", "--collation-server=utf8mb4_unicode_ci"));
        command.addAll(AS_USER);
        return command;
    }

    /** Starts a server with its data in {@code dir}; without Debian's mariadb-server the test is skipped (see Tools). */
    public static LocalMariaDb start(Path dir, String rootPassword) throws Exception {
        Tools.require("mariadbd");
        Tools.require("mariadb");
        List<String> install = new ArrayList<>(List.of("mariadb-install-db", "--no-defaults",
                "--datadir=" + Files.createDirectories(dir.resolve("data")), "--auth-root-authentication-method=normal",
                "--skip-test-db"));
        install.addAll(AS_USER);
        Processes.Result installed = Processes.run(dir, install);
        if (installed.exit() != 0) {
            throw new IllegalStateException("mariadb-install-db failed: " + installed.output());
        }
        LocalMariaDb db = new LocalMariaDb(dir, FreePort.get());
        db.awaitReady(() -> Processes.run(dir, List.of("mariadb-admin", "--no-defaults",
                "--socket=" + dir.resolve("sock"), "-uroot", "ping")).exit() == 0,
                () -> db.asAdmin("CREATE OR REPLACE USER 'root'@'127.0.0.1' IDENTIFIED BY '" + rootPassword
                        + "'; GRANT ALL PRIVILEGES ON *.* TO 'root'@'127.0.0.1' WITH GRANT OPTION;"));
        return db;
    }

    public int port() {
        return port;
    }

    /**
     * Puts {@code mariadb} and {@code mariadb-dump} into {@code bin}: the real clients, reaching this
     * server over TCP, as the clients in a container reach the server beside them.
     */
    public void clientsInto(Path bin) throws Exception {
        Files.createDirectories(bin);
        for (String client : List.of("mariadb", "mariadb-dump")) {
            String real = Processes.run(dir, List.of("bash", "-c", "command -v " + client)).output().strip();
            Files.writeString(bin.resolve(client), "#!/bin/sh\nexec " + real + " --no-defaults --protocol=TCP"
                    + " --default-character-set=utf8mb4 -h127.0.0.1 -P" + port + " \"$@\"\n");
            bin.resolve(client).toFile().setExecutable(true);
        }
    }

    /** Runs SQL as the server's administrator (over its socket) and returns the rows, tab-separated. */
    public String asAdmin(String sql) throws Exception {
        Processes.Result result = Processes.run(dir, Map.of(), null, List.of("mariadb", "--no-defaults",
                "--socket=" + dir.resolve("sock"), "-uroot", "--default-character-set=utf8mb4", "--batch",
                "--skip-column-names", "--raw", "-e", sql));
        if (result.exit() != 0) {
            throw new IllegalStateException(sql + ": " + result.output());
        }
        return result.output();
    }
}
