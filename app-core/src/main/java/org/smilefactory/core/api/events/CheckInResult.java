package org.smilefactory.core.api.events;

import java.time.Instant;
import java.util.UUID;

/**
 * The answer to one scan. {@code firstCheckInAt} is set for {@link CheckInOutcome#CHECKED_IN} and
 * {@link CheckInOutcome#ALREADY_CHECKED_IN}; name and role are set whenever a registration at this
 * event was found; {@code placesLeft} tells the kiosk whether it may offer a walk-in registration
 * (null: unlimited).
 */
public record CheckInResult(
        CheckInOutcome outcome,
        UUID registrationId,
        String memberName,
        AttendeeRole role,
        Instant firstCheckInAt,
        Instant scannedAt,
        Integer placesLeft) {

    public boolean walkInPossible() {
        return placesLeft == null || placesLeft > 0;
    }
}
