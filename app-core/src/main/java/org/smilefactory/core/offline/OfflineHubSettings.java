package org.smilefactory.core.offline;

import org.smilefactory.core.api.settings.ConnectionCheck;
import org.smilefactory.core.api.settings.HubBasics;
import org.smilefactory.core.api.settings.HubSettings;
import org.smilefactory.core.api.settings.HubSettingsService;
import org.smilefactory.core.api.settings.SaveHubSettings;
import org.smilefactory.core.api.settings.TestAiEndpoint;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The hub settings an offline copy holds: only the name and time zone it remembered from the server
 * (cheap, and what every screen's times need). Currency and kiosk defaults are not held, so they read
 * as null; the form and everything else needs the server ({@link NeedsServer} refuses them before
 * this class is reached).
 */
final class OfflineHubSettings implements HubSettingsService {

    private final JdbcClient jdbc;

    OfflineHubSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public HubBasics basics() {
        ReplicaState state = new ReplicaState(jdbc);
        String zone = state.get(ReplicaState.HUB_TIME_ZONE).filter(z -> !z.isBlank()).orElse(null);
        if (zone == null) {
            // a copy made before it remembered its hub: nothing to answer with that would be true
            throw NeedsServer.refuse("hubSettings");
        }
        return new HubBasics(state.get(ReplicaState.HUB_NAME).orElse(""), zone, null, null);
    }

    @Override
    public HubSettings settings() {
        throw NeedsServer.refuse("hubSettings");
    }

    @Override
    public HubSettings save(SaveHubSettings settings) {
        throw NeedsServer.refuse("hubSettings");
    }

    @Override
    public ConnectionCheck testConnection(TestAiEndpoint endpoint) {
        throw NeedsServer.refuse("hubSettings");
    }
}
