package org.smilefactory.core.ai;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.smilefactory.core.common.Messages;
import tools.jackson.databind.JsonNode;

/** An OpenAI-compatible {@code POST /v1/chat/completions} endpoint (non-streaming). */
public final class OpenAiChatModel implements ChatModel {

    private final OpenAiHttp http;
    private final String model;

    public OpenAiChatModel(String baseUrl, String apiKey, String model, Duration timeout) {
        this.http = new OpenAiHttp(baseUrl, apiKey, timeout);
        this.model = model;
    }

    @Override
    public Answer complete(List<Message> messages) {
        List<Map<String, String>> wire = new ArrayList<>();
        for (Message m : messages) {
            wire.add(Map.of("role", m.role(), "content", m.content()));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("model", model);
        body.put("messages", wire);
        body.put("temperature", 0.2);
        JsonNode answer = http.post("/v1/chat/completions", body);
        JsonNode content = answer.path("choices").path(0).path("message").path("content");
        if (!content.isString() || content.asString().isBlank()) {
            throw new AiEndpointException(Messages.get("ai.endpoint.badAnswer", "/v1/chat/completions"));
        }
        int tokens = answer.path("usage").path("total_tokens").asInt(0);
        return new Answer(content.asString().strip(), tokens);
    }
}
