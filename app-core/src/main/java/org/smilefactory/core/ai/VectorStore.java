package org.smilefactory.core.ai;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * One kind's vectors as a contiguous store: a single {@code float[]} of n × dim, every row unit
 * length (so a dot product is the cosine), sorted by subtype so that "investors only" is a range
 * of rows, not a test per row. Search is exact: a tight dot-product loop (four independent sums,
 * which the JIT keeps in registers) and a bounded min-heap for the top k; a filter (subtypes, or
 * an allowed set of ids) is applied before the scan, so no row outside it is ever scored and
 * nothing is allocated per row.
 *
 * <p>Immutable once built; {@link EmbeddingIndex} swaps in a new store when a kind changes.
 */
public final class VectorStore {

    /** A scored row. */
    public record Scored(UUID id, String subtype, float similarity) {
    }

    private final UUID[] ids;
    private final String[] subtypes;
    private final float[] flat;
    private final int dim;
    /** Each distinct subtype's rows are [start, end). */
    private final Map<String, int[]> ranges;
    private final Map<UUID, Integer> rows;

    private VectorStore(UUID[] ids, String[] subtypes, float[] flat, int dim, Map<String, int[]> ranges) {
        this.ids = ids;
        this.subtypes = subtypes;
        this.flat = flat;
        this.dim = dim;
        this.ranges = ranges;
        this.rows = new HashMap<>(ids.length * 2);
        for (int i = 0; i < ids.length; i++) {
            rows.put(ids[i], i);
        }
    }

