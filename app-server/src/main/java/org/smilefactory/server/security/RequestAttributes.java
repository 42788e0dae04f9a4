package org.smilefactory.server.security;

/** Where the authentication filter leaves what it resolved for the rest of the request. */
public final class RequestAttributes {

    /** The {@link org.smilefactory.core.api.Session} of the bearer token. */
    public static final String SESSION = RequestAttributes.class.getName() + ".session";
    /** The bearer token itself (for sign-out); never logged. */
    static final String TOKEN = RequestAttributes.class.getName() + ".token";

    private RequestAttributes() {
    }
}
