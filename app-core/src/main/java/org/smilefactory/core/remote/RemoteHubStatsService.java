package org.smilefactory.core.remote;

import org.smilefactory.core.api.stats.HubStats;
import org.smilefactory.core.api.stats.HubStatsService;

/** {@link HubStatsService} over app-server's REST API. */
final class RemoteHubStatsService implements HubStatsService {

    private final Calls calls;

    RemoteHubStatsService(Calls calls) {
        this.calls = calls;
    }

    @Override
    public HubStats load(int weeks, int events) {
        return calls.call("GET", "stats").query("weeks", weeks).query("events", events).as(HubStats.class);
    }
}
