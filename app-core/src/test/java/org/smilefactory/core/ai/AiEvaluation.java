package org.smilefactory.core.ai;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.smilefactory.core.api.ai.Suggestion;
import org.smilefactory.core.api.ai.SuggestionKind;
import org.smilefactory.core.common.CoreContext;
import org.smilefactory.core.common.Ids;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The labelled evaluation set (src/test/resources/ai-eval, written for this purpose by its
 * generate.py): loads its profiles into a hub database, embeds them with the real model, and
 * scores every query's ranking by precision@5 and nDCG@10, semantic-only against hybrid.
 */
public final class AiEvaluation {

    public record Metrics(double precisionAt5, double ndcgAt10) {
    }

    public record Result(int profiles, int queries, double embedMillisPerProfile, Metrics semantic, Metrics hybrid) {
    }

    private final CoreContext ctx;
    private final JdbcClient jdbc;
    private final Map<String, UUID> ids = new HashMap<>();

    public AiEvaluation(CoreContext ctx) {
        this.ctx = ctx;
        this.jdbc = ctx.jdbc();
    }

    static JsonNode read(String name) {
        try (InputStream in = AiEvaluation.class.getResourceAsStream("/ai-eval/" + name)) {
            return OpenAiHttp.JSON.readTree(in);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public Result run() {
        JsonNode profiles = read("profiles.json");
        JsonNode queries = read("queries.json");
        int pool = 0;
        for (JsonNode p : profiles) {
            insert(p);
            pool += p.path("query").asBoolean() ? 0 : 1;
        }
        EmbeddingIndex index = EmbeddingIndex.withoutWorker(ctx);
        long start = System.nanoTime();
        index.flush();
        double perProfile = (System.nanoTime() - start) / 1e6 / profiles.size();
        AiConfig config = AiConfig.load(jdbc);
        Matcher matcher = new Matcher(jdbc, index, config.embeddingModelName(), Instant.now());
        double[] sum = new double[4];
        int n = 0;
        for (JsonNode q : queries) {
            UUID member = ids.get(q.path("member").asString());
            Set<UUID> relevant = new java.util.HashSet<>();
            q.path("relevant").forEach(r -> relevant.add(ids.get(r.asString())));
            MemberFacts me = MemberFacts.load(jdbc, List.of(member)).get(member);
            float[] v = LocalSuggestionService.memberVector(index, config, member);
            SuggestionKind kind = SuggestionKind.valueOf(q.path("kind").asString());
            List<UUID> semantic = matcher.section(me, v, kind, 10, 1.0).stream().map(Suggestion::itemId).toList();
            List<UUID> hybrid = matcher.section(me, v, kind, 10, Matcher.SEMANTIC_WEIGHT).stream().map(Suggestion::itemId).toList();
            sum[0] += precision(semantic, relevant, 5);
            sum[1] += ndcg(semantic, relevant, 10);
            sum[2] += precision(hybrid, relevant, 5);
            sum[3] += ndcg(hybrid, relevant, 10);
            n++;
        }
        return new Result(pool, n, perProfile, new Metrics(sum[0] / n, sum[1] / n), new Metrics(sum[2] / n, sum[3] / n));
    }

    static double precision(List<UUID> ranked, Set<UUID> relevant, int k) {
        long hits = ranked.stream().limit(k).filter(relevant::contains).count();
        return (double) hits / k;
    }

    static double ndcg(List<UUID> ranked, Set<UUID> relevant, int k) {
        double dcg = 0;
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            if (relevant.contains(ranked.get(i))) {
                dcg += 1 / (Math.log(i + 2) / Math.log(2));
            }
        }
        double ideal = 0;
        for (int i = 0; i < Math.min(k, relevant.size()); i++) {
            ideal += 1 / (Math.log(i + 2) / Math.log(2));
        }
        return ideal == 0 ? 0 : dcg / ideal;
    }

    private static String[] strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(x -> out.add(x.asString()));
        return out.toArray(new String[0]);
    }

    private void insert(JsonNode p) {
        UUID id = Ids.next();
        ids.put(p.path("key").asString(), id);
        String type = p.path("type").asString();
        String sector = p.path("sector").asString();
        jdbc.sql("""
                INSERT INTO personal_details (user_id, email, password_hash, first_name, last_name, profile_type, profile_state,
                    profile_visibility, location, bio, focus_tags, published_at)
                VALUES (?, ?, 'not-a-login', ?, ?, ?, ?, 'public', ?, ?, ?, now())""")
                .params(id, p.path("key").asString() + "@eval.example.org", p.path("firstName").asString(),
                        p.path("lastName").asString(), type, p.path("query").asBoolean() ? "DRAFT" : "PUBLISHED",
                        p.path("location").asString(), p.path("bio").asString(), new String[] {sector})
                .update();
        switch (type) {
            case "innovator":
                jdbc.sql("""
                        INSERT INTO innovator_profiles (user_id, industry_focus, innovation_stage, startup_name, startup_description,
                            funding_amount_needed) VALUES (?, ?, ?, ?, ?, ?)""")
                        .params(id, sector, p.path("stage").asString(), p.path("startup").asString(), p.path("description").asString(),
                                new BigDecimal(p.path("funding").asString())).update();
                break;
            case "business_investor":
                jdbc.sql("""
                        INSERT INTO business_investor_profiles (user_id, investment_focus, investment_stage_preference, ticket_size_min,
                            ticket_size_max, geographic_focus) VALUES (?, ?, ?, ?, ?, ?)""")
                        .params(id, strings(p.path("focus")), strings(p.path("stages")), new BigDecimal(p.path("ticketMin").asString()),
                                new BigDecimal(p.path("ticketMax").asString()), strings(p.path("regions"))).update();
                break;
            case "mentor":
                jdbc.sql("INSERT INTO mentor_profiles (user_id, expertise_areas, availability_hours_per_month) VALUES (?, ?, ?)")
                        .params(id, strings(p.path("expertise")), p.path("hours").asInt()).update();
                break;
            case "professional":
                jdbc.sql("INSERT INTO professional_profiles (user_id, job_title, skills) VALUES (?, ?, ?)")
                        .params(id, p.path("jobTitle").asString(), strings(p.path("skills"))).update();
                break;
            case "industry_expert":
                jdbc.sql("INSERT INTO industry_expert_profiles (user_id, expertise_domains) VALUES (?, ?)")
                        .params(id, strings(p.path("domains"))).update();
                break;
            case "academic_student":
                jdbc.sql("INSERT INTO academic_student_profiles (user_id, field_of_study, seeking) VALUES (?, ?, ARRAY['mentorship'])")
                        .params(id, p.path("field").asString()).update();
                break;
            case "academic_institution":
                jdbc.sql("INSERT INTO academic_institution_profiles (user_id, institution_name, research_areas) VALUES (?, ?, ?)")
                        .params(id, sector + " Institute", strings(p.path("research"))).update();
                break;
            default:
                jdbc.sql("INSERT INTO organisation_profiles (user_id, organisation_name, sector, innovation_interests) VALUES (?, ?, ?, ?)")
                        .params(id, sector + " Trust", sector, strings(p.path("interests"))).update();
                break;
        }
    }
}
