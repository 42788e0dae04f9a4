package org.smilefactory.core.api;

/** The change collides with the current state: a stale version, a duplicate, a wrong state. */
public class ConflictException extends HubException {

    public ConflictException(String message) {
        super(message);
    }

    @Override
    public String kind() {
        return "conflict";
    }
}
