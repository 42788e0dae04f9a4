package org.smilefactory.core.ai;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.smilefactory.core.common.Messages;
import tools.jackson.databind.JsonNode;

/**
 * An OpenAI-compatible {@code POST /v1/embeddings} endpoint. The dimension is learnt from the first
 * answer (models differ: 1536, 768, 384...) and stored with every vector.
 */
public final class OpenAiEmbeddingProvider implements EmbeddingProvider {

    private final OpenAiHttp http;
    private final String model;
    private volatile int dimension;

    public OpenAiEmbeddingProvider(String baseUrl, String apiKey, String model, Duration timeout) {
        this.http = new OpenAiHttp(baseUrl, apiKey, timeout);
        this.model = model;
    }

    /** The name stored with vectors: "openai:" + model, so a local model of the same name never mixes in. */
    @Override
    public String model() {
        return "openai:" + model;
    }

    @Override
    public int dimension() {
        if (dimension == 0) {
            embed(List.of("dimension probe"));
        }
        return dimension;
    }

    @Override
    public List<float[]> embed(List<String> texts) {
        JsonNode answer = http.post("/v1/embeddings", Map.of("model", model, "input", texts));
        JsonNode data = answer.path("data");
        if (!data.isArray() || data.size() != texts.size()) {
            throw new AiEndpointException(Messages.get("ai.endpoint.badAnswer", "/v1/embeddings"));
        }
        float[][] out = new float[texts.size()][];
        for (JsonNode item : data) {
            int index = item.path("index").asInt(-1);
            JsonNode values = item.path("embedding");
            if (index < 0 || index >= out.length || !values.isArray() || values.isEmpty()) {
                throw new AiEndpointException(Messages.get("ai.endpoint.badAnswer", "/v1/embeddings"));
            }
            float[] v = new float[values.size()];
            for (int i = 0; i < v.length; i++) {
                v[i] = (float) values.get(i).asDouble();
            }
            if (dimension != 0 && dimension != v.length) {
                throw new AiEndpointException(Messages.get("ai.endpoint.badAnswer", "/v1/embeddings"));
            }
            dimension = v.length;
            out[index] = Vectors.normalize(v);
        }
        List<float[]> list = new ArrayList<>(out.length);
        for (float[] v : out) {
            if (v == null) {
                throw new AiEndpointException(Messages.get("ai.endpoint.badAnswer", "/v1/embeddings"));
            }
            list.add(v);
        }
        return list;
    }
}
