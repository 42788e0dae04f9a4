package org.smilefactory.core.ai;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.smilefactory.core.api.ai.ItemKind;
import org.smilefactory.core.api.ai.Suggestion;
import org.smilefactory.core.api.ai.SuggestionKind;
import org.smilefactory.core.common.Messages;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Computes one section of suggestions: semantic candidates from the index, the visibility and
 * exclusion rules in SQL, structured fit, and the hybrid score
 * {@code semanticWeight × similarity + (1 − semanticWeight) × fit}. The evaluation
 * (ai-eval, docs/benchmarks.md) runs the same code with weight 1 (semantic only) and the default.
 */
final class Matcher {

    /** Weight of semantic similarity in the hybrid score (decision 0030; 0.5 before issue 18). */
    static final double SEMANTIC_WEIGHT = 0.4;
    /** A disqualified candidate's shown score is its hybrid score times this, and it ranks below every fitting one. */
    static final double DISQUALIFIED_SCALE = 0.25;
    /** Semantic candidates considered before visibility and fit; beyond this the fit cannot pull an item in. */
    static final int CANDIDATES = 200;

    private final JdbcClient jdbc;
    private final EmbeddingIndex index;
    private final String model;
    private final Instant now;

    Matcher(JdbcClient jdbc, EmbeddingIndex index, String model, Instant now) {
        this.jdbc = jdbc;
        this.index = index;
        this.model = model;
        this.now = now;
    }

    /** The kinds that apply to a profile type, in screen order. */
    static List<SuggestionKind> kindsFor(String profileType) {
        List<SuggestionKind> kinds = new ArrayList<>();
        if ("innovator".equals(profileType)) {
            kinds.add(SuggestionKind.INVESTORS);
            kinds.add(SuggestionKind.MENTORS);
        } else if ("academic_student".equals(profileType)) {
            kinds.add(SuggestionKind.MENTORS);
            kinds.add(SuggestionKind.INTERNSHIPS);
        } else if ("business_investor".equals(profileType)) {
            kinds.add(SuggestionKind.STARTUPS);
        }
        kinds.addAll(List.of(SuggestionKind.PEOPLE, SuggestionKind.EVENTS, SuggestionKind.GROUPS,
                SuggestionKind.POSTS, SuggestionKind.LISTINGS));
        return kinds;
    }

    private record Candidate(UUID id, String title, String subtitle, double similarity, Fit fit) {
    }

    List<Suggestion> section(MemberFacts me, float[] myVector, SuggestionKind kind, int limit, double semanticWeight) {
        List<Candidate> candidates;
        switch (kind) {
            case INVESTORS:
                candidates = people(me, myVector, Set.of("business_investor"), (m, o) -> Fit.startupInvestor(m, o, true));
                break;
            case STARTUPS:
                candidates = people(me, myVector, Set.of("innovator"), (m, o) -> Fit.startupInvestor(o, m, false));
                break;
            case MENTORS:
                String field = "academic_student".equals(me.type()) ? me.fieldOfStudy() : me.industry();
                candidates = people(me, myVector, Set.of("mentor"), (m, o) -> Fit.mentor(m, o, field));
                break;
            case PEOPLE:
                candidates = people(me, myVector, Set.of(), Fit::person);
                break;
            case INTERNSHIPS:
                candidates = items(me, myVector, ItemKind.LISTING, Set.of("job"), true);
                break;
            case EVENTS:
                candidates = items(me, myVector, ItemKind.EVENT, Set.of(), false);
                break;
            case GROUPS:
                candidates = items(me, myVector, ItemKind.GROUP, Set.of(), false);
                break;
            case POSTS:
                candidates = items(me, myVector, ItemKind.POST, Set.of(), false);
                break;
            case LISTINGS:
                candidates = items(me, myVector, ItemKind.LISTING, Set.of(), false);
                break;
            default:
                throw new IllegalArgumentException(kind.name());
        }
        ItemKind itemKind = itemKind(kind);
        List<Suggestion> out = new ArrayList<>();
        // a hard mismatch sinks below every fitting candidate (decision 0030), whatever its similarity
        candidates.stream()
                .map(c -> Map.entry(c, hybrid(c, semanticWeight)))
                .sorted(Comparator.<Map.Entry<Candidate, Double>, Boolean>comparing(e -> sunk(e.getKey(), semanticWeight))
                        .thenComparing(Map.Entry.<Candidate, Double>comparingByValue().reversed())
                        .thenComparing(e -> e.getKey().id()))
                .limit(limit)
                .forEach(e -> {
                    Candidate c = e.getKey();
                    List<String> reasons = new ArrayList<>(c.fit().shown());
                    reasons.add(Messages.get("ai.reason.similarity", Math.round(Math.max(0, c.similarity()) * 100)));
                    out.add(new Suggestion(kind, itemKind, c.id(), c.title(), c.subtitle(),
                            (int) Math.round(e.getValue() * 100), round(c.similarity()), round(c.fit().value()), reasons));
                });
        return out;
    }

    private static double hybrid(Candidate c, double semanticWeight) {
        double h = semanticWeight * Math.max(0, c.similarity()) + (1 - semanticWeight) * c.fit().value();
        return sunk(c, semanticWeight) ? h * DISQUALIFIED_SCALE : h;
    }

    /** Whether the hard rules apply: always, except for the evaluation's semantic-only ranking (weight 1, no fit at all). */
    private static boolean sunk(Candidate c, double semanticWeight) {
        return semanticWeight < 1 && c.fit().disqualified();
    }

