package org.smilefactory.server.sync;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.smilefactory.core.testsupport.TestPostgres;
import org.smilefactory.server.HubServer;
import org.smilefactory.server.SetupCodeLog;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A real app-server on one database that a test can stop, kill and start again on the same data:
 * either inside the test JVM (fast) or as a process of its own (so it can die in the middle of a
 * request, with no graceful shutdown). The database belongs to the test JVM's PostgreSQL and outlives
 * every server started on it.
 */
final class SyncServer implements AutoCloseable {

    private final String database;
    private final boolean external;
    private final JdbcClient db;
    private ConfigurableApplicationContext context;
    private Process process;
    private int port;
    private int starts;
    private String setupCode;

    private SyncServer(String database, boolean external) {
        this.database = database;
        this.external = external;
        DataSource ds = TestPostgres.server().getDatabase("postgres", database);
        this.db = JdbcClient.create(ds);
    }

    /** A server in this JVM on a new database (a copy of a migrated empty one: the schema is the same everywhere). */
    static SyncServer inProcess() {
        SyncServer s = new SyncServer(Client.newReplicaDatabase(), false);
        s.start();
        return s;
    }

    /** A server in a JVM of its own on a new database; {@link #kill()} crashes it. */
    static SyncServer external() {
        SyncServer s = new SyncServer(Client.newReplicaDatabase(), true);
        s.start();
        return s;
    }

    String jdbcUrl() {
        return TestPostgres.jdbcUrl(database);
    }

    /** The server's database, read and written directly (as staff with psql would). */
    JdbcClient db() {
        return db;
    }

    int port() {
        return port;
    }

    /**
     * The one-time setup code the last start printed to its log (a server in a JVM of its own: read from
     * its log file, which it may still be writing just after it answers health checks).
     */
    synchronized String setupCode() {
        if (external && setupCode == null) {
            Path file = Jvm.logFile("server-" + database + "-" + starts);
            long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
            while (setupCode == null && System.nanoTime() < deadline) {
                setupCode = SetupCodeLog.findIn(Jvm.output(file)).orElse(null);
                if (setupCode == null) {
                    sleep(100);
                }
            }
        }
        return setupCode;
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + port);
    }

    boolean running() {
        return external ? process != null && process.isAlive() : context != null && context.isActive();
    }

    /** Starts (again) on the same database, on a new port. */
    synchronized void start() {
        if (running()) {
            return;
        }
        starts++;
        setupCode = null;
        List<String> args = new ArrayList<>(List.of(
                "--server.address=127.0.0.1",
                "--smilefactory.server.jdbc-url=" + jdbcUrl(),
                "--smilefactory.server.jdbc-user=postgres",
                "--smilefactory.server.jdbc-password=",
                "--smilefactory.server.pool-size=6",
                "--smilefactory.server.data-dir=" + Path.of("target", "sync-server-" + database).toAbsolutePath(),
                "--logging.level.root=WARN"));
        if (external) {
            port = freePort();
            args.add("--server.port=" + port);
            process = Jvm.start("server-" + database + "-" + starts, "384m", HubServer.class, args);
            waitUntilHealthy();
        } else {
            args.add("--server.port=0");
            SpringApplication app = new SpringApplication(HubServer.class);
            SetupCodeLog log = SetupCodeLog.attachTo(app);
            context = app.run(args.toArray(String[]::new));
            port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
            setupCode = log.code().orElse(null);
        }
    }

    /** Stops the server the polite way (in-process: the Spring context closes). */
    synchronized void stop() {
        if (external) {
            kill();
        } else if (context != null) {
            context.close();
            context = null;
        }
    }

    /** The server process dies at once: no graceful shutdown, requests in flight are cut off. */
    synchronized void kill() {
        if (!external) {
            throw new IllegalStateException("only an external server can be killed");
        }
        if (process != null) {
            process.destroyForcibly();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process = null;
        }
    }

    private void waitUntilHealthy() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The server process ended: " + Jvm.output(Jvm.logFile("server-" + database + "-" + starts)));
            }
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(uri().resolve("/actuator/health"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not up yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(200);
        }
        throw new IllegalStateException("The server did not come up in 90 s");
    }

    static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public synchronized void close() {
        if (external) {
            kill();
        } else {
            stop();
        }
    }
}
