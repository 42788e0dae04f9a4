package org.smilefactory.core.api.accounts;

import java.time.Instant;
import java.util.UUID;

/** A one-time password-reset code for a member, shown to staff this once (only its hash is kept). */
public record ResetCode(UUID memberId, String code, Instant expiresAt) {

    @Override
    public String toString() {
        return "ResetCode[memberId=" + memberId + ", code=***, expiresAt=" + expiresAt + "]";
    }
}
