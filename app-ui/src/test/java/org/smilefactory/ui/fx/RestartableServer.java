package org.smilefactory.ui.fx;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.smilefactory.core.testsupport.TestPostgres;
import org.smilefactory.server.HubServer;
import org.smilefactory.server.SetupCodeLog;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real app-server that can be stopped and started again at the same address on the same database: the
 * network "drops" for the desktop exactly as when the hub's server goes away, and comes back.
 */
final class RestartableServer implements AutoCloseable {

    private final String jdbcUrl = TestPostgres.jdbcUrl(TestPostgres.createDatabase());
    private int port;
    private ConfigurableApplicationContext context;
    private String setupCode;

    static RestartableServer started() {
        RestartableServer server = new RestartableServer();
        server.start();
        return server;
    }

    void start() {
        if (context != null) {
            return;
        }
        List<String> args = new ArrayList<>(List.of(
                "--server.port=" + port,
                "--server.address=127.0.0.1",
                "--smilefactory.server.jdbc-url=" + jdbcUrl,
                "--smilefactory.server.jdbc-user=postgres",
                "--smilefactory.server.jdbc-password=",
                "--smilefactory.server.pool-size=6",
                "--logging.level.root=WARN"));
        SpringApplication app = new SpringApplication(HubServer.class);
        SetupCodeLog log = SetupCodeLog.attachTo(app);
        context = app.run(args.toArray(String[]::new));
        setupCode = log.code().orElse(null);
        port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    void stop() {
        if (context != null) {
            context.close();
            context = null;
        }
    }

    /** The server's own database, straight: what others do at the hub while this desktop cannot see it. */
    org.smilefactory.core.api.Backend database() {
        return org.smilefactory.core.platform.Backends.direct(jdbcUrl, "postgres", "");
    }

    /** The one-time setup code the last start printed to its log (null once the hub is set up). */
    String setupCode() {
        return setupCode;
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + port);
    }

    @Override
    public void close() {
        stop();
    }
}
