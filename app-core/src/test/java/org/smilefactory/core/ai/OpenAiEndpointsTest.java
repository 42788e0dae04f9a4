package org.smilefactory.core.ai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The OpenAI-compatible embeddings and chat clients against MockWebServer: request shape, errors, timeouts. */
class OpenAiEndpointsTest {

    private MockWebServer server;

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String base() {
        return server.url("/").toString();
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
    }

    @Test
    void embeddingsSendModelInputAndKeyAndReadVectorsByIndex() throws Exception {
        server.enqueue(json(200, """
                {"object":"list","data":[
                  {"object":"embedding","index":1,"embedding":[0.0,3.0,4.0]},
                  {"object":"embedding","index":0,"embedding":[1.0,0.0,0.0]}],
                 "model":"text-embedding-3-small","usage":{"prompt_tokens":4,"total_tokens":4}}"""));
        OpenAiEmbeddingProvider p = new OpenAiEmbeddingProvider(base() + "v1/", "sk-test", "text-embedding-3-small", Duration.ofSeconds(5));
        List<float[]> v = p.embed(List.of("first", "second"));
        assertThat(v.get(0)).containsExactly(1f, 0f, 0f);
        assertThat(v.get(1)).containsExactly(0f, 0.6f, 0.8f);
        assertThat(p.model()).isEqualTo("openai:text-embedding-3-small");
        assertThat(p.dimension()).isEqualTo(3);

        RecordedRequest r = server.takeRequest();
        assertThat(r.getMethod()).isEqualTo("POST");
        assertThat(r.getTarget()).isEqualTo("/v1/embeddings");
        assertThat(r.getHeaders().get("Authorization")).isEqualTo("Bearer sk-test");
        assertThat(r.getHeaders().get("Content-Type")).startsWith("application/json");
        JsonNode body = OpenAiHttp.JSON.readTree(r.getBody().utf8());
        assertThat(body.path("model").asString()).isEqualTo("text-embedding-3-small");
        assertThat(body.path("input").get(0).asString()).isEqualTo("first");
        assertThat(body.path("input").get(1).asString()).isEqualTo("second");
    }

    @Test
    void embeddingErrorsSayWhatTheServerSaid() {
        server.enqueue(json(401, "{\"error\":{\"message\":\"Incorrect API key provided\",\"type\":\"invalid_request_error\"}}"));
        OpenAiEmbeddingProvider p = new OpenAiEmbeddingProvider(base(), "bad", "m", Duration.ofSeconds(5));
        assertThatThrownBy(() -> p.embed(List.of("x"))).isInstanceOf(AiEndpointException.class)
                .hasMessageContaining("HTTP 401").hasMessageContaining("Incorrect API key provided");
    }

    @Test
    void anUnreadableOrIncompleteAnswerIsAnError() {
        server.enqueue(json(200, "{\"data\":[]}"));
        OpenAiEmbeddingProvider p = new OpenAiEmbeddingProvider(base(), null, "m", Duration.ofSeconds(5));
        assertThatThrownBy(() -> p.embed(List.of("x"))).isInstanceOf(AiEndpointException.class)
                .hasMessageContaining("could not be read");
        server.enqueue(json(200, "not json"));
        assertThatThrownBy(() -> p.embed(List.of("x"))).isInstanceOf(AiEndpointException.class)
                .hasMessageContaining("could not be read");
    }

    @Test
    void aSlowEndpointTimesOut() {
        server.enqueue(new MockResponse.Builder().code(200).body("{}").headersDelay(3, TimeUnit.SECONDS).build());
        OpenAiEmbeddingProvider p = new OpenAiEmbeddingProvider(base(), null, "m", Duration.ofMillis(300));
        long start = System.nanoTime();
        assertThatThrownBy(() -> p.embed(List.of("x"))).isInstanceOf(AiEndpointException.class)
                .hasMessageContaining("did not answer in time");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void anUnreachableEndpointSaysSo() {
        String url = base();
        server.close();
        OpenAiEmbeddingProvider p = new OpenAiEmbeddingProvider(url, null, "m", Duration.ofSeconds(2));
        assertThatThrownBy(() -> p.embed(List.of("x"))).isInstanceOf(AiEndpointException.class)
                .hasMessageContaining("cannot be reached");
    }

    @Test
    void chatSendsTheMessagesAndReadsTheAnswerAndTokens() throws Exception {
        server.enqueue(json(200, """
                {"id":"c1","object":"chat.completion","choices":[{"index":0,"message":{"role":"assistant",
                 "content":"  Tariro builds sensors [1].  "},"finish_reason":"stop"}],
                 "usage":{"prompt_tokens":120,"completion_tokens":8,"total_tokens":128}}"""));
        OpenAiChatModel chat = new OpenAiChatModel(base(), "sk-chat", "gpt-test", Duration.ofSeconds(5));
        ChatModel.Answer a = chat.complete(List.of(new ChatModel.Message("system", "context"), new ChatModel.Message("user", "who?")));
        assertThat(a.text()).isEqualTo("Tariro builds sensors [1].");
        assertThat(a.tokens()).isEqualTo(128);
        RecordedRequest r = server.takeRequest();
        assertThat(r.getTarget()).isEqualTo("/v1/chat/completions");
        assertThat(r.getHeaders().get("Authorization")).isEqualTo("Bearer sk-chat");
        JsonNode body = OpenAiHttp.JSON.readTree(r.getBody().utf8());
        assertThat(body.path("model").asString()).isEqualTo("gpt-test");
        assertThat(body.path("messages").get(0).path("role").asString()).isEqualTo("system");
        assertThat(body.path("messages").get(1).path("content").asString()).isEqualTo("who?");
    }

    @Test
    void chatErrorsAndEmptyAnswersAreErrors() {
        server.enqueue(json(503, "overloaded"));
        OpenAiChatModel chat = new OpenAiChatModel(base(), null, "m", Duration.ofSeconds(5));
        assertThatThrownBy(() -> chat.complete(List.of(new ChatModel.Message("user", "x"))))
                .isInstanceOf(AiEndpointException.class).hasMessageContaining("HTTP 503").hasMessageContaining("overloaded");
        server.enqueue(json(200, "{\"choices\":[]}"));
        assertThatThrownBy(() -> chat.complete(List.of(new ChatModel.Message("user", "x"))))
                .isInstanceOf(AiEndpointException.class).hasMessageContaining("could not be read");
    }
}
