package org.smilefactory.core.api;

/**
 * The backend cannot be opened or reached: the data folder is locked by a running instance or
 * unusable, the database refuses the connection, the server is unreachable. The message says what
 * to do; the cause (if any) is for the log, never for the screen.
 */
public class BackendUnavailableException extends HubException {

    public BackendUnavailableException(String message) {
        super(message);
    }

    public BackendUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public String kind() {
        return "backend-unavailable";
    }
}
