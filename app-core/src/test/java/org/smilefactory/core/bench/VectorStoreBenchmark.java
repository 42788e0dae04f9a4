package org.smilefactory.core.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.smilefactory.core.ai.VectorStore;

/**
 * The vector search alone, for docs/benchmarks.md (issue 18): one section's top 10 out of a
 * {@link VectorStore} of 10,000 and 100,000 unit vectors of MiniLM's 384 dimensions, over eight
 * profile types, next to the floor — the bare dot-product scan over the same array with no heap,
 * no filter and no result objects. Random vectors: the cost of an exact scan does not depend on
 * what they mean. Not a unit test (no {@code Test} in its name): run by hand.
 *
 * <pre>
 * mvn -q -o -pl app-core test-compile exec:java@vector-store-benchmark
 * </pre>
 */
public final class VectorStoreBenchmark {

    private static final int DIM = 384;
    private static final String[] TYPES = {"INNOVATOR", "INVESTOR", "MENTOR", "STUDENT", "UNIVERSITY",
        "ORGANISATION", "PROFESSIONAL", "EXPERT"};

    private VectorStoreBenchmark() {
    }

    public static void main(String[] args) {
        Random random = new Random(18);
        for (int n : new int[] {10_000, 100_000}) {
            List<UUID> ids = new ArrayList<>(n);
            List<String> subtypes = new ArrayList<>(n);
            List<float[]> vectors = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                ids.add(new UUID(random.nextLong(), random.nextLong()));
                subtypes.add(TYPES[i % TYPES.length]);
                vectors.add(randomVector(random));
            }
            VectorStore store = VectorStore.of(ids, subtypes, vectors);
            float[][] queries = new float[600][];
            for (int i = 0; i < queries.length; i++) {
                queries[i] = randomVector(random);
            }
            // warm-up so the JIT has compiled the loops before anything is timed
            for (int i = 0; i < 100; i++) {
                store.top(queries[i], Set.of("MENTOR"), null, 10);
                store.top(queries[i], Set.of(), null, 10);
                store.bareScanMax(queries[i]);
            }
            long[] section = new long[500];
            long[] all = new long[500];
            long[] floor = new long[500];
            float sink = 0;
            for (int i = 0; i < 500; i++) {
                float[] q = queries[100 + i];
                long t0 = System.nanoTime();
                sink += store.top(q, Set.of("MENTOR"), null, 10).size();
                long t1 = System.nanoTime();
                sink += store.top(q, Set.of(), null, 10).size();
                long t2 = System.nanoTime();
                sink += store.bareScanMax(q);
                long t3 = System.nanoTime();
                section[i] = t1 - t0;
                all[i] = t2 - t1;
                floor[i] = t3 - t2;
            }
            System.out.printf(Locale.ROOT, "%,d vectors: one section (1/8 of rows) top 10 p50 %.2f ms p95 %.2f ms;"
                    + " all rows top 10 p50 %.2f ms p95 %.2f ms; floor (bare scan of all rows) p50 %.2f ms p95 %.2f ms (%s)%n",
                    n, ms(section, 50), ms(section, 95), ms(all, 50), ms(all, 95), ms(floor, 50), ms(floor, 95),
                    sink > 0 ? "ok" : "?");
        }
    }

    private static float[] randomVector(Random random) {
        float[] v = new float[DIM];
        for (int j = 0; j < DIM; j++) {
            v[j] = (float) random.nextGaussian();
        }
        return v;
    }

    private static double ms(long[] nanos, int percentile) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }
}
