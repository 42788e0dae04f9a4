package org.smilefactory.core.profiles;

import org.smilefactory.core.common.SqlValues;
import static org.smilefactory.core.common.SqlValues.db;
import static org.smilefactory.core.common.SqlValues.en;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.smilefactory.core.api.profiles.Availability;
import org.smilefactory.core.api.profiles.CommunicationMethod;
import org.smilefactory.core.api.profiles.ConsultingAvailability;
import org.smilefactory.core.api.profiles.DegreeLevel;
import org.smilefactory.core.api.profiles.IndustryExpertDetails;
import org.smilefactory.core.api.profiles.InnovationStage;
import org.smilefactory.core.api.profiles.InnovatorDetails;
import org.smilefactory.core.api.profiles.InstitutionDetails;
import org.smilefactory.core.api.profiles.InstitutionType;
import org.smilefactory.core.api.profiles.InvestorDetails;
import org.smilefactory.core.api.profiles.MentorDetails;
import org.smilefactory.core.api.profiles.OrganisationDetails;
import org.smilefactory.core.api.profiles.OrganisationSize;
import org.smilefactory.core.api.profiles.OrganisationType;
import org.smilefactory.core.api.profiles.ProfessionalDetails;
import org.smilefactory.core.api.profiles.ProfileDetails;
import org.smilefactory.core.api.profiles.ProfileType;
import org.smilefactory.core.api.profiles.Seeking;
import org.smilefactory.core.api.profiles.StudentDetails;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The eight type-specific tables. Each type maps its record components to columns once, here, so
 * reading, writing and deleting stay in step. Enum values are stored as lower-case names
 * (organisation sizes as their labels), matching the CHECK constraints of the migrations.
 */
final class DetailsStore {

    private final JdbcClient jdbc;

    DetailsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static String table(ProfileType type) {
        return switch (type) {
            case INNOVATOR -> "innovator_profiles";
            case BUSINESS_INVESTOR -> "business_investor_profiles";
            case MENTOR -> "mentor_profiles";
            case PROFESSIONAL -> "professional_profiles";
            case INDUSTRY_EXPERT -> "industry_expert_profiles";
            case ACADEMIC_STUDENT -> "academic_student_profiles";
            case ACADEMIC_INSTITUTION -> "academic_institution_profiles";
            case ORGANISATION -> "organisation_profiles";
        };
    }

    Optional<ProfileDetails> read(ProfileType type, UUID memberId) {
        return jdbc.sql("SELECT * FROM " + table(type) + " WHERE user_id = ?")
                .param(memberId)
                .query((rs, n) -> map(type, rs))
                .optional();
    }

    /** Removes the member's rows from every type table except {@code keep}'s (a type change). */
    void deleteOtherTypes(UUID memberId, ProfileType keep) {
        for (ProfileType t : ProfileType.values()) {
            if (t != keep) {
                jdbc.sql("DELETE FROM " + table(t) + " WHERE user_id = ?").param(memberId).update();
            }
        }
    }

    void upsert(UUID memberId, ProfileDetails details) {
        Map<String, Object> cols = columns(details);
        String names = String.join(", ", cols.keySet());
        String values = String.join(", ", cols.keySet().stream().map(c -> ":" + c).toList());
        String updates = String.join(", ", cols.keySet().stream().map(c -> c + " = EXCLUDED." + c).toList());
        var spec = jdbc.sql("INSERT INTO " + table(details.type()) + " (user_id, " + names + ", created_at, updated_at) "
                + "VALUES (:user_id, " + values + ", now(), now()) "
                + "ON CONFLICT (user_id) DO UPDATE SET " + updates + ", updated_at = now(), version = "
                + table(details.type()) + ".version + 1")
                .param("user_id", memberId);
        for (Map.Entry<String, Object> e : cols.entrySet()) {
            spec = spec.param(e.getKey(), e.getValue());
        }
        spec.update();
    }

