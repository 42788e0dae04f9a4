package org.smilefactory.core.api.sync;

/**
 * The changes that can be made offline. Payloads are JSON objects of the contract records and fields
 * named here; everything else needs the server.
 */
public final class MutationKinds {

    /** Payload: a {@code SaveProfile}; entity personal_details/memberId; base version = expectedVersion. */
    public static final String PROFILE_SAVE = "profile.save";
    /** Payload: {@code {"memberId", "expectedVersion"}}. */
    public static final String PROFILE_PUBLISH = "profile.publish";
    /** Payload: {@code {"memberId", "expectedVersion"}}. */
    public static final String PROFILE_UNPUBLISH = "profile.unpublish";
    /**
     * A ticket scanned at a door. Payload: {@code {"eventId", "code", "scanId", "scannedAt", "source"}};
     * entity event_attendees/registration id when the code matched one offline, else event_check_in_scans/scanId.
     * The server merges: the earliest check-in time wins, later scans are recorded as duplicates.
     */
    public static final String CHECK_IN = "event.checkIn";
    /** Checked in by name search. Payload: {@code {"eventId", "registrationId", "scanId", "scannedAt", "source"}}. */
    public static final String CHECK_IN_REGISTRATION = "event.checkInRegistration";
    /**
     * A walk-in registered offline, provisionally. Payload: {@code {"eventId", "firstName", "lastName",
     * "email", "memberId", "registrationId", "scanId", "scannedAt"}} (ids as the replica made them).
     * The server confirms it, or flags it when the event was full.
     */
    public static final String WALK_IN = "event.walkIn";

    private MutationKinds() {
    }
}
