package org.smilefactory.core.api.profiles;

/** The type-specific part of a profile; exactly one record per {@link ProfileType}. */
public sealed interface ProfileDetails
        permits InnovatorDetails, InvestorDetails, MentorDetails, ProfessionalDetails,
                IndustryExpertDetails, StudentDetails, InstitutionDetails, OrganisationDetails {

    ProfileType type();

    /** Empty details of a type, for a new profile form. */
    static ProfileDetails empty(ProfileType type) {
        return switch (type) {
            case INNOVATOR -> new InnovatorDetails(null, null, null, null, null, null, null, null, null);
            case BUSINESS_INVESTOR -> new InvestorDetails(null, null, null, null, null, null, null, null);
            case MENTOR -> new MentorDetails(null, null, null, null, null, null, null);
            case PROFESSIONAL -> new ProfessionalDetails(null, null, null, null, null, null);
            case INDUSTRY_EXPERT -> new IndustryExpertDetails(null, null, null, null, null);
            case ACADEMIC_STUDENT -> new StudentDetails(null, null, null, null, null);
            case ACADEMIC_INSTITUTION -> new InstitutionDetails(null, null, null, null, null, null);
            case ORGANISATION -> new OrganisationDetails(null, null, null, null, null, null);
        };
    }
}
