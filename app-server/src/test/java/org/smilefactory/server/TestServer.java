package org.smilefactory.server;

import java.net.URI;
import org.smilefactory.core.api.Backend;
import org.smilefactory.core.api.BackendInfo;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.accounts.FirstRunSetup;
import org.smilefactory.core.api.accounts.HubStatus;
import org.smilefactory.core.platform.Backends;
import org.smilefactory.core.platform.LocalBackend;
import org.smilefactory.core.testsupport.TestPostgres;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** A real app-server on a random port with its own new database (the test JVM's PostgreSQL). */
public final class TestServer implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final URI uri;
    private final ResponseScan scan;
    private final String setupCode;

    private TestServer(ConfigurableApplicationContext context, ResponseScan scan, String setupCode) {
        this.context = context;
        this.scan = scan;
        this.setupCode = setupCode;
        this.uri = URI.create("http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port"));
    }

    public static TestServer start() {
        return start("--logging.level.root=WARN");
    }

    public static TestServer start(String... extraArgs) {
        return startOn(TestPostgres.jdbcUrl(TestPostgres.createDatabase()), extraArgs);
    }

    /** A server on an existing database of the test JVM's PostgreSQL (e.g. to start one again on the same data). */
    public static TestServer startOn(String jdbcUrl, String... extraArgs) {
        SpringApplication app = new SpringApplication(HubServer.class);
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(
                "--server.port=0",
                "--server.address=127.0.0.1",
                "--smilefactory.server.jdbc-url=" + jdbcUrl,
                "--smilefactory.server.jdbc-user=postgres",
                "--smilefactory.server.jdbc-password=",
                "--smilefactory.server.pool-size=8"));
        args.addAll(java.util.List.of(extraArgs));
        // every response of every test server is scanned for secrets (issue 13)
        ResponseScan scan = new ResponseScan();
        app.addInitializers(ctx -> ctx.getBeanFactory().registerSingleton("responseScan",
                new org.springframework.boot.web.servlet.FilterRegistrationBean<>(scan)));
        SetupCodeLog log = SetupCodeLog.attachTo(app);
        ConfigurableApplicationContext context = app.run(args.toArray(String[]::new));
        return new TestServer(context, scan, log.code().orElse(null));
    }

    /** The one-time setup code this server printed to its log at start (null if it printed none). */
    public String setupCode() {
        return setupCode;
    }

    public String jdbcUrl() {
        return context.getEnvironment().getProperty("smilefactory.server.jdbc-url");
    }

    public URI uri() {
        return uri;
    }

    public LocalBackend localBackend() {
        return context.getBean(LocalBackend.class);
    }

    public ConfigurableApplicationContext context() {
        return context;
    }

    /** A remote backend on this server that stops the server when closed. */
    public Backend remoteBackend() {
        return new ServerBackend(this, Backends.remote(uri));
    }

    /** Every secret-shaped string this server sent so far (see {@link ResponseScan}). */
    public java.util.List<String> secretsSent() {
        return scan.findings();
    }

    @Override
    public void close() {
        context.close();
    }

    /** The remote backend of a test server; closing it stops the server too. */
    public static final class ServerBackend implements Backend {
        private final TestServer server;
        private final Backend remote;

        ServerBackend(TestServer server, Backend remote) {
            this.server = server;
            this.remote = remote;
        }

        public TestServer server() {
            return server;
        }

        @Override
        public BackendInfo info() {
            return remote.info();
        }

        @Override
        public HubStatus hubStatus() {
            return remote.hubStatus();
        }

        @Override
        public Session completeSetup(FirstRunSetup setup) {
            // as the person who started the server would: type in the code it printed
            return remote.completeSetup(setup.setupCode() == null ? setup.withSetupCode(server.setupCode()) : setup);
        }

        @Override
        public Session signIn(String email, String password) {
            return remote.signIn(email, password);
        }

        @Override
        public java.util.Optional<org.smilefactory.core.api.events.KioskStart> kioskStart(java.util.UUID eventId) {
            return remote.kioskStart(eventId);
        }

        @Override
        public Session signUpWithCode(org.smilefactory.core.api.accounts.CodeSignUp signUp) {
            return remote.signUpWithCode(signUp);
        }

        @Override
        public void resetPasswordWithCode(org.smilefactory.core.api.accounts.CodeSignUp reset) {
            remote.resetPasswordWithCode(reset);
        }

        @Override
        public void close() {
            try {
                remote.close();
            } finally {
                server.close();
            }
            // the test class that used this server fails when any response of it held a secret
            java.util.List<String> secrets = server.secretsSent();
            if (!secrets.isEmpty()) {
                throw new AssertionError("Responses held secret-shaped strings:\n  " + String.join("\n  ", secrets));
            }
        }
    }
}
