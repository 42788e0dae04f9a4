package org.smilefactory.core.api.accounts;

/** The first-run wizard's answers: the hub and its first administrator. */
public record FirstRunSetup(
        String hubName,
        String timeZone,
        String adminFirstName,
        String adminLastName,
        String adminEmail,
        String adminPassword) {
}
