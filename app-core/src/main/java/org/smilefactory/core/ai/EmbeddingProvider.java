package org.smilefactory.core.ai;

import java.util.List;

/**
 * Turns texts into vectors. Implementations return unit-length vectors, so a dot product is the
 * cosine similarity. Vectors of different models are never compared: {@link #model()} is stored
 * with every vector.
 */
public interface EmbeddingProvider {

    /** The name stored with every vector (content_embeddings.embedding_model). */
    String model();

    int dimension();

    /**
     * One vector per text, in order.
     *
     * @throws AiEndpointException when a remote endpoint fails or times out
     */
    List<float[]> embed(List<String> texts);
}
