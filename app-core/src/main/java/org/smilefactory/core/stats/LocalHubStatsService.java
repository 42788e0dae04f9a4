package org.smilefactory.core.stats;

import org.smilefactory.core.api.stats.HubStatsService;
import org.smilefactory.core.common.Actor;
import org.smilefactory.core.common.CoreContext;

/** The local implementation of {@link HubStatsService}, acting as and authorised for one actor. */
public final class LocalHubStatsService implements HubStatsService {

    private final CoreContext context;
    private final Actor actor;

    public LocalHubStatsService(CoreContext context, Actor actor) {
        this.context = context;
        this.actor = actor;
    }
}
