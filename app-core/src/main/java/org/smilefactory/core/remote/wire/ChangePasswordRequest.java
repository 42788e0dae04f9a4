package org.smilefactory.core.remote.wire;

/** {@code PUT /api/v1/accounts/me/password}. */
public record ChangePasswordRequest(String currentPassword, String newPassword) {

    @Override
    public String toString() {
        return "ChangePasswordRequest[***]";
    }
}
