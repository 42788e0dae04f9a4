package org.smilefactory.core.contract;

import java.util.UUID;
import org.smilefactory.core.api.Backend;
import org.smilefactory.core.platform.Backends;
import org.smilefactory.core.platform.LocalBackend;
import org.smilefactory.core.testsupport.TestPostgres;

/** The marketplace contract on a local backend (the test's embedded PostgreSQL). */
class LocalMarketplaceContractTest extends MarketplaceContract {

    @Override
    protected Backend openBackend() {
        return Backends.direct(TestPostgres.jdbcUrl(TestPostgres.createDatabase()), "postgres", "");
    }

    @Override
    protected void expire(UUID listingId) {
        MarketplaceRows.expire(((LocalBackend) backend).context().jdbc(), listingId);
    }

    @Override
    protected long transactionNotifications(UUID memberId) {
        return MarketplaceRows.transactionNotifications(((LocalBackend) backend).context().jdbc(), memberId);
    }
}
