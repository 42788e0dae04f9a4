package org.smilefactory.core.ai;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.smilefactory.core.api.ai.ItemKind;
import org.smilefactory.core.api.ai.Suggestion;
import org.smilefactory.core.api.ai.SuggestionKind;
import org.smilefactory.core.common.CoreContext;
import org.smilefactory.core.common.Ids;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The suggestion evaluation set of issue 18 (src/test/resources/ai-eval, written by its
 * generate.py from hidden ground-truth attributes and graded by the rubric there, decision 0030):
 * loads its profiles and job listings into a hub database, embeds them with the real model, and
 * scores every query's ranking by precision@5, nDCG@10 (graded) and MRR for three rankers — a
 * TF-IDF baseline ({@link TfIdf}), semantic similarity only, and the hybrid matcher — per
 * suggestion kind, and counts hard-rule breakers (by the rubric) in each top 5.
 */
public final class AiEvaluation {

    public enum Ranker { TFIDF, SEMANTIC, HYBRID }

    /** Sums per (kind, ranker); {@link #mean} divides by the query count. */
    public static final class Metrics {
        public int queries;
        public double precisionAt5;
        public double ndcgAt10;
        public double mrr;
        public int breakersInTop5;

        public double p5() {
            return precisionAt5 / queries;
        }

        public double ndcg() {
            return ndcgAt10 / queries;
        }

        public double meanRr() {
            return mrr / queries;
        }
    }

    public record Result(int profiles, int listings, int queries, double embedMillisPerItem,
                         Map<String, Map<Ranker, Metrics>> byKind, List<String> breakerHits) {
    }

    /** Depth of each ranking: nDCG and P@5 need 10, MRR looks this far. */
    static final int DEPTH = 20;

