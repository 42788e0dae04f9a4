package org.smilefactory.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.smilefactory.core.api.Backend;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.accounts.CreateMember;
import org.smilefactory.core.api.accounts.Role;
import org.smilefactory.core.remote.ContractJson;
import org.smilefactory.core.testsupport.Hubs;
import tools.jackson.databind.JsonNode;

/**
 * Issue 13, sessions and credentials: a password change or reset ends the member's other sessions on
 * the server, through real HTTP, with the server's token cache on (a token looked up a moment ago is
 * not served from memory after the change).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PasswordChangeEndsSessionsTest {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private TestServer server;
    private Backend backend;
    private Session admin;

    @BeforeAll
    void start() {
        // a long token cache: a revoked token must be refused although it was remembered a moment ago
        server = TestServer.start("--logging.level.root=WARN", "--smilefactory.server.token-cache-ttl=PT60S");
        backend = server.remoteBackend();
        admin = backend.completeSetup(Hubs.setup(Hubs.uniqueEmail("admin")));
    }

    @AfterAll
    void stop() {
        backend.close();
    }

    @Test
    void changingThePasswordEndsEveryOtherSessionButNotTheOneThatChangedIt() throws Exception {
        String email = member();
        String laptop = signIn(email, Hubs.MEMBER_PASSWORD);
        String phone = signIn(email, Hubs.MEMBER_PASSWORD);
        String tablet = signIn(email, Hubs.MEMBER_PASSWORD);
        // all three remembered by the server's token cache
        for (String token : new String[] {laptop, phone, tablet}) {
            assertThat(get("/api/v1/accounts/me", token).statusCode()).isEqualTo(200);
        }

        HttpResponse<String> changed = send("PUT", "/api/v1/accounts/me/password", laptop,
                "{\"currentPassword\":\"" + Hubs.MEMBER_PASSWORD + "\",\"newPassword\":\"a-new-password-2\"}");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(204);

        assertThat(get("/api/v1/accounts/me", laptop).statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/accounts/me", phone).statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/accounts/me", tablet).statusCode()).isEqualTo(401);
        assertThat(send("POST", "/api/v1/sessions", null,
                "{\"email\":\"" + email + "\",\"password\":\"" + Hubs.MEMBER_PASSWORD + "\"}").statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/accounts/me", signIn(email, "a-new-password-2")).statusCode()).isEqualTo(200);
    }

    @Test
    void aStaffResetOfThePasswordEndsEverySessionOfThatMember() throws Exception {
        String email = member();
        String one = signIn(email, Hubs.MEMBER_PASSWORD);
        String two = signIn(email, Hubs.MEMBER_PASSWORD);
        String id = ContractJson.mapper().readTree(get("/api/v1/accounts/me", one).body()).get("id").asString();
        assertThat(get("/api/v1/accounts/me", two).statusCode()).isEqualTo(200);

        admin.accounts().resetPassword(java.util.UUID.fromString(id), "reset-by-staff-3");

        assertThat(get("/api/v1/accounts/me", one).statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/accounts/me", two).statusCode()).isEqualTo(401);
        // the admin who reset it is still signed in
        assertThat(admin.accounts().me().role()).isEqualTo(Role.ADMIN);
    }

    @Test
    void aWrongCurrentPasswordEndsNothing() throws Exception {
        String email = member();
        String one = signIn(email, Hubs.MEMBER_PASSWORD);
        String two = signIn(email, Hubs.MEMBER_PASSWORD);
        HttpResponse<String> refused = send("PUT", "/api/v1/accounts/me/password", one,
                "{\"currentPassword\":\"not it\",\"newPassword\":\"a-new-password-2\"}");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/accounts/me", two).statusCode()).isEqualTo(200);
    }

    private String member() {
        String email = Hubs.uniqueEmail("pw");
        admin.accounts().createMember(new CreateMember(email, Hubs.MEMBER_PASSWORD, "Rudo", "Chari", Role.USER));
        return email;
    }

    private String signIn(String email, String password) throws Exception {
        HttpResponse<String> r = send("POST", "/api/v1/sessions", null,
                "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode body = ContractJson.mapper().readTree(r.body());
        return body.get("token").asString();
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        return send("GET", path, token, null);
    }

    private HttpResponse<String> send(String method, String path, String token, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(server.uri().resolve(path)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
