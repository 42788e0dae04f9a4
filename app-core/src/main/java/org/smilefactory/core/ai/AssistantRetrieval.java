package org.smilefactory.core.ai;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.smilefactory.core.ai.LocalAssistantService.Retrieved;
import org.smilefactory.core.ai.ask.Question;
import org.smilefactory.core.ai.ask.Target;
import org.smilefactory.core.ai.facts.Places;
import org.smilefactory.core.ai.facts.SectorTaxonomy;
import org.smilefactory.core.api.ai.ItemKind;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Retrieval for an understood question: only the asked-for kind (and profile type or subtype), only
 * items that meet the question's constraints, ranked by similarity among those, above a similarity
 * floor; then the one visibility rule of {@link HubItems}. An empty result is an honest "none".
 *
 * <p>The vector search runs first, within the kind and subtype (a range of the contiguous store),
 * for the {@link #CANDIDATES} most similar items; the constraints are checked on those from their
 * stored facts (stage, hours, dates, price, sector labels by the taxonomy, places by the hierarchy).
 * At hub scale that window holds every relevant item; beyond it an item is too dissimilar to cite.
 */
final class AssistantRetrieval {

    /** How many of the most similar items of the asked kind the constraints are checked on. */
    static final int CANDIDATES = 1000;
    /**
     * The similarity floor when a question names a kind but no constraint ("mentors for
     * storytelling"): then similarity alone says what fits. A question with constraints (sector,
     * place, stage, dates, price) has none: the constraints say what fits, and similarity only ranks.
     */
    static final double KIND_ONLY_FLOOR = 0.2;

    private final EmbeddingIndex index;
    private final JdbcClient jdbc;
    private final SectorTaxonomy sectors;
    private final Places places;

    AssistantRetrieval(EmbeddingIndex index, SectorTaxonomy sectors, Places places) {
        this.index = index;
        this.jdbc = index.jdbc();
        this.sectors = sectors;
        this.places = places;
    }

    /** What the constraints are checked on: one item's stored facts. */
    record Facts(UUID id, List<String> sectorLabels, String text, List<String> locations, List<String> scopes,
                 List<String> stages, Integer hours, Instant start, Instant end, BigDecimal price) {
    }

    List<Retrieved> retrieve(Question q, String model, float[] qv, UUID viewer, int limit, Instant now) {
        List<ItemKind> kinds;
        Set<String> subtypes;
        Target target = q.target();
        if (target == null && (q.from() != null || q.free() || q.maxPrice() != null)) {
            // dates and prices are asked of events (and prices of listings) even when the kind is not named
            kinds = q.from() != null ? List.of(ItemKind.EVENT) : List.of(ItemKind.EVENT, ItemKind.LISTING);
            subtypes = Set.of();
        } else if (target == null) {
            kinds = List.of(ItemKind.values());
            subtypes = Set.of();
        } else {
            kinds = List.of(target.kind());
            subtypes = target.profileType() != null ? Set.of(target.profileType()) : q.subtypes();
        }
        double floor = q.constrained() ? -1 : KIND_ONLY_FLOOR;
        List<Retrieved> all = new ArrayList<>();
        for (ItemKind kind : kinds) {
            List<EmbeddingIndex.Hit> hits = index.search(kind, model, qv, subtypes, CANDIDATES);
            Map<UUID, Double> sim = new HashMap<>();
            for (EmbeddingIndex.Hit h : hits) {
                if (h.similarity() >= floor) {
                    sim.put(h.id(), (double) h.similarity());
                }
            }
            if (sim.isEmpty()) {
                continue;
            }
            Map<UUID, Facts> facts = facts(kind, sim.keySet());
            sim.keySet().removeIf(id -> facts.get(id) == null || !fits(q, target, kind, facts.get(id), now));
            Set<UUID> visible = HubItems.visible(jdbc, kind, viewer, sim.keySet());
            if (visible.isEmpty()) {
                continue;
            }
            Map<UUID, HubItems.ItemText> texts = HubItems.texts(jdbc, kind, new ArrayList<>(visible));
            Map<UUID, String> titles = LocalAssistantService.titles(jdbc, kind, visible);
            for (UUID id : visible) {
                HubItems.ItemText t = texts.get(id);
                if (t != null) {
                    all.add(new Retrieved(kind, id, titles.getOrDefault(id, ""), t.text(), sim.get(id)));
                }
            }
        }
        all.sort(Comparator.comparingDouble(Retrieved::similarity).reversed().thenComparing(Retrieved::id));
        return all.size() <= limit ? all : new ArrayList<>(all.subList(0, limit));
    }

    /** Whether an item meets every constraint the question names. */
    boolean fits(Question q, Target target, ItemKind kind, Facts f, Instant now) {
        if (target == Target.MENTOR && (f.hours() == null || f.hours() <= 0)) {
            return false; // a mentor taking no mentees cannot mentor anyone
        }
        if (!q.stages().isEmpty() && (target == Target.INVESTOR || target == Target.INNOVATOR)
                && f.stages().stream().noneMatch(q.stages()::contains)) {
            return false;
        }
        if (kind == ItemKind.EVENT && (target == Target.EVENT || q.from() != null)) {
            if (f.end() != null && f.end().isBefore(now)) {
                return false; // a past event answers no question about events to go to
            }
            if (q.from() != null && (f.start() == null || !f.start().isBefore(q.until()) || (f.end() != null && f.end().isBefore(q.from())))) {
                return false;
            }
        }
        if (kind == ItemKind.EVENT || kind == ItemKind.LISTING) {
            if (q.free() && (f.price() == null || f.price().signum() != 0)) {
                return false;
            }
            if (q.maxPrice() != null && (f.price() == null || f.price().compareTo(q.maxPrice()) > 0)) {
                return false;
            }
        }
        if (!q.sectors().isEmpty()) {
            Set<String> theirs = new LinkedHashSet<>(sectors.classifyAll(f.sectorLabels()));
            if (theirs.isEmpty()) {
                // no sector labels: what their own words name
                theirs.addAll(sectors.mentions(f.text()));
            }
            if (theirs.stream().noneMatch(q.sectors()::contains)) {
                return false;
            }
        }
        if (!q.places().isEmpty() && !inPlace(q.places(), f)) {
            return false;
        }
        return true;
    }

    /** In (or, for a geographic focus, covering) one of the asked places. */
    private boolean inPlace(Set<String> asked, Facts f) {
        for (String a : asked) {
            Places.Place want = places.place(a);
            if (want == null) {
                continue;
            }
            for (String loc : f.locations()) {
                Places.Place p = places.resolve(loc);
                if (p != null && places.ancestorsOrSelf(p).contains(want)) {
                    return true;
                }
            }
            for (String scope : f.scopes()) {
                Places.Place p = places.resolve(scope);
                if (p != null && (places.ancestorsOrSelf(p).contains(want) || places.ancestorsOrSelf(want).contains(p))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final String PROFILE_FACTS = """
            SELECT p.user_id AS id, p.location, concat_ws('. ', p.headline, p.bio) AS text,
                array_remove(coalesce(p.focus_tags::text[], '{}') || ARRAY[i.industry_focus::text, o.sector::text, s.field_of_study::text]
                    || coalesce(b.investment_focus::text[], '{}') || coalesce(m.expertise_areas::text[], '{}') || coalesce(e.expertise_domains::text[], '{}')
                    || coalesce(ai.research_areas::text[], '{}') || coalesce(ai.programmes_offered::text[], '{}')
                    || coalesce(o.innovation_interests::text[], '{}') || coalesce(pr.skills::text[], '{}'), NULL) AS labels,
                coalesce(b.geographic_focus::text[], '{}') AS scopes,
                array_remove(ARRAY[i.innovation_stage::text] || coalesce(b.investment_stage_preference::text[], '{}'), NULL) AS stages,
                m.availability_hours_per_month AS hours,
                NULL::timestamptz AS start_at, NULL::timestamptz AS end_at, NULL::numeric AS price
            FROM personal_details p
            LEFT JOIN innovator_profiles i ON i.user_id = p.user_id
            LEFT JOIN business_investor_profiles b ON b.user_id = p.user_id
            LEFT JOIN mentor_profiles m ON m.user_id = p.user_id
            LEFT JOIN professional_profiles pr ON pr.user_id = p.user_id
            LEFT JOIN industry_expert_profiles e ON e.user_id = p.user_id
            LEFT JOIN academic_student_profiles s ON s.user_id = p.user_id
            LEFT JOIN academic_institution_profiles ai ON ai.user_id = p.user_id
            LEFT JOIN organisation_profiles o ON o.user_id = p.user_id
            WHERE p.user_id = ANY(:ids)
            """;

    private static final Map<ItemKind, String> FACTS = Map.of(
            ItemKind.PROFILE, PROFILE_FACTS,
            ItemKind.EVENT, """
                    SELECT id, location, concat_ws('. ', title, description) AS text,
                        array_remove(coalesce(tags::text[], '{}'), NULL) AS labels, '{}'::text[] AS scopes, '{}'::text[] AS stages,
                        NULL::int AS hours, start_date_time AS start_at, end_date_time AS end_at, price
                    FROM events WHERE id = ANY(:ids)
                    """,
            ItemKind.GROUP, """
                    SELECT id, location, concat_ws('. ', name, description) AS text,
                        array_remove(coalesce(tags::text[], '{}') || ARRAY[category::text], NULL) AS labels, '{}'::text[] AS scopes,
                        '{}'::text[] AS stages, NULL::int AS hours, NULL::timestamptz AS start_at, NULL::timestamptz AS end_at,
                        NULL::numeric AS price
                    FROM groups WHERE id = ANY(:ids)
                    """,
            ItemKind.LISTING, """
                    SELECT id, location, concat_ws('. ', title, description) AS text,
                        array_remove(coalesce(tags::text[], '{}') || ARRAY[category::text], NULL) AS labels, '{}'::text[] AS scopes,
                        '{}'::text[] AS stages, NULL::int AS hours, NULL::timestamptz AS start_at, NULL::timestamptz AS end_at, price
                    FROM marketplace_listings WHERE id = ANY(:ids)
                    """,
            ItemKind.POST, """
                    SELECT post_id AS id, NULL::text AS location, concat_ws('. ', title, content) AS text,
                        array_remove(coalesce(tags::text[], '{}') || ARRAY[category::text], NULL) AS labels, '{}'::text[] AS scopes,
                        '{}'::text[] AS stages, NULL::int AS hours, NULL::timestamptz AS start_at, NULL::timestamptz AS end_at,
                        NULL::numeric AS price
                    FROM posts WHERE post_id = ANY(:ids)
                    """);

    private Map<UUID, Facts> facts(ItemKind kind, Set<UUID> ids) {
        Map<UUID, Facts> out = new HashMap<>();
        jdbc.sql(FACTS.get(kind)).param("ids", ids.toArray(new UUID[0])).query((rs, n) -> {
            Facts f = new Facts(rs.getObject("id", UUID.class), strings(rs, "labels"), rs.getString("text"),
                    rs.getString("location") == null ? List.of() : List.of(rs.getString("location")), strings(rs, "scopes"),
                    strings(rs, "stages"), (Integer) rs.getObject("hours"), instant(rs, "start_at"), instant(rs, "end_at"),
                    rs.getBigDecimal("price"));
            out.put(f.id(), f);
            return null;
        }).list();
        return out;
    }

    private static List<String> strings(ResultSet rs, String column) throws SQLException {
        Array a = rs.getArray(column);
        if (a == null) {
            return List.of();
        }
        Object[] raw = (Object[]) a.getArray();
        List<String> out = new ArrayList<>();
        for (Object o : raw) {
            if (o != null && !o.toString().isBlank()) {
                out.add(o.toString());
            }
        }
        return out;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

}
