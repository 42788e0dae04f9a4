package org.smilefactory.core.ai;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.smilefactory.core.api.ai.ItemKind;
import org.smilefactory.core.content.PostVisibility;
import org.smilefactory.core.profiles.LocalProfileService;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The five kinds of hub item the AI reads: the text embedded for each, and the one SQL rule for
 * who may see it. The rules are those of the owning features (profiles and posts reuse their
 * services' SQL; events, groups and listings follow the rules the issue gives) plus "nobody in a
 * blocked pair sees the other's things", so neither suggestions nor the assistant can show what
 * the member's own screens would not.
 */
final class HubItems {

    private HubItems() {
    }

    static String db(ItemKind kind) {
        return kind.name().toLowerCase();
    }

    static ItemKind kind(String db) {
        return ItemKind.valueOf(db.toUpperCase());
    }

    private static String notBlocked(String owner) {
        return " " + """
                NOT EXISTS (SELECT 1 FROM connections bl WHERE bl.status = 'blocked'
                    AND ((bl.requester_id = :viewer AND bl.recipient_id = %1$s)
                      OR (bl.recipient_id = :viewer AND bl.requester_id = %1$s)))""".formatted(owner) + " ";
    }

    /** FROM + WHERE of the visible rows of a kind, alias x, with :viewer (and, for profiles, no staff reach). */
    static String visibleFrom(ItemKind kind) {
        switch (kind) {
            case PROFILE:
                return "personal_details p WHERE p.deleted_at IS NULL AND p.profile_type IS NOT NULL AND p.user_id <> :viewer AND "
                        + LocalProfileService.VISIBLE_TO_VIEWER.replace(":staff", "FALSE")
                        + " AND " + notBlocked("p.user_id");
            case POST:
                return "posts p WHERE " + PostVisibility.VISIBLE_TO_VIEWER;
            case EVENT:
                return """
                        events p WHERE (p.organizer_id = :viewer OR (p.status = 'published' AND (p.visibility <> 'private'
                            OR EXISTS (SELECT 1 FROM event_attendees ea WHERE ea.event_id = p.id AND ea.user_id = :viewer
                                       AND ea.status <> 'cancelled'))))
                        AND """ + notBlocked("p.organizer_id");
            case GROUP:
                return """
                        groups p WHERE p.status = 'active' AND (p.visibility <> 'hidden' OR EXISTS (
                            SELECT 1 FROM group_memberships gm WHERE gm.group_id = p.id AND gm.user_id = :viewer
                              AND gm.status = 'active'))
                        AND """ + notBlocked("p.created_by");
            case LISTING:
                return "marketplace_listings p WHERE p.status = 'active' AND " + notBlocked("p.seller_id");
            default:
                throw new IllegalArgumentException(kind.name());
        }
    }

    static String idColumn(ItemKind kind) {
        switch (kind) {
            case PROFILE:
                return "p.user_id";
            case POST:
                return "p.post_id";
            default:
                return "p.id";
        }
    }

    /** Which of {@code ids} the viewer may see. */
    static java.util.Set<UUID> visible(JdbcClient jdbc, ItemKind kind, UUID viewer, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return new java.util.HashSet<>();
        }
        return new java.util.HashSet<>(jdbc.sql("SELECT " + idColumn(kind) + " FROM " + visibleFrom(kind)
                        + " AND " + idColumn(kind) + " = ANY(:ids)")
                .param("viewer", viewer).param("ids", ids.toArray(new UUID[0]))
                .query(UUID.class).list());
    }

    private static final String PROFILE_TEXT = """
            SELECT p.user_id AS id, p.profile_type AS subtype, concat_ws('. ',
                p.full_name, replace(p.profile_type, '_', ' '), p.profile_name, p.headline, p.bio,
                'Location: ' || p.location, 'Focus: ' || NULLIF(array_to_string(p.focus_tags, ', '), ''),
                'Industry: ' || i.industry_focus, 'Stage: ' || i.innovation_stage, i.startup_name, i.startup_description,
                i.business_model, 'Market: ' || i.target_market, i.competitive_advantage,
                'Invests in: ' || NULLIF(array_to_string(b.investment_focus, ', '), ''),
                'Stages: ' || NULLIF(array_to_string(b.investment_stage_preference, ', '), ''),
                'Regions: ' || NULLIF(array_to_string(b.geographic_focus, ', '), ''), b.investment_criteria,
                'Expertise: ' || NULLIF(array_to_string(m.expertise_areas, ', '), ''), m.mentoring_approach, m.mentoring_philosophy,
                pr.job_title, pr.company, 'Skills: ' || NULLIF(array_to_string(pr.skills, ', '), ''),
                'Services: ' || NULLIF(array_to_string(pr.services_offered, ', '), ''),
                'Domains: ' || NULLIF(array_to_string(e.expertise_domains, ', '), ''), NULLIF(array_to_string(e.publications, ', '), ''),
                'Studies: ' || s.field_of_study, s.institution, 'Seeking: ' || NULLIF(array_to_string(s.seeking, ', '), ''),
                ai.institution_name, 'Programmes: ' || NULLIF(array_to_string(ai.programmes_offered, ', '), ''),
                'Research: ' || NULLIF(array_to_string(ai.research_areas, ', '), ''),
                'Partnerships: ' || NULLIF(array_to_string(ai.partnership_interests, ', '), ''),
                o.organisation_name, 'Sector: ' || o.sector, 'Interests: ' || NULLIF(array_to_string(o.innovation_interests, ', '), ''),
                o.procurement_needs) AS text
            FROM personal_details p
            LEFT JOIN innovator_profiles i ON i.user_id = p.user_id
            LEFT JOIN business_investor_profiles b ON b.user_id = p.user_id
            LEFT JOIN mentor_profiles m ON m.user_id = p.user_id
            LEFT JOIN professional_profiles pr ON pr.user_id = p.user_id
            LEFT JOIN industry_expert_profiles e ON e.user_id = p.user_id
            LEFT JOIN academic_student_profiles s ON s.user_id = p.user_id
            LEFT JOIN academic_institution_profiles ai ON ai.user_id = p.user_id
            LEFT JOIN organisation_profiles o ON o.user_id = p.user_id
            WHERE p.deleted_at IS NULL AND p.profile_type IS NOT NULL AND p.user_id = ANY(:ids)
            """;

    private static final Map<ItemKind, String> TEXT = Map.of(
            ItemKind.PROFILE, PROFILE_TEXT,
            ItemKind.POST, """
                    SELECT post_id AS id, post_type AS subtype, concat_ws('. ', title, content, 'Category: ' || category,
                        'Tags: ' || NULLIF(array_to_string(tags, ', '), '')) AS text
                    FROM posts WHERE post_id = ANY(:ids)
                    """,
            ItemKind.EVENT, """
                    SELECT id, event_type AS subtype, concat_ws('. ', title, event_type, description, 'Location: ' || location,
                        'Tags: ' || NULLIF(array_to_string(tags, ', '), '')) AS text
                    FROM events WHERE id = ANY(:ids)
                    """,
            ItemKind.GROUP, """
                    SELECT id, category AS subtype, concat_ws('. ', name, 'Category: ' || category, description,
                        'Location: ' || location, 'Tags: ' || NULLIF(array_to_string(tags, ', '), '')) AS text
                    FROM groups WHERE id = ANY(:ids)
                    """,
            ItemKind.LISTING, """
                    SELECT id, listing_type AS subtype, concat_ws('. ', title, listing_type, 'Category: ' || category, description,
                        'Location: ' || location, 'Tags: ' || NULLIF(array_to_string(tags, ', '), '')) AS text
                    FROM marketplace_listings WHERE id = ANY(:ids)
                    """);

    record ItemText(UUID id, String subtype, String text) {
    }

    /** The embedded text of each existing item among {@code ids}; missing ones are gone (or not embeddable). */
    static Map<UUID, ItemText> texts(JdbcClient jdbc, ItemKind kind, List<UUID> ids) {
        Map<UUID, ItemText> out = new HashMap<>();
        jdbc.sql(TEXT.get(kind)).param("ids", ids.toArray(new UUID[0]))
                .query((rs, n) -> new ItemText(rs.getObject("id", UUID.class), rs.getString("subtype"), rs.getString("text")))
                .list().forEach(t -> out.put(t.id(), t));
        return out;
    }
}
