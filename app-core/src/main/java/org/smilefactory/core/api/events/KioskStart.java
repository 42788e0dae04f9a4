package org.smilefactory.core.api.events;

import java.time.Instant;
import java.util.UUID;

/**
 * What a door laptop started with {@code --kiosk EVENT-ID} may know before anyone signs in: the
 * event's title and times, so the kiosk sign-in can say which event it is for. Only a published event
 * that staff have made a kiosk account for is answered (see {@link org.smilefactory.core.api.Backend#kioskStart}).
 */
public record KioskStart(UUID eventId, String title, Instant start, Instant end, String timeZone) {
}
