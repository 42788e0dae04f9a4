package org.smilefactory.core.api.accounts;

/**
 * The first-run wizard's answers: the hub and its first administrator, and — when the hub is reached
 * through its server — the one-time setup code the server printed at start (decision 0022). The
 * desktop's own embedded hub needs no code: {@code setupCode} is then {@code null}.
 */
public record FirstRunSetup(
        String hubName,
        String timeZone,
        String adminFirstName,
        String adminLastName,
        String adminEmail,
        String adminPassword,
        String setupCode) {

    /** The answers without a setup code (the embedded hub, or a direct connection). */
    public FirstRunSetup(String hubName, String timeZone, String adminFirstName, String adminLastName,
                         String adminEmail, String adminPassword) {
        this(hubName, timeZone, adminFirstName, adminLastName, adminEmail, adminPassword, null);
    }

    /** The same answers with the server's setup code. */
    public FirstRunSetup withSetupCode(String code) {
        return new FirstRunSetup(hubName, timeZone, adminFirstName, adminLastName, adminEmail, adminPassword, code);
    }

    /** Never print the password or the code (records print every component by default; logs print records). */
    @Override
    public String toString() {
        return "FirstRunSetup[hubName=" + hubName + ", timeZone=" + timeZone + ", adminFirstName=" + adminFirstName
                + ", adminLastName=" + adminLastName + ", adminEmail=" + adminEmail + ", adminPassword=***"
                + ", setupCode=" + (setupCode == null ? "null" : "***") + "]";
    }
}
