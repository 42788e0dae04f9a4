package org.smilefactory.core.remote;

import org.smilefactory.core.api.settings.ConnectionCheck;
import org.smilefactory.core.api.settings.HubBasics;
import org.smilefactory.core.api.settings.HubSettings;
import org.smilefactory.core.api.settings.HubSettingsService;
import org.smilefactory.core.api.settings.SaveHubSettings;
import org.smilefactory.core.api.settings.TestAiEndpoint;

/** {@link HubSettingsService} over app-server's REST API. */
final class RemoteHubSettingsService implements HubSettingsService {

    private final Calls calls;

    RemoteHubSettingsService(Calls calls) {
        this.calls = calls;
    }

    @Override
    public HubBasics basics() {
        return calls.call("GET", "hub-settings/basics").as(HubBasics.class);
    }

    @Override
    public HubSettings settings() {
        return calls.call("GET", "hub-settings").as(HubSettings.class);
    }

    @Override
    public HubSettings save(SaveHubSettings settings) {
        return calls.call("PUT", "hub-settings").body(settings).as(HubSettings.class);
    }

    @Override
    public ConnectionCheck testConnection(TestAiEndpoint endpoint) {
        return calls.call("POST", "hub-settings/connection-tests").body(endpoint).as(ConnectionCheck.class);
    }
}