    /** A store of the given rows (vectors of equal length; normalised here), sorted by subtype. */
    public static VectorStore of(List<UUID> ids, List<String> subtypes, List<float[]> vectors) {
        int dim = ids.isEmpty() ? 0 : vectors.get(0).length;
        boolean mixed = vectors.stream().anyMatch(v -> v == null || v.length != dim);
        if (mixed) {
            // rows of another length cannot be compared with the rest: leave them out
            List<UUID> keptIds = new ArrayList<>();
            List<String> keptSubtypes = new ArrayList<>();
            List<float[]> kept = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                if (vectors.get(i) != null && vectors.get(i).length == dim) {
                    keptIds.add(ids.get(i));
                    keptSubtypes.add(subtypes.get(i));
                    kept.add(vectors.get(i));
                }
            }
            return of(keptIds, keptSubtypes, kept);
        }
        int n = ids.size();
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> String.valueOf(subtypes.get(a)).compareTo(String.valueOf(subtypes.get(b))));
        UUID[] sortedIds = new UUID[n];
        String[] sortedSubtypes = new String[n];
        float[] flat = new float[n * dim];
        Map<String, int[]> ranges = new HashMap<>();
        for (int r = 0; r < n; r++) {
            int i = order[r];
            sortedIds[r] = ids.get(i);
            String sub = subtypes.get(i);
            sortedSubtypes[r] = sub;
            float[] v = Vectors.normalize(vectors.get(i));
            System.arraycopy(v, 0, flat, r * dim, dim);
            final int row = r;
            ranges.computeIfAbsent(sub == null ? "" : sub, k -> new int[] {row, row})[1] = row + 1;
        }
        return new VectorStore(sortedIds, sortedSubtypes, flat, dim, ranges);
    }

    public int size() {
        return ids.length;
    }

    public int dimension() {
        return dim;
    }

    /** The dot product of row {@code row} with {@code q}: four independent sums, then their total. */
    private static float dot(float[] flat, int base, float[] q, int dim) {
        float s0 = 0f;
        float s1 = 0f;
        float s2 = 0f;
        float s3 = 0f;
        int j = 0;
        for (int end = dim - 3; j < end; j += 4) {
            s0 += flat[base + j] * q[j];
            s1 += flat[base + j + 1] * q[j + 1];
            s2 += flat[base + j + 2] * q[j + 2];
            s3 += flat[base + j + 3] * q[j + 3];
        }
        for (; j < dim; j++) {
            s0 += flat[base + j] * q[j];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /**
     * The {@code limit} rows most similar to {@code query}, best first, among the rows whose subtype
     * is in {@code subtypesWanted} (all when empty) and, when {@code only} is not null, whose id is in
     * it.
     */
    public List<Scored> top(float[] query, Set<String> subtypesWanted, Collection<UUID> only, int limit) {
        int n = ids.length;
        if (n == 0 || query.length != dim || limit <= 0) {
            return List.of();
        }
        float[] q = Vectors.normalize(query);
        Heap heap = new Heap(Math.min(limit, n));
        if (only != null) {
            for (UUID id : only) {
                Integer row = rows.get(id);
                if (row != null && (subtypesWanted.isEmpty() || subtypesWanted.contains(subtypeKey(row)))) {
                    heap.offer(row, dot(flat, row * dim, q, dim));
                }
            }
        } else if (subtypesWanted.isEmpty()) {
            scan(q, 0, n, heap);
        } else {
            for (String sub : subtypesWanted) {
                int[] range = ranges.get(sub);
                if (range != null) {
                    scan(q, range[0], range[1], heap);
                }
            }
        }
        return heap.sorted(this);
    }

    private String subtypeKey(int row) {
        return subtypes[row] == null ? "" : subtypes[row];
    }

    private void scan(float[] q, int from, int to, Heap heap) {
        float[] f = flat;
        int d = dim;
        for (int i = from; i < to; i++) {
            heap.offer(i, dot(f, i * d, q, d));
        }
    }

    /**
     * The floor for benchmarks: the bare scan over the same array (every row's dot product, the best
     * kept in one variable), with no heap, no filter and no result objects.
     */
    public float bareScanMax(float[] query) {
        float best = -2f;
        float[] f = flat;
        int d = dim;
        for (int i = 0, n = ids.length; i < n; i++) {
            float s = dot(f, i * d, query, d);
            if (s > best) {
                best = s;
            }
        }
        return best;
    }

    /** A bounded min-heap of (row, score): the k best seen so far, the worst of them on top. */
    private static final class Heap {
        private final int[] row;
        private final float[] score;
        private int size;

        Heap(int k) {
            row = new int[k];
            score = new float[k];
        }

        void offer(int r, float s) {
            int k = row.length;
            if (size < k) {
                int i = size++;
                row[i] = r;
                score[i] = s;
                while (i > 0) {
                    int parent = (i - 1) >>> 1;
                    if (score[i] >= score[parent]) {
                        break;
                    }
                    swap(i, parent);
                    i = parent;
                }
            } else if (s > score[0]) {
                row[0] = r;
                score[0] = s;
                int i = 0;
                while (true) {
                    int l = 2 * i + 1;
                    int m = i;
                    if (l < size && score[l] < score[m]) {
                        m = l;
                    }
                    if (l + 1 < size && score[l + 1] < score[m]) {
                        m = l + 1;
                    }
                    if (m == i) {
                        break;
                    }
                    swap(i, m);
                    i = m;
                }
            }
        }

        private void swap(int a, int b) {
            int t = row[a];
            row[a] = row[b];
            row[b] = t;
            float f = score[a];
            score[a] = score[b];
            score[b] = f;
        }

        List<Scored> sorted(VectorStore store) {
            Integer[] order = new Integer[size];
            for (int i = 0; i < size; i++) {
                order[i] = i;
            }
            // best first; equal scores by id so results do not depend on load order
            Arrays.sort(order, (a, b) -> {
                int c = Float.compare(score[b], score[a]);
                return c != 0 ? c : store.ids[row[a]].compareTo(store.ids[row[b]]);
            });
            List<Scored> out = new ArrayList<>(size);
            for (int o : order) {
                out.add(new Scored(store.ids[row[o]], store.subtypes[row[o]], score[o]));
            }
            return out;
        }
    }
}
