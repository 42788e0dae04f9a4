package org.smilefactory.server.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.smilefactory.core.api.Backend;
import org.smilefactory.core.api.BackendUnavailableException;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.content.FeedQuery;
import org.smilefactory.core.platform.Backends;
import org.smilefactory.core.remote.ContractJson;
import org.smilefactory.core.testsupport.Hubs;
import org.smilefactory.server.TestServer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import tools.jackson.databind.JsonNode;

/**
 * The admission gate through real HTTP (decision 0015): with one request allowed at a time, a
 * request that is still sending its body holds the only turn; the next one waits its turn, and is told
 * the server is busy when the turn does not come in time; health and media are never held up.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdmissionTest {

    private static final Duration MAX_WAIT = Duration.ofSeconds(2);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private TestServer server;
    private Backend remote;
    private String email;
    private String token;

    @BeforeAll
    void start() throws Exception {
        server = TestServer.start("--logging.level.root=WARN", "--smilefactory.server.max-active-requests=1",
                "--smilefactory.server.max-queue-wait=" + MAX_WAIT);
        email = Hubs.uniqueEmail("admin");
        server.localBackend().completeSetup(Hubs.setup(email));
        HttpResponse<String> signIn = http.send(HttpRequest.newBuilder(server.uri().resolve("/api/v1/sessions"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + email + "\",\"password\":\"" + Hubs.ADMIN_PASSWORD + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        token = ContractJson.mapper().readTree(signIn.body()).get("token").asString();
        remote = Backends.remote(server.uri());
    }

    @AfterAll
    void stop() {
        remote.close();
        server.close();
    }

    @Test
    void theGateIsFourRequestsPerCoreUnlessConfigured() {
        assertThat(gate().permits()).isEqualTo(1);
        try (TestServer defaults = TestServer.start()) {
            AdmissionFilter gate = gateOf(defaults);
            assertThat(gate.permits()).isEqualTo(4 * Runtime.getRuntime().availableProcessors());
        }
    }

    @Test
    void aRequestWaitsForItsTurnAndIsToldTheServerIsBusyWhenItDoesNotCome() throws Exception {
        Session admin = remote.signIn(email, Hubs.ADMIN_PASSWORD);
        try (Socket slow = holdTheOnlyTurn()) {
            // the turn does not come within the wait: a problem response, not a hang
            HttpResponse<String> busy = get("/api/v1/feed?limit=5");
            assertThat(busy.statusCode()).isEqualTo(503);
            assertThat(busy.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(busy.headers().firstValue("Retry-After")).contains("2");
            JsonNode problem = ContractJson.mapper().readTree(busy.body());
            assertThat(problem.get("type").asString()).endsWith("/server-busy");
            assertThat(problem.get("detail").asString()).contains("busy");
            // the desktop's remote backend says so in words, as it says the server cannot be reached
            assertThatThrownBy(() -> admin.content().feed(FeedQuery.latest()))
                    .isInstanceOf(BackendUnavailableException.class)
                    .hasMessageContaining("busy");

            // health and media are not queued behind the API
            assertThat(get("/actuator/health").statusCode()).isEqualTo(200);
            assertThat(get("/api/v1/media/" + java.util.UUID.randomUUID()).statusCode()).isEqualTo(404);
            assertThat(gate().running()).isEqualTo(1);

            // a request that arrives now gets in as soon as the slow one ends, within its wait
            CompletableFuture<HttpResponse<String>> queued = http.sendAsync(request("/api/v1/feed?limit=5"),
                    HttpResponse.BodyHandlers.ofString());
            Thread.sleep(200);
            assertThat(queued).isNotDone();
            slow.close();
            assertThat(queued.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        }
        assertThat(admin.content().feed(FeedQuery.latest()).posts()).isEmpty();
        awaitIdle();
    }

    /**
     * Starts a profile save whose body never finishes arriving (a slow client), and waits until the
     * server is working on it: it holds the one turn until the socket closes.
     */
    private Socket holdTheOnlyTurn() throws Exception {
        awaitIdle();
        Socket socket = new Socket(server.uri().getHost(), server.uri().getPort());
        OutputStream out = socket.getOutputStream();
        out.write(("PUT /api/v1/profiles HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token
                + "\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"firstName\":")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (gate().running() < 1) {
            assertThat(System.nanoTime()).as("the slow request never started").isLessThan(deadline);
            Thread.sleep(10);
        }
        return socket;
    }

    private void awaitIdle() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (gate().running() > 0) {
            assertThat(System.nanoTime()).as("a request kept its turn").isLessThan(deadline);
            Thread.sleep(10);
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(request(path), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest request(String path) {
        return HttpRequest.newBuilder(URI.create(server.uri() + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).GET().build();
    }

    private AdmissionFilter gate() {
        return gateOf(server);
    }

    @SuppressWarnings("rawtypes")
    private static AdmissionFilter gateOf(TestServer server) {
        return server.context().getBeansOfType(FilterRegistrationBean.class).values().stream()
                .map(FilterRegistrationBean::getFilter)
                .filter(AdmissionFilter.class::isInstance).map(AdmissionFilter.class::cast)
                .findFirst().orElseThrow();
    }
}
