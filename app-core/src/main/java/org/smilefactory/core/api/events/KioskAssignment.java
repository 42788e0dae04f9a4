package org.smilefactory.core.api.events;

import java.time.Instant;
import java.util.UUID;

/** A kiosk account and the one event it checks people in at. */
public record KioskAssignment(UUID kioskId, String email, String name, UUID eventId, String eventTitle, Instant assignedAt) {
}
