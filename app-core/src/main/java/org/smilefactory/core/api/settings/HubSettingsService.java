package org.smilefactory.core.api.settings;

/**
 * The hub's settings (issue 15, decision 0025): its name, time zone and default currency, the kiosk
 * defaults and the AI endpoints, saved together under one version. The retention periods are the
 * {@link org.smilefactory.core.api.admin.RetentionService}'s; the AI endpoints are the same ones
 * {@link org.smilefactory.core.api.ai.SuggestionService#settings()} shows, stored once.
 */
public interface HubSettingsService {

    /**
     * What every screen needs: the hub's name, time zone, default currency and kiosk defaults. Any
     * signed-in member, kiosks included (the kiosk shows times in the hub zone and uses the defaults).
     */
    HubBasics basics();

    /** The whole form, with the AI endpoints (keys only as "set" or not) and the version. Staff and admins. */
    HubSettings settings();

    /**
     * Saves the form; {@code settings.version()} is the version it was read at. Admins only.
     *
     * @throws org.smilefactory.core.api.ValidationException field by field, every problem at once
     * @throws org.smilefactory.core.api.ConflictException   someone saved in between
     */
    HubSettings save(SaveHubSettings settings);

    /**
     * Calls an AI endpoint once with the given address and model (the stored key when {@code key} is
     * null) and says whether it answered. Admins only; never saves anything. A failure to reach or use
     * the endpoint is the answer ({@link ConnectionCheck#ok()} false), not an exception.
     *
     * @throws org.smilefactory.core.api.ValidationException a missing or malformed address
     */
    ConnectionCheck testConnection(TestAiEndpoint endpoint);
}
