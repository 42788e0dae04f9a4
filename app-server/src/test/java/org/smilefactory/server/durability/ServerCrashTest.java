package org.smilefactory.server.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smilefactory.core.api.Backend;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.content.PostInput;
import org.smilefactory.core.api.content.PostType;
import org.smilefactory.core.api.events.Registration;
import org.smilefactory.core.platform.Backends;
import org.smilefactory.core.platform.LocalBackend;
import org.smilefactory.core.remote.ContractJson;
import org.smilefactory.core.remote.wire.ContentCommentRequest;
import org.smilefactory.core.remote.wire.ContentCreatePostRequest;
import org.smilefactory.core.testsupport.Hubs;
import org.smilefactory.core.testsupport.PostgresKill;
import org.smilefactory.core.testsupport.WriteLoad;
import org.smilefactory.server.HubServer;
import org.smilefactory.server.RawHttp;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The server on its default database, the embedded PostgreSQL in its data folder (issue 14): a crash
 * of PostgreSQL under a write load loses nothing the server acknowledged, and while the database is
 * down every answer is 503 {@code backend-unavailable}, never a 500.
 */
class ServerCrashTest {

    @TempDir
    Path dataDir;

    /** A fresh server on the data folder (the second one finds the crashed database and recovers it). */
    private ConfigurableApplicationContext start() {
        SpringApplication app = new SpringApplication(HubServer.class);
        org.smilefactory.server.SetupCodeLog log = org.smilefactory.server.SetupCodeLog.attachTo(app);
        ConfigurableApplicationContext context = app.run("--server.port=0", "--server.address=127.0.0.1",
                "--smilefactory.server.data-dir=" + dataDir, "--smilefactory.server.pool-size=8",
                "--logging.level.root=WARN");
        log.code().ifPresent(code -> setupCode = code);
        return context;
    }

    /** The one-time setup code the first server printed (decision 0022). */
    private String setupCode;

    private static URI uri(ConfigurableApplicationContext server) {
        return URI.create("http://127.0.0.1:" + server.getEnvironment().getProperty("local.server.port"));
    }

    @Test
    void everyWriteTheServerAcknowledgedSurvivesAKilledPostgres() throws Exception {
        WriteLoad load;
        ConfigurableApplicationContext server = start();
        try (Backend remote = Backends.remote(uri(server))) {
            load = WriteLoad.prepare(remote, 8, 20, setupCode);
            load.run(600, () -> PostgresKill.killAll(dataDir.resolve("pgdata")), Duration.ofMillis(1500));
        } finally {
            server.close();
        }
        assertThat(load.failuresBeforeFault).isEmpty();
        assertThat(load.failuresAfterFault).as("calls while the database is down").isNotEmpty();
        // the remote client reads 503 and 500 alike as BackendUnavailableException; the detail tells
        // a 503 backend-unavailable ("not reachable") from a 500 ("could not complete the request")
        assertThat(load.failuresAfterFault.keySet()).allSatisfy(failure -> assertThat(failure).contains("not reachable"));

        ConfigurableApplicationContext again = start();
        try {
            var db = again.getBean(LocalBackend.class).context().jdbc();
            assertThat(load.missingIn(db)).as(load.summary()).isEmpty();
            assertThat(load.duplicatesIn(db)).isEmpty();
        } finally {
            again.close();
        }
    }

    @Test
    void whileTheDatabaseIsDownEveryEndpointAnswers503BackendUnavailable() throws Exception {
        ConfigurableApplicationContext server = start();
        try (Backend remote = Backends.remote(uri(server))) {
            String adminEmail = Hubs.uniqueEmail("admin");
            Session admin = remote.completeSetup(Hubs.setup(adminEmail).withSetupCode(setupCode));
            Session member = Hubs.member(remote, admin, org.smilefactory.core.api.accounts.Role.USER, "Down", "Time");
            UUID post = admin.content().createPost(PostInput.of(PostType.GENERAL, "Before", "the crash"), true).id();
            UUID conversation = member.messaging().direct(admin.member().id()).id();
            var event = admin.events().save(new org.smilefactory.core.api.events.SaveEvent(null, 0, "Crash meetup", "x",
                    org.smilefactory.core.api.events.EventType.MEETUP, java.time.LocalDateTime.now().plusDays(9),
                    java.time.LocalDateTime.now().plusDays(9).plusHours(1), "Africa/Harare", "Harare", null, false, null,
                    null, java.math.BigDecimal.ZERO, "USD", List.of()));
            event = admin.events().changeStatus(event.id(), event.version(), org.smilefactory.core.api.events.EventStatus.PUBLISHED);
            Registration registration = member.events().register(event.id());
            RawHttp http = new RawHttp(uri(server));
            String token = http.signIn(adminEmail, Hubs.ADMIN_PASSWORD);
            String memberToken = http.signIn(member.member().email(), Hubs.MEMBER_PASSWORD);
            assertThat(http.send("GET", "/api/v1/accounts/me", token, null).statusCode()).isEqualTo(200);

            PostgresKill.killAll(dataDir.resolve("pgdata"));

            String json = ContractJson.mapper().writeValueAsString(
                    new ContentCreatePostRequest(PostInput.of(PostType.GENERAL, "During", "the outage"), true));
            List<String[]> calls = List.of(
                    new String[] {"POST", "/api/v1/sessions", null,
                            "{\"email\":\"" + adminEmail + "\",\"password\":\"" + Hubs.ADMIN_PASSWORD + "\"}"},
                    new String[] {"GET", "/api/v1/accounts/me", token, null},
                    new String[] {"GET", "/api/v1/feed", token, null},
                    new String[] {"GET", "/api/v1/events", memberToken, null},
                    new String[] {"POST", "/api/v1/posts", token, json},
                    new String[] {"POST", "/api/v1/posts/" + post + "/like", memberToken, null},
                    new String[] {"POST", "/api/v1/posts/" + post + "/comments", memberToken,
                            ContractJson.mapper().writeValueAsString(new ContentCommentRequest(null, "Still there?"))},
                    new String[] {"POST", "/api/v1/groups/" + UUID.randomUUID() + "/join", memberToken, null},
                    new String[] {"POST", "/api/v1/conversations/" + conversation + "/messages", memberToken, "{\"body\":\"Hello?\"}"},
                    new String[] {"DELETE", "/api/v1/events/" + event.id() + "/registration", memberToken, null},
                    new String[] {"POST", "/api/v1/events/" + event.id() + "/check-ins", token,
                            "{\"registrationId\":\"" + registration.id() + "\"}"});
            // at once: each call waits for the pool's connection timeout before it gives up
            List<String> wrong = new java.util.concurrent.CopyOnWriteArrayList<>();
            calls.parallelStream().forEach(call -> {
                try {
                    HttpResponse<String> r = http.send(call[0], call[1], call[2], call[3]);
                    String type = r.headers().firstValue("Content-Type").orElse("");
                    JsonNode body = r.body().isBlank() ? null : RawHttp.json(r);
                    if (r.statusCode() != 503 || !type.startsWith("application/problem+json") || body == null
                            || !body.get("type").asString().endsWith("backend-unavailable")) {
                        wrong.add(call[0] + " " + call[1] + " -> " + r.statusCode() + " " + type + " " + r.body());
                    }
                } catch (Exception e) {
                    wrong.add(call[0] + " " + call[1] + " -> " + e);
                }
            });
            assertThat(wrong).isEmpty();
        } finally {
            server.close();
        }
    }
}
