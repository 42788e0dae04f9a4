package org.smilefactory.core.remote.wire;

import java.util.UUID;

/** Moves a kiosk account to an event with a new exit PIN. */
public record KioskAssignRequest(UUID eventId, String exitPin) {

    @Override
    public String toString() {
        return "KioskAssignRequest[eventId=" + eventId + ", exitPin=***]";
    }
}
