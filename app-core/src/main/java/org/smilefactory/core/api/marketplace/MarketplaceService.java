package org.smilefactory.core.api.marketplace;

import java.util.List;
import java.util.UUID;

/**
 * Marketplace listings and the transactions between buyers and sellers.
 *
 * <p>Only the seller (or staff) edits or removes a listing; removed listings are visible to the seller,
 * staff and the parties of its transactions only. A transaction is seen and moved only by its buyer
 * and seller (anyone else gets {@link org.smilefactory.core.api.NotFoundException}); completing one
 * marks the listing sold and cancels its other open transactions. The other party is notified of
 * every change.
 */
public interface MarketplaceService {

    ListingPage browse(ListingQuery query);

    /** A listing; counts a view when the reader is not its seller. */
    ListingView get(UUID listingId);

    /** @throws org.smilefactory.core.api.ValidationException on bad fields; nothing is written */
    ListingView create(SaveListing command);

    /** @throws org.smilefactory.core.api.ConflictException when {@code expectedVersion} is stale */
    ListingView update(SaveListing command);

    /** Takes a listing off the marketplace (status REMOVED); its open transactions are cancelled. */
    ListingView remove(UUID listingId, long expectedVersion);

    /**
     * Starts a transaction as the buyer.
     *
     * @throws org.smilefactory.core.api.ValidationException on the member's own listing or a bad amount
     * @throws org.smilefactory.core.api.ConflictException when the listing is sold, expired or removed,
     *         or the member already has an open transaction on it
     */
    TransactionView startTransaction(StartTransaction command);

    /**
     * @throws org.smilefactory.core.api.ValidationException for a transition the state does not allow
     * @throws org.smilefactory.core.api.ConflictException when {@code expectedVersion} is stale or the
     *         listing was sold meanwhile
     */
    TransactionView move(MoveTransaction command);

    TransactionView transaction(UUID transactionId);

    /** The member's transactions as buyer or seller, most recently changed first (at most 200). */
    List<TransactionView> myTransactions();
}