    private static Map<String, Object> columns(ProfileDetails details) {
        Map<String, Object> c = new LinkedHashMap<>();
        if (details instanceof InnovatorDetails d) {
            c.put("industry_focus", d.industryFocus());
            c.put("innovation_stage", db(d.innovationStage()));
            c.put("startup_name", d.startupName());
            c.put("startup_description", d.startupDescription());
            c.put("funding_amount_needed", d.fundingAmountNeeded());
            c.put("team_size", d.teamSize());
            c.put("business_model", d.businessModel());
            c.put("target_market", d.targetMarket());
            c.put("competitive_advantage", d.competitiveAdvantage());
        } else if (details instanceof InvestorDetails d) {
            c.put("investment_focus", texts(d.investmentFocus()));
            c.put("investment_stage_preference", enums(d.investmentStagePreference()));
            c.put("ticket_size_min", d.ticketSizeMin());
            c.put("ticket_size_max", d.ticketSizeMax());
            c.put("geographic_focus", texts(d.geographicFocus()));
            c.put("portfolio_companies", texts(d.portfolioCompanies()));
            c.put("investment_criteria", d.investmentCriteria());
            c.put("due_diligence_process", d.dueDiligenceProcess());
        } else if (details instanceof MentorDetails d) {
            c.put("expertise_areas", texts(d.expertiseAreas()));
            c.put("mentoring_experience_years", d.mentoringExperienceYears());
            c.put("mentoring_approach", d.mentoringApproach());
            c.put("availability_hours_per_month", d.availabilityHoursPerMonth());
            c.put("preferred_communication_methods", enums(d.preferredCommunicationMethods()));
            c.put("success_stories", d.successStories());
            c.put("mentoring_philosophy", d.mentoringPhilosophy());
        } else if (details instanceof ProfessionalDetails d) {
            c.put("job_title", d.jobTitle());
            c.put("company", d.company());
            c.put("skills", texts(d.skills()));
            c.put("services_offered", texts(d.servicesOffered()));
            c.put("years_of_experience", d.yearsOfExperience());
            c.put("availability", db(d.availability()));
        } else if (details instanceof IndustryExpertDetails d) {
            c.put("expertise_domains", texts(d.expertiseDomains()));
            c.put("years_of_experience", d.yearsOfExperience());
            c.put("consulting_availability", db(d.consultingAvailability()));
            c.put("hourly_rate", d.hourlyRate());
            c.put("publications", texts(d.publications()));
        } else if (details instanceof StudentDetails d) {
            c.put("institution", d.institution());
            c.put("field_of_study", d.fieldOfStudy());
            c.put("degree_level", db(d.degreeLevel()));
            c.put("expected_graduation_year", d.expectedGraduationYear());
            c.put("seeking", enums(d.seeking()));
        } else if (details instanceof InstitutionDetails d) {
            c.put("institution_name", d.institutionName());
            c.put("institution_type", db(d.institutionType()));
            c.put("programmes_offered", texts(d.programmesOffered()));
            c.put("research_areas", texts(d.researchAreas()));
            c.put("partnership_interests", texts(d.partnershipInterests()));
            c.put("student_count", d.studentCount());
        } else if (details instanceof OrganisationDetails d) {
            c.put("organisation_name", d.organisationName());
            c.put("organisation_type", db(d.organisationType()));
            c.put("sector", d.sector());
            c.put("organisation_size", d.organisationSize() == null ? null : d.organisationSize().label());
            c.put("innovation_interests", texts(d.innovationInterests()));
            c.put("procurement_needs", d.procurementNeeds());
        }
        return c;
    }

    private static ProfileDetails map(ProfileType type, ResultSet rs) throws SQLException {
        return switch (type) {
            case INNOVATOR -> new InnovatorDetails(rs.getString("industry_focus"),
                    en(InnovationStage.class, rs.getString("innovation_stage")), rs.getString("startup_name"),
                    rs.getString("startup_description"), rs.getBigDecimal("funding_amount_needed"),
                    integer(rs, "team_size"), rs.getString("business_model"), rs.getString("target_market"),
                    rs.getString("competitive_advantage"));
            case BUSINESS_INVESTOR -> new InvestorDetails(list(rs.getArray("investment_focus")),
                    enumList(InnovationStage.class, rs.getArray("investment_stage_preference")),
                    rs.getBigDecimal("ticket_size_min"), rs.getBigDecimal("ticket_size_max"),
                    list(rs.getArray("geographic_focus")), list(rs.getArray("portfolio_companies")),
                    rs.getString("investment_criteria"), rs.getString("due_diligence_process"));
            case MENTOR -> new MentorDetails(list(rs.getArray("expertise_areas")),
                    integer(rs, "mentoring_experience_years"), rs.getString("mentoring_approach"),
                    integer(rs, "availability_hours_per_month"),
                    enumList(CommunicationMethod.class, rs.getArray("preferred_communication_methods")),
                    rs.getString("success_stories"), rs.getString("mentoring_philosophy"));
            case PROFESSIONAL -> new ProfessionalDetails(rs.getString("job_title"), rs.getString("company"),
                    list(rs.getArray("skills")), list(rs.getArray("services_offered")),
                    integer(rs, "years_of_experience"), en(Availability.class, rs.getString("availability")));
            case INDUSTRY_EXPERT -> new IndustryExpertDetails(list(rs.getArray("expertise_domains")),
                    integer(rs, "years_of_experience"),
                    en(ConsultingAvailability.class, rs.getString("consulting_availability")),
                    rs.getBigDecimal("hourly_rate"), list(rs.getArray("publications")));
            case ACADEMIC_STUDENT -> new StudentDetails(rs.getString("institution"), rs.getString("field_of_study"),
                    en(DegreeLevel.class, rs.getString("degree_level")), integer(rs, "expected_graduation_year"),
                    enumList(Seeking.class, rs.getArray("seeking")));
            case ACADEMIC_INSTITUTION -> new InstitutionDetails(rs.getString("institution_name"),
                    en(InstitutionType.class, rs.getString("institution_type")),
                    list(rs.getArray("programmes_offered")), list(rs.getArray("research_areas")),
                    list(rs.getArray("partnership_interests")), integer(rs, "student_count"));
            case ORGANISATION -> new OrganisationDetails(rs.getString("organisation_name"),
                    en(OrganisationType.class, rs.getString("organisation_type")), rs.getString("sector"),
                    rs.getString("organisation_size") == null ? null : OrganisationSize.fromLabel(rs.getString("organisation_size")),
                    list(rs.getArray("innovation_interests")), rs.getString("procurement_needs"));
        };
    }



    private static String[] texts(List<String> values) {
        if (values == null) {
            return null;
        }
        return values.stream().filter(v -> v != null && !v.isBlank()).map(String::trim).toArray(String[]::new);
    }

    private static String[] enums(List<? extends Enum<?>> values) {
        return values == null ? null : values.stream().map(SqlValues::db).distinct().toArray(String[]::new);
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    static List<String> list(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        return List.of((String[]) array.getArray());
    }

    private static <E extends Enum<E>> List<E> enumList(Class<E> type, Array array) throws SQLException {
        return list(array).stream().map(v -> en(type, v)).toList();
    }
}
