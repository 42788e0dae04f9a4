package org.smilefactory.server;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.smilefactory.core.remote.ContractJson;
import tools.jackson.databind.JsonNode;

/** Plain HTTP to a test server, as an outside client sends it (no remote backend in between). */
public final class RawHttp {

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public RawHttp(URI base) {
        this.base = base;
    }

    /** Signs in and returns the bearer token. */
    public String signIn(String email, String password) throws Exception {
        HttpResponse<String> r = send("POST", "/api/v1/sessions", null, ContractJson.mapper().writeValueAsString(
                java.util.Map.of("email", email, "password", password)));
        if (r.statusCode() != 200) {
            throw new IllegalStateException("sign-in answered " + r.statusCode() + ": " + r.body());
        }
        return json(r).get("token").asString();
    }

    public HttpResponse<String> send(String method, String path, String token, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    public static JsonNode json(HttpResponse<String> r) {
        return ContractJson.mapper().readTree(r.body());
    }
}
