package org.smilefactory.core.remote.wire;

/** {@code PUT /api/v1/accounts/{id}/password} (staff). */
public record ResetPasswordRequest(String newPassword) {

    @Override
    public String toString() {
        return "ResetPasswordRequest[***]";
    }
}
