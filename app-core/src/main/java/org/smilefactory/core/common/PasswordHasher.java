package org.smilefactory.core.common;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** bcrypt, cost 10 (~70 ms on our 2-core machines: slow for guessing, fine for a sign-in). */
public final class PasswordHasher {

    private final BCryptPasswordEncoder encoder;
    /** Compared against when the email is unknown, so timing does not reveal which emails exist. */
    private final String decoyHash;

    public PasswordHasher(int strength) {
        this.encoder = new BCryptPasswordEncoder(strength);
        this.decoyHash = encoder.encode("decoy-password-never-matches");
    }

    public String hash(String password) {
        return encoder.encode(password);
    }

    public boolean matches(String password, String hash) {
        return encoder.matches(password, hash == null ? decoyHash : hash);
    }
}
