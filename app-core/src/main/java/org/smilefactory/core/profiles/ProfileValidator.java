package org.smilefactory.core.profiles;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.smilefactory.core.api.profiles.IndustryExpertDetails;
import org.smilefactory.core.api.profiles.InnovatorDetails;
import org.smilefactory.core.api.profiles.InstitutionDetails;
import org.smilefactory.core.api.profiles.InvestorDetails;
import org.smilefactory.core.api.profiles.MentorDetails;
import org.smilefactory.core.api.profiles.OrganisationDetails;
import org.smilefactory.core.api.profiles.ProfessionalDetails;
import org.smilefactory.core.api.profiles.ProfileDetails;
import org.smilefactory.core.api.profiles.SaveProfile;
import org.smilefactory.core.api.profiles.StudentDetails;
import org.smilefactory.core.common.Messages;
import org.smilefactory.core.common.Problems;

/**
 * Every rule a profile must meet before anything is written. Lengths follow the column sizes of
 * the schema so the database never truncates or rejects what passed here; free-text fields are
 * capped at {@value #LONG_TEXT} characters.
 */
final class ProfileValidator {

    static final int LONG_TEXT = 5_000;
    private static final int LIST_ITEMS = 30;
    private static final int LIST_ITEM_LENGTH = 100;
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999999.99");
    private static final BigDecimal MAX_RATE = new BigDecimal("99999999.99");
    private static final Pattern COUNTRY_CODE = Pattern.compile("^\\+?[0-9]{1,4}$");
    private static final Pattern PHONE = Pattern.compile("^[0-9][0-9 ()\\-]{3,19}$");

    private ProfileValidator() {
    }

    static void validate(SaveProfile p) {
        Problems v = new Problems()
                .required("memberId", p.memberId())
                .requiredText("firstName", p.firstName(), 100)
                .requiredText("lastName", p.lastName(), 100)
                .text("profileName", p.profileName(), 200)
                .text("phoneCountryCode", p.phoneCountryCode(), 10)
                .text("phoneNumber", p.phoneNumber(), 20)
                .text("bio", p.bio(), LONG_TEXT)
                .text("location", p.location(), 255)
                .matches("phoneCountryCode", trim(p.phoneCountryCode()), COUNTRY_CODE, "invalid-country-code", "validation.invalidCountryCode")
                .matches("phoneNumber", trim(p.phoneNumber()), PHONE, "invalid-phone", "validation.invalidPhone");
        if (p.details() != null) {
            if (p.profileType() == null) {
                v.add("profileType", "required", Messages.get("validation.typeRequired"));
            } else if (p.details().type() != p.profileType()) {
                v.add("details", "mismatch", Messages.get("validation.detailsMismatch"));
            } else {
                details(v, p.details());
            }
        }
        v.throwIfAny();
    }

    private static void details(Problems v, ProfileDetails details) {
        if (details instanceof InnovatorDetails d) {
            v.text("details.industryFocus", d.industryFocus(), 100)
                    .text("details.startupName", d.startupName(), 200)
                    .text("details.startupDescription", d.startupDescription(), LONG_TEXT)
                    .money("details.fundingAmountNeeded", d.fundingAmountNeeded(), MAX_AMOUNT)
                    .range("details.teamSize", d.teamSize(), 0, 1_000_000)
                    .text("details.businessModel", d.businessModel(), LONG_TEXT)
                    .text("details.targetMarket", d.targetMarket(), LONG_TEXT)
                    .text("details.competitiveAdvantage", d.competitiveAdvantage(), LONG_TEXT);
        } else if (details instanceof InvestorDetails d) {
            v.list("details.investmentFocus", d.investmentFocus(), LIST_ITEMS, LIST_ITEM_LENGTH)
                    .money("details.ticketSizeMin", d.ticketSizeMin(), MAX_AMOUNT)
                    .money("details.ticketSizeMax", d.ticketSizeMax(), MAX_AMOUNT)
                    .list("details.geographicFocus", d.geographicFocus(), LIST_ITEMS, LIST_ITEM_LENGTH)
                    .list("details.portfolioCompanies", d.portfolioCompanies(), 200, 200)
                    .text("details.investmentCriteria", d.investmentCriteria(), LONG_TEXT)
                    .text("details.dueDiligenceProcess", d.dueDiligenceProcess(), LONG_TEXT);
            if (d.ticketSizeMin() != null && d.ticketSizeMax() != null
                    && d.ticketSizeMin().compareTo(d.ticketSizeMax()) > 0 && !v.has("details.ticketSizeMax")) {
                v.add("details.ticketSizeMax", "min-above-max", Messages.get("validation.minAboveMax"));
            }
        } else if (details instanceof MentorDetails d) {
            v.list("details.expertiseAreas", d.expertiseAreas(), LIST_ITEMS, LIST_ITEM_LENGTH)
                    .range("details.mentoringExperienceYears", d.mentoringExperienceYears(), 0, 80)
                    .text("details.mentoringApproach", d.mentoringApproach(), LONG_TEXT)
                    .range("details.availabilityHoursPerMonth", d.availabilityHoursPerMonth(), 0, 744)
                    .text("details.successStories", d.successStories(), LONG_TEXT)
                    .text("details.mentoringPhilosophy", d.mentoringPhilosophy(), LONG_TEXT);
        } else if (details instanceof ProfessionalDetails d) {
            v.text("details.jobTitle", d.jobTitle(), 200)
                    .text("details.company", d.company(), 200)
                    .list("details.skills", d.skills(), LIST_ITEMS, LIST_ITEM_LENGTH)
                    .list("details.servicesOffered", d.servicesOffered(), LIST_ITEMS, LIST_ITEM_LENGTH)
                    .range("details.yearsOfExperience", d.yearsOfExperience(), 0, 80);
        } else if (details instanceof IndustryExpertDetails d) {
            v.list("details.expertiseDomains", d.expertiseDomains(), LIST_ITEMS, LIST_ITEM_LENGTH)
                    .range("details.yearsOfExperience", d.yearsOfExperience(), 0, 80)
                    .money("details.hourlyRate", d.hourlyRate(), MAX_RATE)
                    .list("details.publications", d.publications(), 200, 500);
        } else if (details instanceof StudentDetails d) {
            v.text("details.institution", d.institution(), 200)
                    .text("details.fieldOfStudy", d.fieldOfStudy(), 200)
                    .range("details.expectedGraduationYear", d.expectedGraduationYear(), 1950, 2100);
        } else if (details instanceof InstitutionDetails d) {
            v.text("details.institutionName", d.institutionName(), 200)
                    .list("details.programmesOffered", d.programmesOffered(), 200, 200)
                    .list("details.researchAreas", d.researchAreas(), LIST_ITEMS, LIST_ITEM_LENGTH)
                    .list("details.partnershipInterests", d.partnershipInterests(), LIST_ITEMS, LIST_ITEM_LENGTH)
                    .range("details.studentCount", d.studentCount(), 0, 10_000_000);
        } else if (details instanceof OrganisationDetails d) {
            v.text("details.organisationName", d.organisationName(), 200)
                    .text("details.sector", d.sector(), 100)
                    .list("details.innovationInterests", d.innovationInterests(), LIST_ITEMS, LIST_ITEM_LENGTH)
                    .text("details.procurementNeeds", d.procurementNeeds(), LONG_TEXT);
        }
    }

    private static String trim(String s) {
        return s == null ? null : s.trim();
    }
}
