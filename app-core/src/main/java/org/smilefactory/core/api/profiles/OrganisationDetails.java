package org.smilefactory.core.api.profiles;

import java.util.List;

/** Table {@code organisation_profiles}. */
public record OrganisationDetails(
        String organisationName,
        OrganisationType organisationType,
        String sector,
        OrganisationSize organisationSize,
        List<String> innovationInterests,
        String procurementNeeds) implements ProfileDetails {

    @Override
    public ProfileType type() {
        return ProfileType.ORGANISATION;
    }
}
