package org.smilefactory.core.api.profiles;

import java.util.List;

/** Table {@code academic_institution_profiles}. */
public record InstitutionDetails(
        String institutionName,
        InstitutionType institutionType,
        List<String> programmesOffered,
        List<String> researchAreas,
        List<String> partnershipInterests,
        Integer studentCount) implements ProfileDetails {

    @Override
    public ProfileType type() {
        return ProfileType.ACADEMIC_INSTITUTION;
    }
}
