package org.smilefactory.core.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.smilefactory.core.ai.EmbeddingIndex;
import org.smilefactory.core.ai.LocalAssistantService;
import org.smilefactory.core.ai.LocalSuggestionService;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.accounts.Role;
import org.smilefactory.core.api.admin.DemoSize;
import org.smilefactory.core.api.ai.SuggestionKind;
import org.smilefactory.core.api.ai.SuggestionQuery;
import org.smilefactory.core.common.Actor;
import org.smilefactory.core.common.CoreContext;
import org.smilefactory.core.platform.Backends;
import org.smilefactory.core.platform.LocalBackend;
import org.smilefactory.core.testsupport.Hubs;
import org.smilefactory.core.testsupport.TestPostgres;

/**
 * AI timings for docs/benchmarks.md: embedding time per profile and a full re-embed (demo
 * community, real MiniLM model), then suggestion and assistant latency on hubs of 10,000 and
 * 100,000 embedded profiles through the real local services. Not a unit test: run by hand.
 *
 * <pre>
 * mvn -q -pl app-core test-compile exec:java@ai-benchmark -Dexec.args="--sizes 10000,100000"
 * mvn -q -pl app-core test-compile exec:java@ai-benchmark -Dexec.args="--embed-size L --sizes 0"
 * </pre>
 *
 * The large hubs get synthetic profiles (random attributes, random unit vectors written straight
 * into content_embeddings): search cost does not depend on what the vectors mean, and embedding
 * 100,000 texts with the real model would take hours on our 2 cores. The asking member's own
 * profile is embedded by the real model.
 */
public final class AiBenchmark {

    private AiBenchmark() {
    }

