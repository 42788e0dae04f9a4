package org.smilefactory.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.smilefactory.core.api.Backend;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.ValidationException;
import org.smilefactory.core.api.content.PostInput;
import org.smilefactory.core.api.content.PostType;
import org.smilefactory.core.remote.ContractJson;
import org.smilefactory.core.remote.wire.ContentCreatePostRequest;
import org.smilefactory.core.testsupport.Hubs;
import tools.jackson.databind.JsonNode;

/**
 * Issue 13: a caller on another computer cannot make the server read its own files by naming them as a
 * post attachment. The rule is the content service's (a session opened for a bearer token attaches only
 * uploaded media), not the controller's.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServerAttachmentPathTest {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private TestServer server;
    private Backend backend;
    private String token;

    @TempDir
    Path serverSide;

    @BeforeAll
    void start() throws Exception {
        server = TestServer.start();
        backend = server.remoteBackend();
        String email = Hubs.uniqueEmail("admin");
        backend.completeSetup(Hubs.setup(email));
        HttpResponse<String> r = send("POST", "/api/v1/sessions", null,
                "{\"email\":\"" + email + "\",\"password\":\"" + Hubs.ADMIN_PASSWORD + "\"}");
        token = ContractJson.mapper().readTree(r.body()).get("token").asString();
    }

    @AfterAll
    void stop() {
        backend.close();
    }

    @Test
    void aPathToAServerFileIsRefusedOverHttpAndItsBytesAreNotStored() throws Exception {
        byte[] secret = ("server secret " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        Path file = Files.write(serverSide.resolve("secret.png"), secret);
        long mediaBefore = mediaRows();

        for (PostInput input : List.of(
                PostInput.of(PostType.GENERAL, "Look", "at this").withMedia(null, List.of(file.toString())),
                PostInput.of(PostType.GENERAL, "Look", "at this").withMedia(file.toString(), List.of()))) {
            HttpResponse<String> r = send("POST", "/api/v1/posts", token,
                    ContractJson.mapper().writeValueAsString(new ContentCreatePostRequest(input, true)));
            assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
            JsonNode problem = ContractJson.mapper().readTree(r.body());
            assertThat(problem.get("violations").get(0).get("code").asString()).isEqualTo("not-uploaded");
        }

        assertThat(mediaRows()).isEqualTo(mediaBefore);
        assertNotStored(secret);
    }

    @Test
    void theSessionTheServerOpensForABearerTokenRefusesAPathItself() throws Exception {
        byte[] secret = ("another secret " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        Path file = Files.write(serverSide.resolve("other.png"), secret);
        // the very session BearerTokenFilter hands to every controller for this token
        Session serverSession = server.localBackend().sessionForToken(token).orElseThrow();

        assertThatThrownBy(() -> serverSession.content().createPost(
                PostInput.of(PostType.GENERAL, "Look", "again").withMedia(null, List.of(file.toString())), true))
                .isInstanceOfSatisfying(ValidationException.class, e ->
                        assertThat(e.violations()).anySatisfy(v -> assertThat(v.code()).isEqualTo("not-uploaded")));
        assertNotStored(secret);
    }

    private long mediaRows() {
        return server.localBackend().context().jdbc().sql("SELECT count(*) FROM media_files").query(Long.class).single();
    }

    private void assertNotStored(byte[] secret) throws Exception {
        String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(secret));
        assertThat(server.localBackend().context().jdbc().sql("SELECT count(*) FROM media_files WHERE sha256 = ?")
                .param(sha).query(Long.class).single()).isZero();
        Path media = Path.of("server-data", "media");
        if (Files.isDirectory(media)) {
            try (Stream<Path> files = Files.walk(media)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    assertThat(Files.readAllBytes(f)).isNotEqualTo(secret);
                }
            }
        }
    }

    private HttpResponse<String> send(String method, String path, String bearer, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(server.uri().resolve(path)).timeout(Duration.ofSeconds(30));
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
