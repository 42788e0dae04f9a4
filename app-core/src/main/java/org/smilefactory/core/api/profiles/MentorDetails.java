package org.smilefactory.core.api.profiles;

import java.util.List;

/** Seed table {@code mentor_profiles}. */
public record MentorDetails(
        List<String> expertiseAreas,
        Integer mentoringExperienceYears,
        String mentoringApproach,
        Integer availabilityHoursPerMonth,
        List<CommunicationMethod> preferredCommunicationMethods,
        String successStories,
        String mentoringPhilosophy) implements ProfileDetails {

    @Override
    public ProfileType type() {
        return ProfileType.MENTOR;
    }
}
