package org.smilefactory.core.api.profiles;

import java.math.BigDecimal;
import java.util.List;

/** Table {@code industry_expert_profiles}. */
public record IndustryExpertDetails(
        List<String> expertiseDomains,
        Integer yearsOfExperience,
        ConsultingAvailability consultingAvailability,
        BigDecimal hourlyRate,
        List<String> publications) implements ProfileDetails {

    @Override
    public ProfileType type() {
        return ProfileType.INDUSTRY_EXPERT;
    }
}
