package org.smilefactory.core.ai;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The real offline model: loads from the classpath, 384 unit vectors, related texts closer than unrelated. */
class MiniLmEmbeddingProviderTest {

    private final EmbeddingProvider model = MiniLmEmbeddingProvider.shared();

    @Test
    void relatedTextsScoreHigherThanUnrelatedOnes() {
        List<float[]> v = model.embed(List.of(
                "Seed investor backing agritech startups that help smallholder farmers",
                "Our startup builds soil moisture sensors for small farms and needs seed funding",
                "Classical piano lessons for children on weekends",
                "Mentor for software engineers learning Java and databases",
                "Looking for a mentor who knows Java programming and SQL"));
        assertThat(v).allSatisfy(x -> assertThat(x).hasSize(384));
        assertThat(Vectors.dot(v.get(0), v.get(0))).isCloseTo(1f, org.assertj.core.data.Offset.offset(1e-4f));
        float related = Vectors.dot(v.get(0), v.get(1));
        float unrelated = Vectors.dot(v.get(0), v.get(2));
        assertThat(related).isGreaterThan(unrelated + 0.1f);
        assertThat(Vectors.dot(v.get(3), v.get(4))).isGreaterThan(Vectors.dot(v.get(3), v.get(1)));
        assertThat(Vectors.dot(v.get(3), v.get(4))).isGreaterThan(Vectors.dot(v.get(3), v.get(2)));
    }

    @Test
    void theSameTextGivesTheSameVector() {
        float[] a = model.embed(List.of("Harare agritech meetup")).get(0);
        float[] b = model.embed(List.of("Harare agritech meetup")).get(0);
        assertThat(a).containsExactly(b);
        assertThat(model.model()).isEqualTo("all-minilm-l6-v2-q");
        assertThat(model.dimension()).isEqualTo(384);
    }
}
