package org.smilefactory.core.api;

import org.smilefactory.core.api.accounts.FirstRunSetup;
import org.smilefactory.core.api.accounts.HubStatus;

/**
 * One hub, reached in one of three ways (embedded, direct, server). Everything a member does goes
 * through a {@link Session} obtained here, so every call acts as that member.
 */
public interface Backend extends AutoCloseable {

    BackendInfo info();

    /** Whether the hub still needs its first-run setup, and its name and time zone once it has one. */
    HubStatus hubStatus();

    /**
     * Sets up an empty hub (name, time zone, first admin) and signs the new admin in.
     *
     * @throws ConflictException when the hub is already set up
     * @throws ValidationException when a field is invalid; nothing is written
     */
    Session completeSetup(FirstRunSetup setup);

    /**
     * @throws UnauthenticatedException on a wrong email or password, or while sign-in is throttled
     */
    Session signIn(String email, String password);

    /**
     * Before sign-in: the event a door laptop was started for ({@code --kiosk EVENT-ID}), when it is a
     * published event with at least one kiosk account; empty for any other id (unknown, a draft, over,
     * or without a kiosk), so a guessed id learns nothing but "no kiosk here". The event id is a random
     * UUID; its title and times are what every member of the hub already sees.
     *
     * @throws UnsupportedOperationException from a backend that cannot answer before sign-in
     */
    default java.util.Optional<org.smilefactory.core.api.events.KioskStart> kioskStart(java.util.UUID eventId) {
        throw new UnsupportedOperationException("kioskStart");
    }

    /**
     * Signs up with a one-time invite code staff handed out (decision 0024): sets the password and
     * signs the new member in. The default only keeps test doubles compiling.
     *
     * @throws ValidationException on {@code code} when it is wrong, used or expired; on {@code password}
     */
    default Session signUpWithCode(org.smilefactory.core.api.accounts.CodeSignUp signUp) {
        throw new UnsupportedOperationException("signUpWithCode");
    }

    /**
     * Sets a new password with a one-time reset code staff handed out (decision 0024); the member then
     * signs in as usual. Ends every session of the member.
     *
     * @throws ValidationException on {@code code} when it is wrong, used or expired; on {@code password}
     */
    default void resetPasswordWithCode(org.smilefactory.core.api.accounts.CodeSignUp reset) {
        throw new UnsupportedOperationException("resetPasswordWithCode");
    }

    @Override
    void close();
}
