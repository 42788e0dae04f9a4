package org.smilefactory.core.ai;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The contiguous store gives exactly the brute-force top k, with and without filters. */
class VectorStoreTest {

    private static final String[] TYPES = {"mentor", "business_investor", "innovator"};

    private record Row(UUID id, String subtype, float[] v) {
    }

    private static List<Row> rows(int n, int dim, long seed) {
        Random r = new Random(seed);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            float[] v = new float[dim];
            for (int j = 0; j < dim; j++) {
                v[j] = (float) r.nextGaussian() * (1 + i % 3);
            }
            rows.add(new Row(new UUID(seed, i), TYPES[i % TYPES.length], v));
        }
        return rows;
    }

    private static VectorStore store(List<Row> rows) {
        return VectorStore.of(rows.stream().map(Row::id).toList(), rows.stream().map(Row::subtype).toList(),
                rows.stream().map(Row::v).toList());
    }

    private static List<UUID> bruteForce(List<Row> rows, float[] q, Set<String> subtypes, Set<UUID> only, int k) {
        float[] qn = Vectors.normalize(q);
        return rows.stream()
                .filter(r -> subtypes.isEmpty() || subtypes.contains(r.subtype()))
                .filter(r -> only == null || only.contains(r.id()))
                .sorted(Comparator.comparingDouble((Row r) -> -Vectors.dot(Vectors.normalize(r.v()), qn)).thenComparing(Row::id))
                .limit(k).map(Row::id).toList();
    }

    @Test
    void topKIsExactWithAndWithoutFilters() {
        List<Row> rows = rows(2_000, 37, 7); // an odd dimension exercises the loop's tail
        VectorStore store = store(rows);
        float[] q = rows(1, 37, 99).get(0).v();
        assertThat(store.top(q, Set.of(), null, 10)).extracting(VectorStore.Scored::id)
                .containsExactlyElementsOf(bruteForce(rows, q, Set.of(), null, 10));
        assertThat(store.top(q, Set.of("mentor"), null, 10)).extracting(VectorStore.Scored::id)
                .containsExactlyElementsOf(bruteForce(rows, q, Set.of("mentor"), null, 10));
        assertThat(store.top(q, Set.of("mentor", "innovator"), null, 25)).extracting(VectorStore.Scored::id)
                .containsExactlyElementsOf(bruteForce(rows, q, Set.of("mentor", "innovator"), null, 25));
        Set<UUID> only = Set.of(rows.get(3).id(), rows.get(4).id(), rows.get(6).id(), rows.get(1500).id(), new UUID(1, 1));
        assertThat(store.top(q, Set.of(), only, 10)).extracting(VectorStore.Scored::id)
                .containsExactlyElementsOf(bruteForce(rows, q, Set.of(), only, 10));
        assertThat(store.top(q, Set.of("mentor"), only, 10)).extracting(VectorStore.Scored::id)
                .containsExactlyElementsOf(bruteForce(rows, q, Set.of("mentor"), only, 10));
    }

    @Test
    void rowsAreStoredUnitLengthSoScoresAreCosines() {
        List<Row> rows = rows(50, 8, 3);
        VectorStore store = store(rows);
        Row first = rows.get(0);
        float[] scaled = first.v().clone();
        for (int j = 0; j < scaled.length; j++) {
            scaled[j] *= 42;
        }
        VectorStore.Scored best = store.top(scaled, Set.of(), null, 1).get(0);
        assertThat(best.id()).isEqualTo(first.id());
        assertThat(best.similarity()).isBetween(0.999f, 1.001f);
        assertThat(store.bareScanMax(Vectors.normalize(scaled))).isBetween(0.999f, 1.001f);
    }

    @Test
    void emptyOrMismatchedQueriesFindNothing() {
        VectorStore store = store(rows(10, 8, 5));
        assertThat(store.top(new float[7], Set.of(), null, 5)).isEmpty();
        assertThat(store.top(new float[8], Set.of("nobody"), null, 5)).isEmpty();
        assertThat(VectorStore.of(List.of(), List.of(), List.of()).top(new float[8], Set.of(), null, 5)).isEmpty();
    }
}
