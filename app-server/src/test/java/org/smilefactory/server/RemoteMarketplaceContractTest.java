package org.smilefactory.server;

import java.util.UUID;
import org.smilefactory.core.api.Backend;
import org.smilefactory.core.contract.MarketplaceContract;
import org.smilefactory.core.contract.MarketplaceRows;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The marketplace contract through real HTTP: app-server on a random port, the remote backend as client. */
class RemoteMarketplaceContractTest extends MarketplaceContract {

    @Override
    protected Backend openBackend() {
        return TestServer.start().remoteBackend();
    }

    private JdbcClient serverDatabase() {
        return ((TestServer.ServerBackend) backend).server().localBackend().context().jdbc();
    }

    @Override
    protected void expire(UUID listingId) {
        MarketplaceRows.expire(serverDatabase(), listingId);
    }

    @Override
    protected long transactionNotifications(UUID memberId) {
        return MarketplaceRows.transactionNotifications(serverDatabase(), memberId);
    }
}
