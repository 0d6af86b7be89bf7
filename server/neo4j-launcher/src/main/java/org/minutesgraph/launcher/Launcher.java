package org.minutesgraph.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;

/**
 * Runs Neo4j Community embedded with only a Bolt connector on 127.0.0.1, for minutes-graph.
 *
 * <p>Usage: {@code java -Xmx1g -cp target/classes:target/lib/* org.minutesgraph.launcher.Launcher HOME PORT}.
 * HOME holds data/, logs/ and the file {@code password} (mode 0600) with the password of user
 * neo4j. Prints {@code READY bolt://127.0.0.1:PORT} once Bolt accepts that password; exits 1
 * with a {@code FAILED:} line when it cannot start. SIGTERM shuts the database down cleanly.
 */
public final class Launcher {
    private static final String HOST = "127.0.0.1";
    private static final String USER = "neo4j";

    private Launcher() {}

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: Launcher HOME PORT");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        DatabaseManagementService dbms;
        try {
            dbms = start(home, port);
        } catch (Throwable e) {
            System.out.println("FAILED: " + rootMessage(e));
            e.printStackTrace(System.out);
            System.out.flush();
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("STOPPING");
            dbms.shutdown();
            System.out.println("STOPPED");
            System.out.flush();
            stopped.countDown();
        }, "minutes-graph-shutdown"));
        System.out.println("READY bolt://" + HOST + ":" + port);
        System.out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Path importDir(Path home) throws IOException {
        return Files.createDirectories(home.resolve("import"));
    }

    private static DatabaseManagementService start(Path home, int port) throws IOException {
        Files.createDirectories(home);
        SocketAddress bolt = new SocketAddress(HOST, port);
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(GraphDatabaseSettings.default_listen_address, new SocketAddress(HOST))
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, bolt)
                .setConfig(BoltConnector.advertised_address, bolt)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                // Minutes are loaded through the driver; Cypher must not read the machine's files.
                .setConfig(GraphDatabaseSettings.allow_file_urls, false)
                // and if they were ever allowed, only an empty folder of its own (not the home,
                // which holds the password file).
                .setConfig(GraphDatabaseSettings.load_csv_file_url_root, importDir(home))
                // Set by the caller (MINUTES_GRAPH_NEO4J_PAGECACHE); 512 MiB when run by hand.
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(Long.getLong("minutesgraph.pagecacheMiB", 512L)))
                // A laptop-sized store: smaller transaction log files than the 256 MiB default,
                // and only the last 128 MiB of them kept (no backups or cluster read them here;
                // the default kept 3.2 GB of logs beside a 410 MB store after a 10k ingest).
                .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, ByteUnit.mebiBytes(64))
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "128M size")
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                // The stores are checkpointed before Bolt stops; waiting 2 x 5 s for idle
                // Bolt threads after that only makes `stop` slow.
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
                .build();
        try {
            ensurePassword(dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME), home.resolve("password"));
        } catch (RuntimeException | IOException e) {
            dbms.shutdown();
            throw e;
        }
        return dbms;
    }

    /**
     * The password file is the truth: on a new store (neo4j still has its initial password, which
     * must be changed) or when the file is missing, the file's password is set for user neo4j.
     */
    private static void ensurePassword(GraphDatabaseService system, Path file) throws IOException {
        boolean initial = system.executeTransactionally(
                "SHOW USERS YIELD user, passwordChangeRequired WHERE user = $user RETURN passwordChangeRequired",
                Map.of("user", USER),
                result -> !result.hasNext() || Boolean.TRUE.equals(result.next().get("passwordChangeRequired")));
        boolean fileExists = Files.exists(file);
        if (fileExists && !initial) {
            return;
        }
        String password = fileExists ? Files.readString(file, StandardCharsets.UTF_8).trim() : writeNewPassword(file);
        system.executeTransactionally(
                "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
    }

    private static String writeNewPassword(Path file) throws IOException {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        try {
            // Created 0600 from the start, so the password is never readable by others.
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (FileAlreadyExistsException e) {
            throw new IOException("could not create " + tmp, e);
        }
        Files.writeString(tmp, password + "\n", StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
        return password;
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() != null ? cause.getMessage() : cause.toString();
        return message.replace('\n', ' ');
    }
}
