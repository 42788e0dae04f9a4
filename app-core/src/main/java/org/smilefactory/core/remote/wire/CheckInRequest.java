package org.smilefactory.core.remote.wire;

import java.util.UUID;

/** A kiosk scan: either the scanned {@code code} or a {@code registrationId} found by name search. */
public record CheckInRequest(String code, UUID registrationId) {
}
