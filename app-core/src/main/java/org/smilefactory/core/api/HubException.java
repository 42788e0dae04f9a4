package org.smilefactory.core.api;

/**
 * Base of every error the contract declares. Each backend (local, remote) throws exactly these, so the
 * UI handles one set of errors whatever the mode. Messages are user-facing and already localised.
 */
public abstract class HubException extends RuntimeException {

    protected HubException(String message) {
        super(message);
    }

    protected HubException(String message, Throwable cause) {
        super(message, cause);
    }

    /** A stable, machine-readable name of the error kind (used in problem responses). */
    public abstract String kind();
}
