package org.smilefactory.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.smilefactory.core.remote.ContractJson;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/**
 * The OpenAPI description is complete (every endpoint the server maps under /api/v1 is in it, with
 * its method) and is written at build time to {@code target/openapi.json}, next to the jar, for
 * client generators and reviewers; the running server serves the same document at /v3/api-docs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiDocumentTest {

    private TestServer server;

    @BeforeAll
    void start() {
        server = TestServer.start();
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void everyEndpointIsDocumentedAndTheDocumentIsWrittenAtBuildTime() throws Exception {
        HttpResponse<String> docs = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(server.uri() + "/v3/api-docs")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(docs.statusCode()).isEqualTo(200);
        JsonNode paths = ContractJson.mapper().readTree(docs.body()).path("paths");

        RequestMappingHandlerMapping mapping = server.context()
                .getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
        List<String> missing = new ArrayList<>();
        int endpoints = 0;
        for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/v1")) {
                    continue;
                }
                for (var method : info.getMethodsCondition().getMethods()) {
                    endpoints++;
                    if (paths.path(pattern).path(method.name().toLowerCase(Locale.ROOT)).isMissingNode()) {
                        missing.add(method + " " + pattern);
                    }
                }
            }
        }
        assertThat(endpoints).isGreaterThan(14);
        assertThat(missing).as("endpoints missing from the OpenAPI document").isEmpty();

        Files.writeString(Path.of("target", "openapi.json"), docs.body());
    }
}
