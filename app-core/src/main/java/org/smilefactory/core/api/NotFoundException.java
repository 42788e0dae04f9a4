package org.smilefactory.core.api;

/** The thing asked for does not exist, or the acting member may not know it exists. */
public class NotFoundException extends HubException {

    public NotFoundException(String message) {
        super(message);
    }

    @Override
    public String kind() {
        return "not-found";
    }
}