    public static void main(String[] args) {
        int[] sizes = {10_000, 100_000};
        int iterations = 100;
        DemoSize embedSize = DemoSize.S;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--sizes")) {
                sizes = Arrays.stream(args[++i].split(",")).mapToInt(Integer::parseInt).toArray();
            } else if (args[i].equals("--embed-size")) {
                embedSize = DemoSize.valueOf(args[++i]);
            } else if (args[i].equals("--iterations")) {
                iterations = Integer.parseInt(args[++i]);
            }
        }
        embedding(embedSize);
        for (int size : sizes) {
            if (size <= 0) {
                continue;
            }
            latency(size, iterations);
        }
        System.exit(0);
    }

    private static LocalBackend open() {
        return (LocalBackend) Backends.direct(TestPostgres.jdbcUrl(TestPostgres.createDatabase()), "postgres", "");
    }

    /** A demo community (real texts): first embed, then a full re-embed. */
    private static void embedding(DemoSize size) {
        try (LocalBackend backend = open()) {
            Session admin = backend.completeSetup(Hubs.setup(Hubs.uniqueEmail("admin")));
            admin.demoData().generate(size, p -> { }, () -> false);
            CoreContext ctx = backend.context();
            EmbeddingIndex index = EmbeddingIndex.withoutWorker(ctx);
            long items = ctx.jdbc().sql("SELECT count(*) FROM ai_embedding_queue").query(Long.class).single();
            long profiles = ctx.jdbc().sql("SELECT count(*) FROM ai_embedding_queue WHERE content_type = 'profile'").query(Long.class).single();
            index.flush(); // loads the model too
            ctx.jdbc().sql("DELETE FROM content_embeddings").update();
            ctx.jdbc().sql("INSERT INTO ai_embedding_queue (content_type, content_id) SELECT 'profile', user_id FROM personal_details"
                    + " WHERE profile_type IS NOT NULL ON CONFLICT DO NOTHING").update();
            long t0 = System.nanoTime();
            index.flush();
            double ms = (System.nanoTime() - t0) / 1e6;
            System.out.printf(Locale.ROOT, "embed: %d profiles in %.0f ms = %.1f ms per profile (batches of 32, incl. reading texts and writing vectors)%n",
                    profiles, ms, ms / profiles);
            index.requeueAll();
            long all = ctx.jdbc().sql("SELECT count(*) FROM ai_embedding_queue").query(Long.class).single();
            // a requeue with an unchanged model re-embeds nothing (hashes match): time the real work by clearing hashes
            ctx.jdbc().sql("UPDATE content_embeddings SET content_hash = NULL").update();
            t0 = System.nanoTime();
            index.flush();
            ms = (System.nanoTime() - t0) / 1e6;
            System.out.printf(Locale.ROOT, "re-embed: demo %s, %d items (%d queued when generated) in %.1f s; per %d members: %.0f s%n",
                    size, all, items, ms / 1000, DemoSize.L.members(), ms / all * DemoSize.L.members() / 1000);
        }
    }

    private static void latency(int size, int iterations) {
        try (LocalBackend backend = open()) {
            Session admin = backend.completeSetup(Hubs.setup(Hubs.uniqueEmail("admin")));
            CoreContext ctx = backend.context();
            long t0 = System.nanoTime();
            synthetic(ctx, size);
            System.out.printf(Locale.ROOT, "hub of %d synthetic embedded profiles written in %.0f s%n", size, (System.nanoTime() - t0) / 1e9);
            Session founder = Hubs.member(backend, admin, Role.USER, "Bench", "Founder");
            UUID me = founder.member().id();
            ctx.jdbc().sql("UPDATE personal_details SET profile_type = 'innovator', profile_state = 'PUBLISHED', location = 'Harare',"
                    + " bio = 'Soil sensors for smallholder farmers', focus_tags = ARRAY['Agritech'] WHERE user_id = ?").params(me).update();
            ctx.jdbc().sql("INSERT INTO innovator_profiles (user_id, industry_focus, innovation_stage, funding_amount_needed)"
                    + " VALUES (?, 'Agritech', 'mvp', 50000)").params(me).update();
            ctx.jdbc().sql("DELETE FROM ai_embedding_queue WHERE content_id <> ?").params(me).update();
            EmbeddingIndex.withoutWorker(ctx).flush();
            LocalSuggestionService suggestions = new LocalSuggestionService(ctx, new Actor(me, Role.USER));
            LocalAssistantService assistant = new LocalAssistantService(ctx, new Actor(me, Role.USER));
            report(size, "suggest INVESTORS (1 section)", iterations,
                    () -> suggestions.suggest(new SuggestionQuery(null, Set.of(SuggestionKind.INVESTORS), 5)));
            report(size, "suggest PEOPLE (all types)", iterations,
                    () -> suggestions.suggest(new SuggestionQuery(null, Set.of(SuggestionKind.PEOPLE), 5)));
            report(size, "suggest all 7 sections", Math.max(10, iterations / 4), () -> suggestions.suggest(SuggestionQuery.forMe()));
            report(size, "assistant ask, built-in answer", Math.max(10, iterations / 4),
                    () -> assistant.ask(null, "Who invests in agritech startups at seed stage?"));
        }
    }

    private static void synthetic(CoreContext ctx, int size) {
        String[] types = {"innovator", "business_investor", "mentor", "professional", "industry_expert", "academic_student",
                "academic_institution", "organisation"};
        int batch = 5_000;
        for (int from = 0; from < size; from += batch) {
            int to = Math.min(size, from + batch);
            ctx.jdbc().sql("""
                    INSERT INTO personal_details (user_id, email, password_hash, first_name, last_name, profile_type, profile_state,
                        profile_visibility, location, bio, focus_tags)
                    SELECT gen_random_uuid(), 'bench' || g || '@example.org', 'x', 'Member', 'No' || g, (:types)[1 + g % 8], 'PUBLISHED',
                        CASE WHEN g % 10 = 0 THEN 'connections_only' ELSE 'public' END,
                        (ARRAY['Harare', 'Bulawayo', 'Lusaka', 'Nairobi'])[1 + g % 4], 'Synthetic member ' || g,
                        ARRAY[(ARRAY['Agritech', 'Fintech', 'Healthtech', 'Edtech', 'Water'])[1 + g % 5]]
                    FROM generate_series(:from, :to - 1) g""").param("types", types).param("from", from).param("to", to).update();
        }
        ctx.jdbc().sql("""
                INSERT INTO business_investor_profiles (user_id, investment_focus, investment_stage_preference, ticket_size_min, ticket_size_max,
                    geographic_focus)
                SELECT user_id, focus_tags, ARRAY['mvp', 'early_traction'], 10000, 200000, ARRAY['Zimbabwe']
                FROM personal_details WHERE profile_type = 'business_investor'""").update();
        ctx.jdbc().sql("""
                INSERT INTO content_embeddings (content_id, content_type, content_subtype, embedding, embedding_model, embedding_dimension,
                    content_hash)
                SELECT user_id, 'profile', profile_type,
                    ARRAY(SELECT ((random() - 0.5) / 5.66)::real FROM generate_series(1, 384) d WHERE d > length(p.email) * 0),
                    'all-minilm-l6-v2-q', 384, 'synthetic'
                FROM personal_details p WHERE p.profile_type IS NOT NULL""").update();
        ctx.jdbc().sql("DELETE FROM ai_embedding_queue").update();
        ctx.jdbc().sql("ANALYZE").update();
    }

    private static void report(int size, String name, int iterations, Runnable call) {
        for (int i = 0; i < Math.max(5, iterations / 5); i++) {
            call.run();
        }
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < iterations; i++) {
            long t = System.nanoTime();
            call.run();
            ms.add((System.nanoTime() - t) / 1e6);
        }
        ms.sort(Double::compare);
        System.out.printf(Locale.ROOT, "%,d profiles | %-32s | p50 %6.1f ms | p95 %6.1f ms | max %6.1f ms | n=%d%n", size, name,
                ms.get(ms.size() / 2), ms.get((int) Math.ceil(ms.size() * 0.95) - 1), ms.get(ms.size() - 1), iterations);
    }
}
