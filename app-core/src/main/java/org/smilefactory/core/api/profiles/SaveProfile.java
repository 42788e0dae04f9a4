package org.smilefactory.core.api.profiles;

import java.util.UUID;

/**
 * Create or edit a profile: the common details plus the details of {@code profileType}
 * ({@code details.type()} must equal {@code profileType}). {@code expectedVersion} is the version
 * the editor saw; a newer one in the database means someone else saved first.
 */
public record SaveProfile(
        UUID memberId,
        long expectedVersion,
        String firstName,
        String lastName,
        String profileName,
        Gender gender,
        String phoneCountryCode,
        String phoneNumber,
        String bio,
        String location,
        ProfileType profileType,
        ProfileVisibility visibility,
        ProfileDetails details) {
}
