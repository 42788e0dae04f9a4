package org.smilefactory.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.smilefactory.core.api.Backend;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.accounts.Role;
import org.smilefactory.core.contract.ReplicaProjectionContract;
import org.smilefactory.core.remote.ContractJson;
import org.smilefactory.core.remote.wire.SignInRequest;
import org.smilefactory.core.testsupport.Hubs;

/**
 * What a replica may hold, through real HTTP: every row of {@code GET /sync/changes} equals the
 * contract's GET of the same entity for the same member.
 */
class RemoteReplicaProjectionContractTest extends ReplicaProjectionContract {

    @Override
    protected Backend openBackend() {
        return TestServer.start().remoteBackend();
    }

    /** {@code keep} is {@code all} (the default) or {@code needed}; anything else is a field error. */
    @Test
    void theKeepParameterTakesAllOrNeededOnly() throws Exception {
        Session staff = Hubs.member(backend, admin, Role.STAFF, "Kim", "Keep");
        URI base = ((TestServer.ServerBackend) backend).server().uri();
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(base.resolve("/api/v1/sessions"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(ContractJson.mapper().writeValueAsString(
                        new SignInRequest(staff.member().email(), Hubs.MEMBER_PASSWORD)))).build(),
                HttpResponse.BodyHandlers.ofString());
        String token = ContractJson.mapper().readTree(signedIn.body()).get("token").asString();
        for (String keep : new String[] {"all", "needed", "everything"}) {
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(base.resolve("/api/v1/sync/changes?keep=" + keep))
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
            switch (keep) {
                case "all" -> assertThat(page.body()).contains("\"scope\":\"staff\"");
                case "needed" -> assertThat(page.body()).contains("\"scope\":\"staff-needed:" + staff.member().id() + "\"");
                default -> {
                    assertThat(page.statusCode()).isEqualTo(400);
                    assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(
                            t -> assertThat(t).startsWith("application/problem+json"));
                    assertThat(page.body()).contains("\"keep\"");
                }
            }
        }
    }
}
