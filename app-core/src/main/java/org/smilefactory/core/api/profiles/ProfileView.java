package org.smilefactory.core.api.profiles;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A profile as the acting member may see it. {@code email} and {@code phone*} are present only for
 * the member themselves and staff. {@code missingFields} lists the field names that would raise the
 * completion, in the order the form shows them (completion guidance).
 */
public record ProfileView(
        UUID memberId,
        long version,
        String email,
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
        ProfileState state,
        int completion,
        UserState userState,
        boolean verified,
        ProfileDetails details,
        List<String> missingFields,
        Instant updatedAt) {

    public String displayName() {
        String name = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).trim();
        return name.isEmpty() ? (profileName == null ? "" : profileName) : name;
    }
}