    private final CoreContext ctx;
    private final JdbcClient jdbc;
    private final Map<String, UUID> ids = new HashMap<>();
    private final Map<UUID, String> keys = new HashMap<>();

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
        JsonNode listings = read("listings.json");
        JsonNode queries = read("queries.json");
        UUID seller = null;
        for (JsonNode p : profiles) {
            UUID id = insert(p);
            if (seller == null && "organisation".equals(p.path("type").asString()) && !p.path("query").asBoolean()) {
                seller = id;
            }
        }
        for (JsonNode l : listings) {
            insertListing(l, seller);
        }
        EmbeddingIndex index = EmbeddingIndex.withoutWorker(ctx);
        long start = System.nanoTime();
        index.flush();
        double perItem = (System.nanoTime() - start) / 1e6 / (profiles.size() + listings.size());
        AiConfig config = AiConfig.load(jdbc);
        Matcher matcher = new Matcher(jdbc, index, config.embeddingModelName(), Instant.now());
        TfIdf tfidf = new TfIdf(jdbc);
        Map<String, Map<Ranker, Metrics>> byKind = new LinkedHashMap<>();
        List<String> breakerHits = new ArrayList<>();
        int n = 0;
        for (JsonNode q : queries) {
            UUID member = ids.get(q.path("member").asString());
            Map<UUID, Integer> grades = new HashMap<>();
            q.path("grades").properties().forEach(e -> grades.put(ids.get(e.getKey()), e.getValue().asInt()));
            Set<UUID> breakers = new HashSet<>();
            q.path("breakers").forEach(b -> breakers.add(ids.get(b.asString())));
            SuggestionKind kind = SuggestionKind.valueOf(q.path("kind").asString());
            String group = kind == SuggestionKind.MENTORS
                    ? ("academic_student".equals(q.path("asker").asString()) ? "MENTORS (students)" : "MENTORS (innovators)")
                    : kind.name();
            MemberFacts me = MemberFacts.load(jdbc, List.of(member)).get(member);
            float[] v = LocalSuggestionService.memberVector(index, config, member);
            Map<Ranker, List<UUID>> rankings = new LinkedHashMap<>();
            rankings.put(Ranker.TFIDF, tfidf.rank(member, kind, DEPTH));
            rankings.put(Ranker.SEMANTIC, ids(matcher.section(me, v, kind, DEPTH, 1.0)));
            List<Suggestion> hybrid = matcher.section(me, v, kind, DEPTH, Matcher.SEMANTIC_WEIGHT);
            rankings.put(Ranker.HYBRID, ids(hybrid));
            for (Map.Entry<Ranker, List<UUID>> r : rankings.entrySet()) {
                for (String g : List.of(group, "ALL")) {
                    Metrics m = byKind.computeIfAbsent(g, x -> new LinkedHashMap<>()).computeIfAbsent(r.getKey(), x -> new Metrics());
                    List<UUID> ranked = r.getValue();
                    m.queries++;
                    m.precisionAt5 += precision(ranked, grades, 5);
                    m.ndcgAt10 += ndcg(ranked, grades, 10);
                    m.mrr += reciprocalRank(ranked, grades);
                    long hits = ranked.stream().limit(5).filter(breakers::contains).count();
                    m.breakersInTop5 += (int) hits;
                    if (hits > 0 && r.getKey() == Ranker.HYBRID && g.equals(group)) {
                        hybrid.stream().limit(5).filter(x -> breakers.contains(x.itemId()))
                                .forEach(x -> breakerHits.add(q.path("member").asString() + " " + kind + " → " + keys.get(x.itemId())
                                        + " " + x.reasons()));
                    }
                }
            }
            n++;
        }
        return new Result(profiles.size(), listings.size(), n, perItem, byKind, breakerHits);
    }

    private static List<UUID> ids(List<Suggestion> s) {
        return s.stream().map(Suggestion::itemId).toList();
    }

    static double precision(List<UUID> ranked, Map<UUID, Integer> grades, int k) {
        long hits = ranked.stream().limit(k).filter(id -> grades.getOrDefault(id, 0) > 0).count();
        return (double) hits / k;
    }

    /** Graded nDCG: gain 2^grade − 1, ideal from all graded items of the query. */
    static double ndcg(List<UUID> ranked, Map<UUID, Integer> grades, int k) {
        double dcg = 0;
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            dcg += (Math.pow(2, grades.getOrDefault(ranked.get(i), 0)) - 1) / log2(i + 2);
        }
        List<Integer> ideal = new ArrayList<>(grades.values());
        ideal.sort(java.util.Comparator.reverseOrder());
        double idcg = 0;
        for (int i = 0; i < Math.min(k, ideal.size()); i++) {
            idcg += (Math.pow(2, ideal.get(i)) - 1) / log2(i + 2);
        }
        return idcg == 0 ? 0 : dcg / idcg;
    }

    static double reciprocalRank(List<UUID> ranked, Map<UUID, Integer> grades) {
        for (int i = 0; i < ranked.size(); i++) {
            if (grades.getOrDefault(ranked.get(i), 0) > 0) {
                return 1.0 / (i + 1);
            }
        }
        return 0;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    private static String[] strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(x -> out.add(x.asString()));
        return out.toArray(new String[0]);
    }

    private UUID insert(JsonNode p) {
        UUID id = Ids.next();
        String key = p.path("key").asString();
        ids.put(key, id);
        keys.put(id, key);
        String type = p.path("type").asString();
        jdbc.sql("""
                INSERT INTO personal_details (user_id, email, password_hash, first_name, last_name, profile_type, profile_state,
                    profile_visibility, location, bio, focus_tags, published_at)
                VALUES (?, ?, 'not-a-login', ?, ?, ?, ?, 'public', ?, ?, ?, now())""")
                .params(id, key + "@eval.example.org", p.path("firstName").asString(), p.path("lastName").asString(), type,
                        p.path("query").asBoolean() ? "DRAFT" : "PUBLISHED", p.path("location").asString(),
                        p.path("bio").asString(), strings(p.path("tags")))
                .update();
        switch (type) {
            case "innovator":
                jdbc.sql("""
                        INSERT INTO innovator_profiles (user_id, industry_focus, innovation_stage, startup_name, startup_description,
                            funding_amount_needed) VALUES (?, ?, ?, ?, ?, ?)""")
                        .params(id, p.path("industry").asString(), p.path("stage").asString(), p.path("startup").asString(),
                                p.path("description").asString(), new BigDecimal(p.path("funding").asString())).update();
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
                jdbc.sql("""
                        INSERT INTO academic_student_profiles (user_id, field_of_study, degree_level, seeking)
                        VALUES (?, ?, 'bachelor', ARRAY['internship', 'mentorship'])""")
                        .params(id, p.path("field").asString()).update();
                break;
            case "academic_institution":
                jdbc.sql("INSERT INTO academic_institution_profiles (user_id, institution_name, research_areas) VALUES (?, ?, ?)")
                        .params(id, p.path("lastName").asString() + " Institute", strings(p.path("research"))).update();
                break;
            default:
                jdbc.sql("INSERT INTO organisation_profiles (user_id, organisation_name, sector, innovation_interests) VALUES (?, ?, ?, ?)")
                        .params(id, p.path("lastName").asString() + " Trust", p.path("orgSector").asString(),
                                strings(p.path("interests"))).update();
                break;
        }
        return id;
    }

    private void insertListing(JsonNode l, UUID seller) {
        UUID id = Ids.next();
        ids.put(l.path("key").asString(), id);
        keys.put(id, l.path("key").asString());
        jdbc.sql("""
                INSERT INTO marketplace_listings (id, title, description, category, listing_type, seller_id, status, location, tags)
                VALUES (?, ?, ?, ?, 'job', ?, 'active', ?, ?)""")
                .params(id, l.path("title").asString(), l.path("description").asString(), l.path("category").asString(), seller,
                        l.path("location").asString(), strings(l.path("tags")))
                .update();
    }

    /** The keyword baseline: TF-IDF cosine of the asker's profile text against each candidate's indexed text. */
    static final class TfIdf {

        private static final Set<String> STOP = Set.of("the", "a", "an", "and", "or", "of", "in", "on", "for", "to", "with", "by",
                "at", "is", "are", "we", "i", "our", "my", "you", "it", "as", "from", "that", "this", "be", "have", "has");

        private final JdbcClient jdbc;

        TfIdf(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        List<UUID> rank(UUID member, SuggestionKind kind, int limit) {
            List<UUID> pool;
            ItemKind itemKind = kind == SuggestionKind.INTERNSHIPS ? ItemKind.LISTING : ItemKind.PROFILE;
            if (kind == SuggestionKind.INTERNSHIPS) {
                pool = jdbc.sql("SELECT id FROM marketplace_listings WHERE status = 'active' AND listing_type = 'job'")
                        .query(UUID.class).list();
            } else {
                String type = switch (kind) {
                    case INVESTORS -> "business_investor";
                    case STARTUPS -> "innovator";
                    case MENTORS -> "mentor";
                    default -> null;
                };
                pool = jdbc.sql("SELECT user_id FROM personal_details WHERE profile_state = 'PUBLISHED' AND user_id <> ?"
                                + (type == null ? "" : " AND profile_type = '" + type + "'"))
                        .params(member).query(UUID.class).list();
            }
            Map<UUID, HubItems.ItemText> texts = HubItems.texts(jdbc, itemKind, pool);
            String query = HubItems.texts(jdbc, ItemKind.PROFILE, List.of(member)).get(member).text();
            Map<UUID, Map<String, Integer>> docs = new HashMap<>();
            Map<String, Integer> df = new HashMap<>();
            for (UUID id : pool) {
                HubItems.ItemText t = texts.get(id);
                Map<String, Integer> tf = counts(t == null ? "" : t.text());
                docs.put(id, tf);
                tf.keySet().forEach(w -> df.merge(w, 1, Integer::sum));
            }
            int n = docs.size();
            Map<String, Double> qv = weights(counts(query), df, n);
            List<Map.Entry<UUID, Double>> scored = new ArrayList<>();
            for (Map.Entry<UUID, Map<String, Integer>> d : docs.entrySet()) {
                Map<String, Double> dv = weights(d.getValue(), df, n);
                double dot = 0;
                for (Map.Entry<String, Double> e : qv.entrySet()) {
                    dot += e.getValue() * dv.getOrDefault(e.getKey(), 0.0);
                }
                scored.add(Map.entry(d.getKey(), dot));
            }
            scored.sort(Map.Entry.<UUID, Double>comparingByValue().reversed().thenComparing(Map.Entry::getKey));
            return scored.stream().limit(limit).map(Map.Entry::getKey).toList();
        }

        private static Map<String, Integer> counts(String text) {
            Map<String, Integer> tf = new HashMap<>();
            for (String w : text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{Nd}]+")) {
                if (w.length() > 1 && !STOP.contains(w)) {
                    tf.merge(w, 1, Integer::sum);
                }
            }
            return tf;
        }

        /** log-scaled tf × smoothed idf, L2-normalised. */
        private static Map<String, Double> weights(Map<String, Integer> tf, Map<String, Integer> df, int n) {
            Map<String, Double> v = new HashMap<>();
            double norm = 0;
            for (Map.Entry<String, Integer> e : tf.entrySet()) {
                double w = (1 + Math.log(e.getValue())) * (Math.log((1.0 + n) / (1 + df.getOrDefault(e.getKey(), 0))) + 1);
                v.put(e.getKey(), w);
                norm += w * w;
            }
            double len = Math.sqrt(norm);
            v.replaceAll((k, w) -> len == 0 ? 0 : w / len);
            return v;
        }
    }
}
