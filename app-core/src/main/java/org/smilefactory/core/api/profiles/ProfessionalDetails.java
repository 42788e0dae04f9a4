package org.smilefactory.core.api.profiles;

import java.util.List;

/** Table {@code professional_profiles}. */
public record ProfessionalDetails(
        String jobTitle,
        String company,
        List<String> skills,
        List<String> servicesOffered,
        Integer yearsOfExperience,
        Availability availability) implements ProfileDetails {

    @Override
    public ProfileType type() {
        return ProfileType.PROFESSIONAL;
    }
}
