package org.smilefactory.core.api;

/** The acting member is known but may not do this. */
public class PermissionDeniedException extends HubException {

    public PermissionDeniedException(String message) {
        super(message);
    }

    @Override
    public String kind() {
        return "permission-denied";
    }
}
