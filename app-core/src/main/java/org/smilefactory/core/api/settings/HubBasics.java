package org.smilefactory.core.api.settings;

/**
 * The hub facts every screen may show.
 *
 * @param hubName  the hub's name
 * @param timeZone IANA id such as {@code Africa/Harare}: the zone the hub's times are shown in
 * @param currency ISO 4217 code, the default for new listings and events; null on an offline copy
 *                 that does not hold it
 * @param kiosk    the kiosk defaults; null on an offline copy that does not hold them
 */
public record HubBasics(String hubName, String timeZone, String currency, KioskDefaults kiosk) {
}
