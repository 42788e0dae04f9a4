package org.smilefactory.core.api.settings;

import org.smilefactory.core.api.ai.AiSettings;

/**
 * The settings form as stored, with the version it was read at: a save over a newer version is
 * refused with a {@link org.smilefactory.core.api.ConflictException}.
 *
 * @param ai the AI endpoints; keys are write-only, so only whether one is set
 */
public record HubSettings(String hubName, String timeZone, String currency, KioskDefaults kiosk, AiSettings ai,
                          long version) {

    public HubBasics basics() {
        return new HubBasics(hubName, timeZone, currency, kiosk);
    }
}
