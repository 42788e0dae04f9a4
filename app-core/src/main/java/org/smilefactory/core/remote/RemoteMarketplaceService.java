package org.smilefactory.core.remote;

import org.smilefactory.core.api.marketplace.MarketplaceService;

/** {@link MarketplaceService} over app-server's REST API. */
final class RemoteMarketplaceService implements MarketplaceService {

    private final Calls calls;

    RemoteMarketplaceService(Calls calls) {
        this.calls = calls;
    }
}
