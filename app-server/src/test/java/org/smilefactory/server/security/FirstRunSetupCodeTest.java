package org.smilefactory.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smilefactory.core.api.Backend;
import org.smilefactory.core.api.ValidationException;
import org.smilefactory.core.platform.Backends;
import org.smilefactory.core.remote.ContractJson;
import org.smilefactory.core.testsupport.Hubs;
import org.smilefactory.server.TestServer;
import tools.jackson.databind.JsonNode;

/**
 * First-run setup of a server cannot be taken over by whoever reaches it first (decision 0022): it needs
 * the one-time code the server printed to its log at start. Through real HTTP on a fresh server each.
 */
class FirstRunSetupCodeTest {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private TestServer server;

    @BeforeEach
    void freshServer() {
        server = TestServer.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aFreshServerPrintsACodeToItsLog() {
        // TestServer read it from the server's log output, as the person who started the server would
        assertThat(server.setupCode()).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
    }

    @Test
    void setupWithoutTheCodeIsRefusedAndCreatesNothing() throws Exception {
        HttpResponse<String> r = postSetup(setupBody("ada@example.org", null));

        JsonNode problem = assertProblem(r, 400, "validation");
        assertThat(problem.get("violations").get(0).get("field").asString()).isEqualTo("setupCode");
        assertThat(problem.get("violations").get(0).get("code").asString()).isEqualTo("required");
        assertNothingCreated();
    }

    @Test
    void setupWithAWrongCodeIsRefusedAndCreatesNothing() throws Exception {
        String wrong = server.setupCode().startsWith("A") ? "BBBB-BBBB-BBBB" : "AAAA-AAAA-AAAA";
        HttpResponse<String> r = postSetup(setupBody("ada@example.org", wrong));

        JsonNode problem = assertProblem(r, 400, "validation");
        assertThat(problem.get("violations").get(0).get("field").asString()).isEqualTo("setupCode");
        assertThat(problem.get("violations").get(0).get("code").asString()).isEqualTo("wrong");
        assertThat(problem.get("violations").get(0).get("message").asString()).contains("Setup code:");
        assertNothingCreated();
    }

    @Test
    void setupWithThePrintedCodeWorksOnceAndTheCodeCannotBeUsedAgain() throws Exception {
        // typed by hand: lower case, without the dashes
        String typed = server.setupCode().toLowerCase().replace("-", " ");
        HttpResponse<String> first = postSetup(setupBody("ada@example.org", typed));
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(ContractJson.mapper().readTree(first.body()).get("token").asString()).isNotBlank();
        assertThat(server.localBackend().hubStatus().setupRequired()).isFalse();

        HttpResponse<String> again = postSetup(setupBody("mallory@example.org", server.setupCode()));
        assertProblem(again, 409, "conflict");
        assertThat(server.localBackend().context().jdbc()
                .sql("SELECT count(*) FROM personal_details WHERE email = 'mallory@example.org'")
                .query(Long.class).single()).isZero();
        // and the code itself is spent, not merely shadowed by the set-up hub
        assertThat(server.context().getBean(SetupCode.class).matches(server.setupCode())).isFalse();
    }

    @Test
    void aFieldMistakeDoesNotSpendTheCode() throws Exception {
        Map<String, Object> body = setupBody("not-an-email", server.setupCode());
        assertProblem(postSetup(body), 400, "validation");

        assertThat(postSetup(setupBody("ada@example.org", server.setupCode())).statusCode()).isEqualTo(201);
    }

    @Test
    void theRemoteClientSendsTheCodeAndMapsAWrongOneToTheField() {
        try (Backend remote = Backends.remote(server.uri())) {
            ValidationException e = catchThrowableOfType(ValidationException.class,
                    () -> remote.completeSetup(Hubs.setup("ada@example.org").withSetupCode("WRNG-WRNG-WRNG")));
            assertThat(e.violationOf("setupCode")).isPresent();

            remote.completeSetup(Hubs.setup("ada@example.org").withSetupCode(server.setupCode())).signOut();
            assertThat(remote.hubStatus().setupRequired()).isFalse();
        }
    }

    @Test
    void aServerStartedOnASetUpHubPrintsNoCode() {
        server.remoteBackend().completeSetup(Hubs.setup("ada@example.org")).signOut();
        String url = server.jdbcUrl();
        server.close();
        try (TestServer again = TestServer.startOn(url, "--logging.level.root=WARN")) {
            assertThat(again.setupCode()).isNull();
        }
    }

    private void assertNothingCreated() {
        assertThat(server.localBackend().hubStatus().setupRequired()).isTrue();
        assertThat(server.localBackend().context().jdbc().sql("SELECT count(*) FROM personal_details")
                .query(Long.class).single()).isZero();
    }

    private static Map<String, Object> setupBody(String email, String code) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("hubName", "Gweru Hub");
        body.put("timeZone", "Africa/Harare");
        body.put("adminFirstName", "Ada");
        body.put("adminLastName", "Admin");
        body.put("adminEmail", email);
        body.put("adminPassword", Hubs.ADMIN_PASSWORD);
        if (code != null) {
            body.put("setupCode", code);
        }
        return body;
    }

    private HttpResponse<String> postSetup(Map<String, Object> body) throws Exception {
        return http.send(HttpRequest.newBuilder(server.uri().resolve("/api/v1/hub/setup"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(ContractJson.mapper().writeValueAsString(body)))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static JsonNode assertProblem(HttpResponse<String> r, int status, String kind) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode problem = ContractJson.mapper().readTree(r.body());
        assertThat(problem.get("type").asString()).isEqualTo("https://smilefactory.africa/problems/" + kind);
        return problem;
    }
}
