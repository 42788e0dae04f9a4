package org.smilefactory.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The server with its own keystore (docs/server-tls.md, option 2): it answers HTTPS with the hub's
 * certificate, a client that trusts that certificate gets through, one that does not is refused,
 * and plain HTTP on the TLS port gets no API answer.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TlsTest {

    private static final String PASSWORD = "tls-test-store";

    private Path keystore;
    private TestServer server;
    private int port;

    @BeforeAll
    void start() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "tls-test"));
        keystore = dir.resolve("hub.p12");
        Files.deleteIfExists(keystore);
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "hub", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=127.0.0.1", "-ext", "san=ip:127.0.0.1", "-validity", "2",
                "-storetype", "PKCS12", "-keystore", keystore.toString(),
                "-storepass", PASSWORD, "-keypass", PASSWORD)
                .redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes());
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(keytool.exitValue()).as(output).isZero();

        server = TestServer.start("--logging.level.root=WARN",
                "--server.ssl.enabled=true",
                "--server.ssl.key-store=" + keystore,
                "--server.ssl.key-store-type=PKCS12",
                "--server.ssl.key-store-password=" + PASSWORD,
                "--server.ssl.key-alias=hub");
        port = server.uri().getPort();
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aClientTrustingTheHubCertificateTalksHttps() throws Exception {
        HttpClient client = HttpClient.newBuilder().sslContext(trusting(keystore)).build();
        HttpResponse<String> hub = client.send(HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + port + "/api/v1/hub")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(hub.statusCode()).isEqualTo(200);
        assertThat(hub.body()).contains("\"setupRequired\":true");

        HttpResponse<String> health = client.send(
                HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + port + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(health.body()).contains("UP");
    }

    @Test
    void aClientThatDoesNotTrustTheCertificateIsRefused() {
        HttpClient client = HttpClient.newHttpClient();
        assertThatThrownBy(() -> client.send(
                HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + port + "/api/v1/hub")).build(),
                HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(SSLHandshakeException.class);
    }

    @Test
    void plainHttpOnTheTlsPortGetsNoApiAnswer() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        try {
            HttpResponse<String> r = client.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/hub")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(400);
            assertThat(r.body()).doesNotContain("setupRequired");
        } catch (IOException refused) {
            // closing the connection is an equally good answer
        }
    }

    private static SSLContext trusting(Path keystore) throws Exception {
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            trusted.load(in, PASSWORD.toCharArray());
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trusted);
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(null, tmf.getTrustManagers(), null);
        return ssl;
    }
}
