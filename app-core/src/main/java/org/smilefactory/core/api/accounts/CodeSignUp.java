package org.smilefactory.core.api.accounts;

/** Signing up with an invite code, or setting a new password with a reset code: the code and the new password. */
public record CodeSignUp(String code, String password) {

    @Override
    public String toString() {
        return "CodeSignUp[code=***, password=***]";
    }
}
