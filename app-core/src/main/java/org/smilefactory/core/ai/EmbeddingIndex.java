package org.smilefactory.core.ai;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smilefactory.core.api.ai.IndexStatus;
import org.smilefactory.core.api.ai.ItemKind;
import org.smilefactory.core.common.CoreContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The hub's embeddings: the background worker that keeps them in step with the texts, and exact
 * top-k similarity search over them.
 *
 * <p>Saves never wait for a model: triggers (V50) queue the changed item in
 * {@code ai_embedding_queue}, and one daemon worker per database drains that queue in batches,
 * embedding only items whose text (or the model) really changed. {@link #flush()} drains it in the
 * caller's thread, for tests and tools that need the index current.
 *
 * <p>Search loads each kind's vectors of the current model into memory once (a flat float array)
 * and reloads only when its kind changed (ai_index_generation, bumped by a trigger), then scores every vector with
 * a dot product: exact, and well under the 50 ms target at 10,000 vectors (docs/benchmarks.md).
 * When the {@code vector} extension exists the same search runs in PostgreSQL instead
 * ({@code <=>}); see decision 0012.
 */
public final class EmbeddingIndex {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddingIndex.class);
    private static final Map<DataSource, EmbeddingIndex> INDEXES = new ConcurrentHashMap<>();
    static final int BATCH = 32;

    private final CoreContext ctx;
    private final JdbcClient jdbc;
    private final ReentrantLock work = new ReentrantLock();
    private final Map<ItemKind, Snapshot> cache = new EnumMap<>(ItemKind.class);
    private volatile Thread worker;
    private volatile String lastError;
    private volatile Boolean pgvector;

    private EmbeddingIndex(CoreContext ctx) {
        this.ctx = ctx;
        this.jdbc = ctx.jdbc();
    }

    /** The index of a database, its worker started. */
    public static EmbeddingIndex of(CoreContext ctx) {
        EmbeddingIndex index = INDEXES.computeIfAbsent(ctx.dataSource(), ds -> new EmbeddingIndex(ctx));
        index.startWorker();
        return index;
    }

    /** The index without starting a worker (benchmarks and tests that drive it by hand). */
    public static EmbeddingIndex withoutWorker(CoreContext ctx) {
        return INDEXES.computeIfAbsent(ctx.dataSource(), ds -> new EmbeddingIndex(ctx));
    }

    private synchronized void startWorker() {
        if (worker != null && worker.isAlive()) {
            return;
        }
        Thread t = new Thread(this::workLoop, "ai-embedding-worker");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        worker = t;
        t.start();
    }

    private boolean closed() {
        return ctx.dataSource() instanceof com.zaxxer.hikari.HikariDataSource h && h.isClosed();
    }

    private void workLoop() {
        long backoff = 500;
        while (!closed() && !Thread.currentThread().isInterrupted()) {
            try {
                int done = runOnce();
                backoff = 500;
                if (done == 0) {
                    Thread.sleep(500);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                if (closed()) {
                    break;
                }
                LOG.warn("Embedding worker: {}", e.getMessage());
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                }
                backoff = Math.min(backoff * 2, 30_000);
            }
        }
        INDEXES.remove(ctx.dataSource(), this);
    }

    /** Drains the queue in this thread; returns when every queued item is embedded (or failed: see {@link IndexStatus#lastError()}). */
    public void flush() {
        int guard = 0;
        while (runOnce() > 0 && guard++ < 1_000_000) {
            // keep going
        }
    }

    private record Queued(ItemKind kind, UUID id, Timestamp queuedAt) {
    }

    /** Embeds one batch from the queue; the number of queue rows handled. */
    int runOnce() {
        work.lock();
        try {
            List<Queued> batch = jdbc.sql("""
                            SELECT content_type, content_id, queued_at FROM ai_embedding_queue
                            ORDER BY queued_at LIMIT :n""").param("n", BATCH)
                    .query((rs, n) -> new Queued(HubItems.kind(rs.getString(1)), rs.getObject(2, UUID.class), rs.getTimestamp(3)))
                    .list();
            if (batch.isEmpty()) {
                return 0;
            }
            AiConfig config = AiConfig.load(jdbc);
            EmbeddingProvider provider = config.embeddingProvider();
            Map<ItemKind, List<UUID>> byKind = new EnumMap<>(ItemKind.class);
            for (Queued q : batch) {
                byKind.computeIfAbsent(q.kind(), k -> new ArrayList<>()).add(q.id());
            }
            try {
                for (Map.Entry<ItemKind, List<UUID>> e : byKind.entrySet()) {
                    embedKind(provider, e.getKey(), e.getValue());
                }
                lastError = null;
            } catch (AiEndpointException e) {
                lastError = e.getMessage();
                throw e;
            }
            for (Queued q : batch) {
                jdbc.sql("DELETE FROM ai_embedding_queue WHERE content_type = ? AND content_id = ? AND queued_at <= ?")
                        .params(HubItems.db(q.kind()), q.id(), q.queuedAt()).update();
            }
            return batch.size();
        } finally {
            work.unlock();
        }
    }

    private void embedKind(EmbeddingProvider provider, ItemKind kind, List<UUID> ids) {
        String type = HubItems.db(kind);
        Map<UUID, HubItems.ItemText> texts = HubItems.texts(jdbc, kind, ids);
        List<UUID> gone = ids.stream().filter(id -> !texts.containsKey(id)).toList();
        if (!gone.isEmpty()) {
            jdbc.sql("DELETE FROM content_embeddings WHERE content_type = :t AND content_id = ANY(:ids)")
                    .param("t", type).param("ids", gone.toArray(new UUID[0])).update();
        }
        if (texts.isEmpty()) {
            return;
        }
        Map<UUID, String> stored = new HashMap<>();
        jdbc.sql("SELECT content_id, content_hash, content_subtype FROM content_embeddings WHERE content_type = :t AND content_id = ANY(:ids)")
                .param("t", type).param("ids", texts.keySet().toArray(new UUID[0]))
                .query((rs, n) -> stored.put(rs.getObject(1, UUID.class), rs.getString(2) + "|" + rs.getString(3))).list();
        String model = provider.model();
        Map<UUID, HubItems.ItemText> changed = new LinkedHashMap<>();
        Map<UUID, String> hashes = new HashMap<>();
        for (HubItems.ItemText t : texts.values()) {
            String hash = hash(model, t.text());
            hashes.put(t.id(), hash);
            if (!(hash + "|" + t.subtype()).equals(stored.get(t.id()))) {
                changed.put(t.id(), t);
            }
        }
        if (changed.isEmpty()) {
            return;
        }
        List<HubItems.ItemText> items = new ArrayList<>(changed.values());
        List<float[]> vectors = provider.embed(items.stream().map(HubItems.ItemText::text).toList());
        int dim = vectors.get(0).length;
        for (int i = 0; i < items.size(); i++) {
            HubItems.ItemText t = items.get(i);
            jdbc.sql("""
                    INSERT INTO content_embeddings (content_id, content_type, content_subtype, embedding, embedding_model,
                        embedding_dimension, content_hash, created_at, updated_at)
                    VALUES (:id, :t, :sub, :v, :m, :d, :h, now(), clock_timestamp())
                    ON CONFLICT (content_id) DO UPDATE SET content_type = :t, content_subtype = :sub, embedding = :v,
                        embedding_model = :m, embedding_dimension = :d, content_hash = :h, updated_at = clock_timestamp()
                    """).param("id", t.id()).param("t", type).param("sub", t.subtype()).param("v", vectors.get(i))
                    .param("m", model).param("d", dim).param("h", hashes.get(t.id())).update();
        }
    }

    static String hash(String model, String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(model.getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Queues every embedded item again: after a model change everything is re-embedded in the background. */
    public void requeueAll() {
        jdbc.sql("""
                INSERT INTO ai_embedding_queue (content_type, content_id)
                SELECT content_type, content_id FROM content_embeddings
                ON CONFLICT (content_type, content_id) DO UPDATE SET queued_at = clock_timestamp()
                """).update();
    }

    public IndexStatus status() {
        AiConfig config = AiConfig.load(jdbc);
        String model = config.embeddingModelName();
        long embedded = jdbc.sql("SELECT count(*) FROM content_embeddings WHERE embedding_model = ?").params(model)
                .query(Long.class).single();
        long pending = jdbc.sql("SELECT count(*) FROM ai_embedding_queue").query(Long.class).single();
        Integer dim = jdbc.sql("SELECT max(embedding_dimension) FROM content_embeddings WHERE embedding_model = ?").params(model)
                .query(Integer.class).optional().orElse(null);
        int dimension = dim != null ? dim : config.embeddingUrl() == null ? MiniLmEmbeddingProvider.DIMENSION : 0;
        return new IndexStatus(model, dimension, embedded, pending, lastError);
    }

    /** The stored vector of one item with the given model, or null. */
    float[] stored(ItemKind kind, UUID id, String model, String expectedHash) {
        return jdbc.sql("""
                        SELECT embedding FROM content_embeddings WHERE content_type = ? AND content_id = ?
                          AND embedding_model = ? AND content_hash = ?""")
                .params(HubItems.db(kind), id, model, expectedHash)
                .query((rs, n) -> Vectors.fromSql(rs.getArray(1))).optional().orElse(null);
    }

    // ------------------------------------------------------------------------------------------
    // search
    // ------------------------------------------------------------------------------------------

    /** A scored candidate. */
    public record Hit(UUID id, String subtype, float similarity) {
    }

    private record Snapshot(String model, long generation, VectorStore store) {
    }

    JdbcClient jdbc() {
        return jdbc;
    }

    /** Whether PostgreSQL has pgvector, checked once per index. */
    public boolean usesPgvector() {
        Boolean p = pgvector;
        if (p == null) {
            p = jdbc.sql("SELECT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'vector')").query(Boolean.class).single();
            pgvector = p;
        }
        return p;
    }

    /**
     * The {@code limit} items of a kind most similar to {@code query}, best first, among those whose
     * subtype is in {@code subtypes} (all when empty). Visibility is applied by the caller on the
     * returned ids (the same SQL rule for both search paths).
     */
    public List<Hit> search(ItemKind kind, String model, float[] query, Set<String> subtypes, int limit) {
        return search(kind, model, query, subtypes, null, limit);
    }

    /**
     * As {@link #search(ItemKind, String, float[], Set, int)}, among the ids in {@code only} when it is
     * not null (the candidates a question's constraints leave): only those rows are scored.
     */
    public List<Hit> search(ItemKind kind, String model, float[] query, Set<String> subtypes, Collection<UUID> only, int limit) {
        if (only != null && only.isEmpty()) {
            return List.of();
        }
        if (usesPgvector()) {
            return searchPg(kind, model, query, subtypes, only, limit);
        }
        VectorStore store = store(kind, model);
        List<Hit> hits = new ArrayList<>();
        for (VectorStore.Scored s : store.top(query, subtypes, only, limit)) {
            hits.add(new Hit(s.id(), s.subtype(), s.similarity()));
        }
        return hits;
    }

    /** The kind's vectors of the model as one contiguous store, reloaded only when the kind changed. */
    VectorStore store(ItemKind kind, String model) {
        return snapshot(kind, model).store();
    }

    private Snapshot snapshot(ItemKind kind, String model) {
        String type = HubItems.db(kind);
        long generation = jdbc.sql("SELECT generation FROM ai_index_generation WHERE content_type = ?").params(type)
                .query(Long.class).optional().orElse(-1L);
        synchronized (cache) {
            Snapshot s = cache.get(kind);
            if (s != null && s.model().equals(model) && s.generation() == generation) {
                return s;
            }
        }
        List<UUID> ids = new ArrayList<>();
        List<String> subtypes = new ArrayList<>();
        List<float[]> vectors = new ArrayList<>();
        jdbc.sql("SELECT content_id, content_subtype, embedding FROM content_embeddings WHERE content_type = ? AND embedding_model = ? AND embedding IS NOT NULL")
                .params(type, model)
                .query((rs, n) -> {
                    ids.add(rs.getObject(1, UUID.class));
                    subtypes.add(rs.getString(2));
                    vectors.add(Vectors.fromSql(rs.getArray(3)));
                    return null;
                }).list();
        Snapshot s = new Snapshot(model, generation, VectorStore.of(ids, subtypes, vectors));
        synchronized (cache) {
            cache.put(kind, s);
        }
        return s;
    }

    /**
     * The same search inside PostgreSQL with pgvector's cosine distance. Untested on our machines
     * (the embedded PostgreSQL has no pgvector); decision 0012 says how to add the HNSW index.
     */
    private List<Hit> searchPg(ItemKind kind, String model, float[] query, Set<String> subtypes, Collection<UUID> only, int limit) {
        String sql = """
                SELECT content_id, content_subtype, 1 - (embedding::vector <=> CAST(:q AS vector)) AS sim
                FROM content_embeddings WHERE content_type = :t AND embedding_model = :m AND embedding IS NOT NULL
                """ + (subtypes.isEmpty() ? "" : " AND content_subtype = ANY(:subs)")
                + (only == null ? "" : " AND content_id = ANY(:only)") + """
                 ORDER BY embedding::vector <=> CAST(:q AS vector) LIMIT :n""";
        var spec = jdbc.sql(sql).param("q", Vectors.toPgVector(query)).param("t", HubItems.db(kind)).param("m", model)
                .param("n", limit);
        if (!subtypes.isEmpty()) {
            spec = spec.param("subs", subtypes.toArray(new String[0]));
        }
        if (only != null) {
            spec = spec.param("only", only.toArray(new UUID[0]));
        }
        return spec.query((rs, n) -> new Hit(rs.getObject(1, UUID.class), rs.getString(2), rs.getFloat(3))).list();
    }

    /** For tests: how long the worker waits between empty polls is short, but this waits for it. */
    public boolean awaitIdle(Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (jdbc.sql("SELECT count(*) FROM ai_embedding_queue").query(Long.class).single() == 0 && !work.isLocked()) {
                return true;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }
}
