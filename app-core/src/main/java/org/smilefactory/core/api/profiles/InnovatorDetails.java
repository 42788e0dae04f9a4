package org.smilefactory.core.api.profiles;

import java.math.BigDecimal;

/** Seed table {@code innovator_profiles}. */
public record InnovatorDetails(
        String industryFocus,
        InnovationStage innovationStage,
        String startupName,
        String startupDescription,
        BigDecimal fundingAmountNeeded,
        Integer teamSize,
        String businessModel,
        String targetMarket,
        String competitiveAdvantage) implements ProfileDetails {

    @Override
    public ProfileType type() {
        return ProfileType.INNOVATOR;
    }
}