    static ItemKind itemKind(SuggestionKind kind) {
        switch (kind) {
            case INVESTORS:
            case STARTUPS:
            case MENTORS:
            case PEOPLE:
                return ItemKind.PROFILE;
            case EVENTS:
                return ItemKind.EVENT;
            case GROUPS:
                return ItemKind.GROUP;
            case POSTS:
                return ItemKind.POST;
            default:
                return ItemKind.LISTING;
        }
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    private interface FitRule {
        Fit fit(MemberFacts me, MemberFacts other);
    }

    /** Members the viewer may see, minus themself and anyone they have any connection row with. */
    private List<Candidate> people(MemberFacts me, float[] v, Set<String> types, FitRule rule) {
        List<EmbeddingIndex.Hit> hits = index.search(ItemKind.PROFILE, model, v, types, CANDIDATES);
        Map<UUID, Double> sim = new HashMap<>();
        hits.forEach(h -> sim.put(h.id(), (double) h.similarity()));
        Set<UUID> allowed = HubItems.visible(jdbc, ItemKind.PROFILE, me.id(), sim.keySet());
        allowed.removeAll(related(me.id()));
        allowed.remove(me.id());
        Map<UUID, MemberFacts> facts = MemberFacts.load(jdbc, allowed);
        List<Candidate> out = new ArrayList<>();
        for (MemberFacts other : facts.values()) {
            if (!types.isEmpty() && !types.contains(other.type())) {
                continue;
            }
            String subtitle = other.headline() != null && !other.headline().isBlank() ? other.headline() : Fit.label(other.type());
            out.add(new Candidate(other.id(), other.name(), subtitle, sim.get(other.id()), rule.fit(me, other)));
        }
        return out;
    }

    /** Members the viewer is connected to, has asked or been asked by, or is in a block with. */
    private Set<UUID> related(UUID me) {
        return new HashSet<>(jdbc.sql("""
                        SELECT CASE WHEN requester_id = :me THEN recipient_id ELSE requester_id END FROM connections
                        WHERE (requester_id = :me OR recipient_id = :me) AND status IN ('accepted', 'pending', 'blocked')""")
                .param("me", me).query(UUID.class).list());
    }

    private record ItemRow(UUID id, String title, String subtitle, String location, List<String> topics, String description) {
    }

    private List<Candidate> items(MemberFacts me, float[] v, ItemKind kind, Set<String> subtypes, boolean internships) {
        List<EmbeddingIndex.Hit> hits = index.search(kind, model, v, subtypes, CANDIDATES);
        Map<UUID, Double> sim = new HashMap<>();
        hits.forEach(h -> sim.put(h.id(), (double) h.similarity()));
        if (sim.isEmpty()) {
            return List.of();
        }
        String extra;
        String select;
        switch (kind) {
            case EVENT:
                // only what is still ahead, and not the member's own events
                select = "p.id, p.title, p.event_type AS sub, p.location, p.tags, NULL AS cat, p.start_date_time AS at, NULL AS descr";
                extra = " AND p.end_date_time > :now AND p.status = 'published' AND p.organizer_id <> :viewer";
                break;
            case GROUP:
                select = "p.id, p.name AS title, p.category AS sub, p.location, p.tags, p.category AS cat, NULL::timestamptz AS at, NULL AS descr";
                extra = " AND NOT EXISTS (SELECT 1 FROM group_memberships mm WHERE mm.group_id = p.id AND mm.user_id = :viewer"
                        + " AND mm.status IN ('active', 'pending', 'banned'))";
                break;
            case POST:
                select = "p.post_id AS id, coalesce(p.title, left(p.content, 80)) AS title, p.post_type AS sub, NULL AS location,"
                        + " p.tags, p.category AS cat, p.published_at AS at, NULL AS descr";
                extra = " AND p.author_id <> :viewer";
                break;
            default:
                select = "p.id, p.title, p.listing_type AS sub, p.location, p.tags, p.category AS cat, NULL::timestamptz AS at,"
                        + " p.description AS descr";
                extra = " AND p.seller_id <> :viewer";
                break;
        }
        List<ItemRow> rows = jdbc.sql("SELECT " + select + " FROM " + HubItems.visibleFrom(kind) + extra
                        + " AND " + HubItems.idColumn(kind) + " = ANY(:ids)")
                .param("viewer", me.id()).param("now", Timestamp.from(now))
                .param("ids", sim.keySet().toArray(new UUID[0]))
                .query((rs, n) -> {
                    List<String> topics = new ArrayList<>(MemberFacts.list(rs.getArray("tags")));
                    if (rs.getString("cat") != null) {
                        topics.add(rs.getString("cat"));
                    }
                    Timestamp at = rs.getTimestamp("at");
                    String sub = Fit.label(rs.getString("sub"));
                    String subtitle = at != null && kind == ItemKind.EVENT
                            ? sub + " · " + at.toInstant().toString().substring(0, 10) : sub;
                    if (rs.getString("location") != null) {
                        subtitle = subtitle + " · " + rs.getString("location");
                    }
                    return new ItemRow(rs.getObject("id", UUID.class), rs.getString("title"), subtitle,
                            rs.getString("location"), topics, rs.getString("descr"));
                }).list();
        double topicWeight = kind == ItemKind.POST ? 1.0 : 0.6;
        List<Candidate> out = new ArrayList<>();
        for (ItemRow r : rows) {
            Fit fit = internships ? Fit.internship(me, r.topics(), r.title(), r.description(), r.location())
                    : Fit.item(me, r.topics(), r.location(), topicWeight);
            out.add(new Candidate(r.id(), r.title(), r.subtitle(), sim.get(r.id()), fit));
        }
        return out;
    }

    static Set<String> union(Collection<String> a, Collection<String> b) {
        Set<String> s = new LinkedHashSet<>(a);
        s.addAll(b);
        return s;
    }

    static Comparator<Suggestion> byScore() {
        return Comparator.comparingInt(Suggestion::score).reversed();
    }
}
