package org.smilefactory.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smilefactory.core.api.Backend;
import org.smilefactory.core.api.BackendMode;
import org.smilefactory.core.api.BackendUnavailableException;
import org.smilefactory.core.api.ValidationException;
import org.smilefactory.core.api.admin.DemoDataResult;
import org.smilefactory.core.api.profiles.InnovationStage;
import org.smilefactory.core.api.profiles.InvestorDetails;
import org.smilefactory.core.api.profiles.ProfileDetails;
import org.smilefactory.core.api.profiles.ProfileType;
import org.smilefactory.core.platform.Backends;
import org.smilefactory.core.remote.ContractJson;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/** The one JSON mapping (app-core's ContractJson) and the remote backend's failure modes. */
class WireFormatTest {

    @Test
    void profileDetailsCarryTheirTypeAndNumbersStayExact() {
        InvestorDetails details = new InvestorDetails(List.of("Agritech"), List.of(InnovationStage.MVP),
                new BigDecimal("20000.00"), new BigDecimal("100000.50"), List.of(), null, "criteria", null);
        String json = ContractJson.mapper().writeValueAsString(details);
        JsonNode tree = ContractJson.mapper().readTree(json);
        assertThat(tree.get("type").asString()).isEqualTo("BUSINESS_INVESTOR");
        assertThat(tree.get("ticketSizeMin").isNumber()).isTrue();
        assertThat(json).containsOnlyOnce("\"type\"");
        ProfileDetails back = ContractJson.mapper().readValue(json, ProfileDetails.class);
        assertThat(back).isEqualTo(details);
        assertThat(((InvestorDetails) back).ticketSizeMin()).isEqualByComparingTo("20000.00").hasToString("20000.00");
        for (ProfileType type : ProfileType.values()) {
            ProfileDetails empty = ProfileDetails.empty(type);
            String each = ContractJson.mapper().writeValueAsString(empty);
            assertThat(ContractJson.mapper().readValue(each, ProfileDetails.class)).isEqualTo(empty);
            assertThat(each).contains("\"type\":\"" + type.name() + "\"");
        }
    }

    @Test
    void timesAreIsoStringsAndUnknownFieldsAreRejected() {
        String json = ContractJson.mapper().writeValueAsString(new DemoDataResult(3, Duration.ofMillis(1500)));
        assertThat(json).contains("\"PT1.5S\"");
        assertThat(ContractJson.mapper().writeValueAsString(Instant.parse("2026-01-02T03:04:05Z"))).isEqualTo("\"2026-01-02T03:04:05Z\"");
        assertThatThrownBy(() -> ContractJson.mapper().readValue("{\"membersCreated\":1,\"elapsed\":\"PT1S\",\"extra\":1}",
                DemoDataResult.class)).isInstanceOf(JacksonException.class);
        assertThat(ContractJson.lenientReader().readValue("{\"membersCreated\":1,\"elapsed\":\"PT1S\",\"extra\":1}",
                DemoDataResult.class).membersCreated()).isEqualTo(1);
    }

    @Test
    void anUnreachableServerIsBackendUnavailableQuickly() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        URI url = URI.create("http://127.0.0.1:" + port);
        try (Backend backend = Backends.remote(url)) {
            assertThat(backend.info().mode()).isEqualTo(BackendMode.SERVER);
            assertThat(backend.info().location()).isEqualTo(url.toString());
            long start = System.nanoTime();
            BackendUnavailableException e = catchThrowableOfType(BackendUnavailableException.class, backend::hubStatus);
            assertThat(e.getMessage()).contains(url.toString()).contains("cannot be reached");
            assertThatThrownBy(() -> backend.signIn("a@example.org", "x")).isInstanceOf(BackendUnavailableException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(12));
        }
    }

    @Test
    void aUrlThatIsNotHttpIsAValidationError() {
        assertThatThrownBy(() -> Backends.remote(URI.create("ftp://hub.local/"))).isInstanceOf(ValidationException.class);
    }

    @Test
    void aNonServerAnswerIsNotMistakenForData() throws Exception {
        // something that is not a hub server answers on the port: HTML, not JSON
        try (ServerSocket socket = new ServerSocket(0)) {
            Thread t = new Thread(() -> {
                try (var c = socket.accept()) {
                    c.getInputStream().read(new byte[4096]);
                    c.getOutputStream().write(("HTTP/1.1 502 Bad Gateway\r\nContent-Type: text/html\r\nContent-Length: 5\r\n"
                            + "Connection: close\r\n\r\n<h1/>").getBytes());
                } catch (Exception ignored) {
                    // the test fails on its own if nothing answered
                }
            });
            t.start();
            try (Backend backend = Backends.remote(URI.create("http://127.0.0.1:" + socket.getLocalPort()))) {
                assertThatThrownBy(backend::hubStatus).isInstanceOf(BackendUnavailableException.class);
            }
            t.join(5000);
        }
    }
}
