package org.smilefactory.core.api;

/** Wrong credentials, a locked account, or a session that has ended. */
public class UnauthenticatedException extends HubException {

    public UnauthenticatedException(String message) {
        super(message);
    }

    @Override
    public String kind() {
        return "unauthenticated";
    }
}
