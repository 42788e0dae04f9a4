package org.smilefactory.core.api.events;

/**
 * Someone at the door without a registration. An existing member is found by email; otherwise a
 * member account is created for them (staff can set a password later).
 */
public record WalkIn(String firstName, String lastName, String email) {
}
