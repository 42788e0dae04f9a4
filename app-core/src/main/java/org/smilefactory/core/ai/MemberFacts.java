package org.smilefactory.core.ai;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The structured fields of a member's profile that matching compares (V2's type tables). */
record MemberFacts(UUID id, String name, String type, String headline, String location,
                   String industry, String stage, BigDecimal fundingNeeded,
                   List<String> investmentFocus, List<String> stagePreferences, BigDecimal ticketMin, BigDecimal ticketMax,
                   List<String> geographies, List<String> expertise, Integer mentoringHours,
                   String fieldOfStudy, List<String> seeking, Set<String> topics,
                   String bio, String about, String degreeLevel) {

    private static final String SQL = """
            SELECT p.user_id, p.full_name, p.profile_type, p.headline, p.location, p.focus_tags, p.bio,
                   i.startup_description, i.business_model, m.mentoring_approach, m.mentoring_philosophy, s.degree_level,
                   i.industry_focus, i.innovation_stage, i.funding_amount_needed,
                   b.investment_focus, b.investment_stage_preference, b.ticket_size_min, b.ticket_size_max, b.geographic_focus,
                   m.expertise_areas, m.availability_hours_per_month,
                   s.field_of_study, s.seeking,
                   pr.skills, pr.job_title, e.expertise_domains, ai.research_areas, ai.partnership_interests,
                   o.sector, o.innovation_interests
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

    static Map<UUID, MemberFacts> load(JdbcClient jdbc, Collection<UUID> ids) {
        Map<UUID, MemberFacts> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        jdbc.sql(SQL).param("ids", ids.toArray(new UUID[0])).query((rs, n) -> read(rs)).list()
                .forEach(f -> out.put(f.id(), f));
        return out;
    }

    private static MemberFacts read(ResultSet rs) throws SQLException {
        List<String> focusTags = list(rs.getArray("focus_tags"));
        List<String> investmentFocus = list(rs.getArray("investment_focus"));
        List<String> expertise = list(rs.getArray("expertise_areas"));
        Set<String> topics = new LinkedHashSet<>();
        topics.addAll(focusTags);
        add(topics, rs.getString("industry_focus"));
        topics.addAll(investmentFocus);
        topics.addAll(expertise);
        add(topics, rs.getString("field_of_study"));
        topics.addAll(list(rs.getArray("skills")));
        topics.addAll(list(rs.getArray("expertise_domains")));
        topics.addAll(list(rs.getArray("research_areas")));
        add(topics, rs.getString("sector"));
        topics.addAll(list(rs.getArray("innovation_interests")));
        Integer hours = rs.getObject("availability_hours_per_month", Integer.class);
        return new MemberFacts(rs.getObject("user_id", UUID.class), rs.getString("full_name"), rs.getString("profile_type"),
                rs.getString("headline"), rs.getString("location"), rs.getString("industry_focus"),
                rs.getString("innovation_stage"), rs.getBigDecimal("funding_amount_needed"), investmentFocus,
                list(rs.getArray("investment_stage_preference")), rs.getBigDecimal("ticket_size_min"),
                rs.getBigDecimal("ticket_size_max"), list(rs.getArray("geographic_focus")), expertise,
                hours, rs.getString("field_of_study"), list(rs.getArray("seeking")), topics,
                rs.getString("bio"), join(rs.getString("startup_description"), rs.getString("business_model"),
                        rs.getString("mentoring_approach"), rs.getString("mentoring_philosophy")), rs.getString("degree_level"));
    }

    /** The free texts a member wrote besides the bio (startup description, mentoring approach...), one per line. */
    private static String join(String... texts) {
        StringBuilder b = new StringBuilder();
        for (String t : texts) {
            if (t != null && !t.isBlank()) {
                b.append(t.strip()).append('\n');
            }
        }
        return b.toString();
    }

    /** Bio and the other free texts together: what the text readers (stated needs, mentee capacity) look at. */
    String writing() {
        return (bio == null ? "" : bio + "\n") + (about == null ? "" : about);
    }

    private static void add(Set<String> topics, String value) {
        if (value != null && !value.isBlank()) {
            topics.add(value.strip());
        }
    }

    static List<String> list(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (Object o : (Object[]) array.getArray()) {
            if (o != null && !o.toString().isBlank()) {
                out.add(o.toString().strip());
            }
        }
        return out;
    }
}
