package org.smilefactory.core.ai;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.smilefactory.core.common.Messages;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * POSTs JSON to an OpenAI-compatible API ({@code /v1/embeddings}, {@code /v1/chat/completions}),
 * hosted or local (llama.cpp, Ollama, vLLM all speak it). Every failure becomes an
 * {@link AiEndpointException} whose message says what went wrong in words.
 */
final class OpenAiHttp {

    static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final MediaType JSON_TYPE = MediaType.get("application/json");

    private final String baseUrl;
    private final String apiKey;
    private final OkHttpClient client;

    OpenAiHttp(String baseUrl, String apiKey, Duration timeout) {
        String base = baseUrl.strip();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        if (base.endsWith("/v1")) {
            base = base.substring(0, base.length() - 3);
        }
        this.baseUrl = base;
        this.apiKey = apiKey;
        this.client = new OkHttpClient.Builder()
                .connectTimeout(timeout).readTimeout(timeout).writeTimeout(timeout).callTimeout(timeout.multipliedBy(2))
                .build();
    }

    JsonNode post(String path, Object body) {
        String url = baseUrl + path;
        Request.Builder request = new Request.Builder().url(url)
                .post(RequestBody.create(JSON.writeValueAsString(body), JSON_TYPE));
        if (apiKey != null && !apiKey.isBlank()) {
            request.header("Authorization", "Bearer " + apiKey);
        }
        try (Response response = client.newCall(request.build()).execute()) {
            String text = response.body().string();
            if (!response.isSuccessful()) {
                throw new AiEndpointException(Messages.get("ai.endpoint.status", url, response.code(), errorText(text)));
            }
            try {
                return JSON.readTree(text);
            } catch (RuntimeException e) {
                throw new AiEndpointException(Messages.get("ai.endpoint.badAnswer", url), e);
            }
        } catch (InterruptedIOException e) {
            throw new AiEndpointException(Messages.get("ai.endpoint.timeout", url), e);
        } catch (IOException e) {
            throw new AiEndpointException(Messages.get("ai.endpoint.unreachable", url, e.getMessage()), e);
        } catch (IllegalArgumentException e) {
            throw new AiEndpointException(Messages.get("ai.endpoint.unreachable", url, e.getMessage()), e);
        }
    }

    /** OpenAI's {"error": {"message": ...}} when present, else the start of the body. */
    private static String errorText(String body) {
        try {
            JsonNode node = JSON.readTree(body);
            JsonNode message = node.path("error").path("message");
            if (message.isString()) {
                return message.asString();
            }
        } catch (RuntimeException ignored) {
            // not JSON: fall through
        }
        return body.length() > 200 ? body.substring(0, 200) : body;
    }
}
