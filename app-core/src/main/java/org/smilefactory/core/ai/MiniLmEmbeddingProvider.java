package org.smilefactory.core.ai;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.List;

/**
 * The default provider: all-MiniLM-L6-v2, quantized, 384 dimensions, run in-process by ONNX
 * Runtime from the jar on the classpath — offline, no download, no key. The model is loaded once
 * per JVM (about a second) and shared: it is thread-safe.
 */
public final class MiniLmEmbeddingProvider implements EmbeddingProvider {

    public static final String MODEL = "all-minilm-l6-v2-q";
    public static final int DIMENSION = 384;

    private static volatile MiniLmEmbeddingProvider shared;

    private final AllMiniLmL6V2QuantizedEmbeddingModel model;

    private MiniLmEmbeddingProvider() {
        this.model = new AllMiniLmL6V2QuantizedEmbeddingModel();
    }

    public static MiniLmEmbeddingProvider shared() {
        MiniLmEmbeddingProvider p = shared;
        if (p == null) {
            synchronized (MiniLmEmbeddingProvider.class) {
                p = shared;
                if (p == null) {
                    p = new MiniLmEmbeddingProvider();
                    shared = p;
                }
            }
        }
        return p;
    }

    @Override
    public String model() {
        return MODEL;
    }

    @Override
    public int dimension() {
        return DIMENSION;
    }

    @Override
    public List<float[]> embed(List<String> texts) {
        List<TextSegment> segments = new ArrayList<>(texts.size());
        for (String t : texts) {
            segments.add(TextSegment.from(t == null || t.isBlank() ? "-" : t));
        }
        List<Embedding> embeddings = model.embedAll(segments).content();
        List<float[]> out = new ArrayList<>(embeddings.size());
        for (Embedding e : embeddings) {
            out.add(Vectors.normalize(e.vector()));
        }
        return out;
    }
}
