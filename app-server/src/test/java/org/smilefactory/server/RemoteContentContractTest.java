package org.smilefactory.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.smilefactory.core.api.Backend;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.accounts.Role;
import org.smilefactory.core.api.content.PostInput;
import org.smilefactory.core.api.content.PostType;
import org.smilefactory.core.common.Ids;
import org.smilefactory.core.contract.ContentContract;
import org.smilefactory.core.remote.ContractJson;
import org.smilefactory.core.remote.wire.ContentCreatePostRequest;
import org.smilefactory.core.remote.wire.SignInRequest;
import org.smilefactory.core.testsupport.Hubs;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The content contract through real HTTP: app-server on a random port, the remote backend as client. */
class RemoteContentContractTest extends ContentContract {

    static {
        // the server runs in this JVM: keep its media store out of the real data folder
        System.setProperty("smilefactory.media", Path.of("target", "test-media").toAbsolutePath().toString());
    }

    @Override
    protected Backend openBackend() {
        return TestServer.start().remoteBackend();
    }

    private JdbcClient serverDatabase() {
        return ((TestServer.ServerBackend) backend).server().localBackend().context().jdbc();
    }

    @Override
    protected void connect(UUID a, UUID b) {
        serverDatabase().sql("""
                INSERT INTO connections (connection_id, requester_id, recipient_id, status, created_at, updated_at)
                VALUES (?, ?, ?, 'accepted', now(), now())
                """).params(Ids.next(), a, b).update();
    }

    /**
     * Over HTTP a post may only attach uploaded media: a path would name a file on the server's own
     * disk (a client could publish /etc/passwd). The server refuses it and writes nothing.
     */
    @Test
    void theServerRefusesFilePathsAsAttachments() throws Exception {
        Session author = Hubs.member(backend, admin, Role.USER, "Path", "Sender");
        URI base = ((TestServer.ServerBackend) backend).server().uri();
        HttpClient http = HttpClient.newHttpClient();
        String email = author.member().email();
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(base.resolve("/api/v1/sessions"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(ContractJson.mapper().writeValueAsString(
                        new SignInRequest(email, Hubs.MEMBER_PASSWORD)))).build(), HttpResponse.BodyHandlers.ofString());
        String token = ContractJson.mapper().readTree(signedIn.body()).get("token").asString();
        PostInput input = PostInput.of(PostType.GENERAL, null, "see attached").withMedia("/etc/hostname", List.of("/etc/passwd"));
        HttpResponse<String> refused = http.send(HttpRequest.newBuilder(base.resolve("/api/v1/posts"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(ContractJson.mapper().writeValueAsString(
                        new ContentCreatePostRequest(input, true)))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("\"featuredImage\"", "\"attachments\"");
        assertThat(serverDatabase().sql("SELECT count(*) FROM posts WHERE author_id = ?").params(author.member().id())
                .query(Long.class).single()).isZero();
    }

    /** Photos are bigger than the server's general body limit (256 KB): the upload has its own. */
    @Test
    void aPhotoOfSeveralMegabytesUploadsOverHttp() {
        Session author = Hubs.member(backend, admin, Role.USER, "Photo", "Sender");
        byte[] photo = new byte[3 * 1024 * 1024];
        new java.util.Random(7).nextBytes(photo);
        var ref = author.content().uploadMedia("launch.jpg", photo);
        assertThat(ref.sizeBytes()).isEqualTo(photo.length);
        assertThat(author.content().media(ref.id()).bytes()).isEqualTo(photo);
    }

    @Override
    protected List<String> notificationTypes(UUID member) {
        return serverDatabase().sql("SELECT notification_type FROM notifications WHERE user_id = ? ORDER BY created_at, id")
                .params(member).query(String.class).list();
    }
}
