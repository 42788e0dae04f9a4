package org.smilefactory.core.marketplace;

import org.smilefactory.core.api.marketplace.MarketplaceService;
import org.smilefactory.core.common.Actor;
import org.smilefactory.core.common.CoreContext;

/** The local implementation of {@link MarketplaceService}, acting as and authorised for one actor. */
public final class LocalMarketplaceService implements MarketplaceService {

    private final CoreContext context;
    private final Actor actor;

    public LocalMarketplaceService(CoreContext context, Actor actor) {
        this.context = context;
        this.actor = actor;
    }
}
