package org.smilefactory.core.remote;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.smilefactory.core.api.marketplace.ListingPage;
import org.smilefactory.core.api.marketplace.ListingQuery;
import org.smilefactory.core.api.marketplace.ListingView;
import org.smilefactory.core.api.marketplace.MarketplaceService;
import org.smilefactory.core.api.marketplace.MoveTransaction;
import org.smilefactory.core.api.marketplace.SaveListing;
import org.smilefactory.core.api.marketplace.StartTransaction;
import org.smilefactory.core.api.marketplace.TransactionView;
import org.smilefactory.core.remote.wire.VersionRequest;

/** {@link MarketplaceService} over app-server's REST API. */
final class RemoteMarketplaceService implements MarketplaceService {

    private final Calls calls;

    RemoteMarketplaceService(Calls calls) {
        this.calls = calls;
    }

    @Override
    public ListingPage browse(ListingQuery query) {
        return calls.call("GET", "marketplace/listings")
                .query("text", query.text())
                .query("types", query.types())
                .query("category", query.category())
                .query("minPrice", plain(query.minPrice()))
                .query("maxPrice", plain(query.maxPrice()))
                .query("location", query.location())
                .query("mine", query.mine())
                .query("cursor", query.cursor())
                .query("limit", query.limit())
                .as(ListingPage.class);
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    @Override
    public ListingView get(UUID listingId) {
        return calls.call("GET", "marketplace/listings/" + listingId).as(ListingView.class);
    }

    @Override
    public ListingView create(SaveListing command) {
        return calls.call("POST", "marketplace/listings").body(command).as(ListingView.class);
    }

    @Override
    public ListingView update(SaveListing command) {
        return calls.call("PUT", "marketplace/listings").body(command).as(ListingView.class);
    }

    @Override
    public ListingView remove(UUID listingId, long expectedVersion) {
        return calls.call("POST", "marketplace/listings/" + listingId + "/remove")
                .body(new VersionRequest(expectedVersion)).as(ListingView.class);
    }

    @Override
    public TransactionView startTransaction(StartTransaction command) {
        return calls.call("POST", "marketplace/transactions").body(command).as(TransactionView.class);
    }

    @Override
    public TransactionView move(MoveTransaction command) {
        return calls.call("POST", "marketplace/transactions/move").body(command).as(TransactionView.class);
    }

    @Override
    public TransactionView transaction(UUID transactionId) {
        return calls.call("GET", "marketplace/transactions/" + transactionId).as(TransactionView.class);
    }

    @Override
    public List<TransactionView> myTransactions() {
        return calls.call("GET", "marketplace/transactions").asList(TransactionView.class);
    }
}
