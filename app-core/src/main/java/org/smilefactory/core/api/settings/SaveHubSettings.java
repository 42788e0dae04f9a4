package org.smilefactory.core.api.settings;

import org.smilefactory.core.api.ai.SaveAiSettings;

/**
 * A save of the settings form. {@code ai} null leaves the AI endpoints as they are; in it, a null key
 * keeps the stored one and a blank key removes it (as {@link SaveAiSettings} says).
 *
 * @param version the {@link HubSettings#version()} the form was read at
 */
public record SaveHubSettings(String hubName, String timeZone, String currency, KioskDefaults kiosk, SaveAiSettings ai,
                              long version) {

    @Override
    public String toString() {
        // the AI keys never go to a log
        return "SaveHubSettings[hubName=" + hubName + ", timeZone=" + timeZone + ", currency=" + currency
                + ", kiosk=" + kiosk + ", ai=" + (ai == null ? "unchanged" : "…") + ", version=" + version + "]";
    }
}
