package org.smilefactory.core.remote.wire;

/** A kiosk's exit PIN as typed by staff. */
public record PinRequest(String pin) {

    @Override
    public String toString() {
        return "PinRequest[pin=***]";
    }
}
