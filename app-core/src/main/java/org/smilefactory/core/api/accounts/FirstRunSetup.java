package org.smilefactory.core.api.accounts;

/** The first-run wizard's answers: the hub and its first administrator. */
public record FirstRunSetup(
        String hubName,
        String timeZone,
        String adminFirstName,
        String adminLastName,
        String adminEmail,
        String adminPassword) {

    /** Never print the password (records print every component by default; logs print records). */
    @Override
    public String toString() {
        return "FirstRunSetup[hubName=" + hubName + ", timeZone=" + timeZone + ", adminFirstName=" + adminFirstName
                + ", adminLastName=" + adminLastName + ", adminEmail=" + adminEmail + ", adminPassword=***]";
    }
}
