package org.smilefactory.server.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.marketplace.ListingPage;
import org.smilefactory.core.api.marketplace.ListingQuery;
import org.smilefactory.core.api.marketplace.ListingType;
import org.smilefactory.core.api.marketplace.ListingView;
import org.smilefactory.core.api.marketplace.MoveTransaction;
import org.smilefactory.core.api.marketplace.SaveListing;
import org.smilefactory.core.api.marketplace.StartTransaction;
import org.smilefactory.core.api.marketplace.TransactionView;
import org.smilefactory.core.remote.wire.VersionRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@link org.smilefactory.core.api.marketplace.MarketplaceService} over HTTP. */
@RestController
@RequestMapping("/api/v1/marketplace")
public class MarketplaceController {

    /** Browsing: every filter optional; {@code types} may repeat. */
    @GetMapping("/listings")
    public ListingPage browse(Session session,
                              @RequestParam(required = false) String text,
                              @RequestParam(required = false) Set<ListingType> types,
                              @RequestParam(required = false) String category,
                              @RequestParam(required = false) BigDecimal minPrice,
                              @RequestParam(required = false) BigDecimal maxPrice,
                              @RequestParam(required = false) String location,
                              @RequestParam(defaultValue = "false") boolean mine,
                              @RequestParam(required = false) String cursor,
                              @RequestParam(defaultValue = "" + ListingQuery.DEFAULT_LIMIT) int limit) {
        return session.marketplace().browse(new ListingQuery(text, types == null ? Set.of() : types, category, minPrice,
                maxPrice, location, mine, cursor, limit));
    }

    @GetMapping("/listings/{listingId}")
    public ListingView get(Session session, @PathVariable UUID listingId) {
        return session.marketplace().get(listingId);
    }

    @PostMapping("/listings")
    @ResponseStatus(HttpStatus.CREATED)
    public ListingView create(Session session, @RequestBody SaveListing command) {
        return session.marketplace().create(command);
    }

    /** Edits the listing named by the body's {@code listingId}, at its {@code expectedVersion}. */
    @PutMapping("/listings")
    public ListingView update(Session session, @RequestBody SaveListing command) {
        return session.marketplace().update(command);
    }

    @PostMapping("/listings/{listingId}/remove")
    public ListingView remove(Session session, @PathVariable UUID listingId, @RequestBody VersionRequest body) {
        return session.marketplace().remove(listingId, body.expectedVersion());
    }

    @PostMapping("/transactions")
    @ResponseStatus(HttpStatus.CREATED)
    public TransactionView start(Session session, @RequestBody StartTransaction command) {
        return session.marketplace().startTransaction(command);
    }

    @PostMapping("/transactions/move")
    public TransactionView move(Session session, @RequestBody MoveTransaction command) {
        return session.marketplace().move(command);
    }

    @GetMapping("/transactions/{transactionId}")
    public TransactionView transaction(Session session, @PathVariable UUID transactionId) {
        return session.marketplace().transaction(transactionId);
    }

    @GetMapping("/transactions")
    public List<TransactionView> mine(Session session) {
        return session.marketplace().myTransactions();
    }
}
