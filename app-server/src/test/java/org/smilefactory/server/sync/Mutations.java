package org.smilefactory.server.sync;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.smilefactory.core.api.profiles.ProfileView;
import org.smilefactory.core.api.profiles.SaveProfile;
import org.smilefactory.core.api.sync.Mutation;
import org.smilefactory.core.api.sync.MutationKinds;
import org.smilefactory.core.remote.ContractJson;

/** Offline mutations built by hand, exactly as {@link MutationKinds} describes their payloads. */
final class Mutations {

    private Mutations() {
    }

    static String json(Object value) {
        return ContractJson.mapper().writeValueAsString(value);
    }

    static SaveProfile edit(ProfileView p, String bio) {
        return new SaveProfile(p.memberId(), p.version(), p.firstName(), p.lastName(), p.profileName(), p.gender(),
                p.phoneCountryCode(), p.phoneNumber(), bio, p.location(), p.profileType(), p.visibility(), p.details());
    }

    static Mutation profileSave(SaveProfile save, Instant at) {
        return new Mutation(UUID.randomUUID(), MutationKinds.PROFILE_SAVE, "personal_details", save.memberId(),
                save.expectedVersion(), json(save), at);
    }

    static Mutation checkIn(UUID eventId, UUID registrationId, String code, UUID scanId, Instant at, String source) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("eventId", eventId);
        p.put("code", code);
        p.put("scanId", scanId);
        p.put("scannedAt", at);
        p.put("source", source);
        return new Mutation(UUID.randomUUID(), MutationKinds.CHECK_IN, "event_attendees", registrationId, null, json(p), at);
    }

    static Mutation checkInRegistration(UUID eventId, UUID registrationId, UUID scanId, Instant at, String source) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("eventId", eventId);
        p.put("registrationId", registrationId);
        p.put("scanId", scanId);
        p.put("scannedAt", at);
        p.put("source", source);
        return new Mutation(UUID.randomUUID(), MutationKinds.CHECK_IN_REGISTRATION, "event_attendees", registrationId, null,
                json(p), at);
    }

    static Mutation walkIn(UUID eventId, String first, String last, String email, UUID memberId, UUID registrationId,
                           UUID scanId, Instant at) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("eventId", eventId);
        p.put("firstName", first);
        p.put("lastName", last);
        p.put("email", email);
        p.put("memberId", memberId);
        p.put("registrationId", registrationId);
        p.put("scanId", scanId);
        p.put("scannedAt", at);
        return new Mutation(UUID.randomUUID(), MutationKinds.WALK_IN, "event_attendees", registrationId, null, json(p), at);
    }
}
