package org.smilefactory.core.api.accounts;

/** {@code setupRequired} until the first-run setup has created the hub and its first admin. */
public record HubStatus(boolean setupRequired, String hubName, String timeZone) {
}
