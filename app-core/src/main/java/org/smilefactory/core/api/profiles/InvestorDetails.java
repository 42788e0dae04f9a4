package org.smilefactory.core.api.profiles;

import java.math.BigDecimal;
import java.util.List;

/** Seed table {@code business_investor_profiles}. */
public record InvestorDetails(
        List<String> investmentFocus,
        List<InnovationStage> investmentStagePreference,
        BigDecimal ticketSizeMin,
        BigDecimal ticketSizeMax,
        List<String> geographicFocus,
        List<String> portfolioCompanies,
        String investmentCriteria,
        String dueDiligenceProcess) implements ProfileDetails {

    @Override
    public ProfileType type() {
        return ProfileType.BUSINESS_INVESTOR;
    }
}
