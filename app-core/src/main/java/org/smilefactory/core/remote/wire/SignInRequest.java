package org.smilefactory.core.remote.wire;

/** {@code POST /api/v1/sessions}. */
public record SignInRequest(String email, String password) {

    @Override
    public String toString() {
        return "SignInRequest[email=" + email + ", password=***]";
    }
}
