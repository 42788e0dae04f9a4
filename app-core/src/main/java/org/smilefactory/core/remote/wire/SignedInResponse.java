package org.smilefactory.core.remote.wire;

import org.smilefactory.core.api.accounts.MemberAccount;

/** The answer to sign-in and first-run setup: an opaque bearer token and the member it acts as. */
public record SignedInResponse(String token, MemberAccount member) {

    @Override
    public String toString() {
        return "SignedInResponse[token=***, member=" + member + "]";
    }
}
