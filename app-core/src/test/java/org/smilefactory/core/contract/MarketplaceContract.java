package org.smilefactory.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.smilefactory.core.api.ConflictException;
import org.smilefactory.core.api.NotFoundException;
import org.smilefactory.core.api.PermissionDeniedException;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.ValidationException;
import org.smilefactory.core.api.accounts.Role;
import org.smilefactory.core.api.marketplace.ListingPage;
import org.smilefactory.core.api.marketplace.ListingQuery;
import org.smilefactory.core.api.marketplace.ListingStatus;
import org.smilefactory.core.api.marketplace.ListingType;
import org.smilefactory.core.api.marketplace.ListingView;
import org.smilefactory.core.api.marketplace.MoveTransaction;
import org.smilefactory.core.api.marketplace.SaveListing;
import org.smilefactory.core.api.marketplace.StartTransaction;
import org.smilefactory.core.api.marketplace.TransactionStatus;
import org.smilefactory.core.api.marketplace.TransactionView;
import org.smilefactory.core.testsupport.Hubs;

/** Marketplace listings and transactions — on any backend. */
public abstract class MarketplaceContract extends ContractFixture {

    private static final AtomicInteger SEQ = new AtomicInteger();

    /** Moves a listing's expiry date into the past, as time passing would (the contract refuses past dates). */
    protected abstract void expire(UUID listingId);

    /** How many 'transaction_update' notifications the member has (the notifications service is another feature). */
    protected abstract long transactionNotifications(UUID memberId);

    private Session member(String first) {
        return Hubs.member(backend, admin, Role.USER, first, "Trader");
    }

    private static String unique(String prefix) {
        return prefix + SEQ.incrementAndGet() + UUID.randomUUID().toString().substring(0, 6);
    }

    private static SaveListing listing(String title, String category, ListingType type, String price, String location) {
        return new SaveListing(null, 0, title, "A fine " + title, category, type, price == null ? null : new BigDecimal(price),
                "USD", true, location, List.of("used", "tools"), List.of("https://img.example.org/" + SEQ.get() + ".jpg"),
                "message", Instant.now().plus(Duration.ofDays(30)));
    }

    private static ListingQuery byCategory(String category) {
        return new ListingQuery(null, Set.of(), category, null, null, null, false, null, 50);
    }

    private static List<UUID> ids(ListingPage page) {
        return page.listings().stream().map(ListingView::id).toList();
    }

    private TransactionView move(Session s, TransactionView t, TransactionStatus to) {
        return s.marketplace().move(new MoveTransaction(t.id(), t.version(), to, null, null));
    }

    @Test
    void aListingIsCreatedWithAllItsFieldsAndCountsViewsByOthers() {
        Session seller = member("Seller");
        String category = unique("cat");
        ListingView l = seller.marketplace().create(listing("Solar panel", category, ListingType.PRODUCT, "120.50", "Bulawayo"));
        assertThat(l.status()).isEqualTo(ListingStatus.ACTIVE);
        assertThat(l.price()).isEqualByComparingTo("120.50");
        assertThat(l.currency()).isEqualTo("USD");
        assertThat(l.negotiable()).isTrue();
        assertThat(l.tags()).containsExactly("used", "tools");
        assertThat(l.images()).hasSize(1);
        assertThat(l.sellerId()).isEqualTo(seller.member().id());
        assertThat(l.sellerName()).isEqualTo("Seller Trader");
        assertThat(seller.marketplace().get(l.id()).viewCount()).as("the seller's own views do not count").isZero();
        Session buyer = member("Looker");
        buyer.marketplace().get(l.id());
        assertThat(buyer.marketplace().get(l.id()).viewCount()).isEqualTo(2);
        assertThat(seller.marketplace().get(l.id()).version()).as("views are not edits").isEqualTo(l.version());
    }

    @Test
    void badListingsAreRefusedFieldByFieldAndNothingIsWritten() {
        Session seller = member("Careless");
        String category = unique("bad");
        SaveListing bad = new SaveListing(null, 0, "", "desc", category, null, new BigDecimal("-1"), "usd", false, null,
                List.of(), List.of("ftp://nope"), null, Instant.now().minus(Duration.ofDays(1)));
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> seller.marketplace().create(bad));
        assertThat(e.violationOf("title")).isPresent();
        assertThat(e.violationOf("type")).isPresent();
        assertThat(e.violationOf("price")).isPresent();
        assertThat(e.violationOf("currency")).isPresent();
        assertThat(e.violationOf("images")).isPresent();
        assertThat(e.violationOf("expiresAt")).isPresent();
        assertThat(seller.marketplace().browse(new ListingQuery(null, Set.of(), null, null, null, null, true, null, 50))
                .listings()).isEmpty();
    }

    @Test
    void browsingFiltersByTypeCategoryPriceLocationAndText() {
        Session seller = member("Shop");
        String category = unique("browse");
        ListingView cheap = seller.marketplace().create(listing("Maize sheller", category, ListingType.PRODUCT, "40", "Harare"));
        ListingView dear = seller.marketplace().create(listing("Irrigation pump", category, ListingType.PRODUCT, "900", "Mutare"));
        ListingView job = seller.marketplace().create(listing("Java developer wanted", category, ListingType.JOB, null, "Harare CBD"));
        Session buyer = member("Browser");
        assertThat(ids(buyer.marketplace().browse(byCategory(category)))).containsExactly(job.id(), dear.id(), cheap.id());
        assertThat(ids(buyer.marketplace().browse(new ListingQuery(null, Set.of(ListingType.JOB), category, null, null,
                null, false, null, 50)))).containsExactly(job.id());
        assertThat(ids(buyer.marketplace().browse(new ListingQuery(null, Set.of(), category, new BigDecimal("10"),
                new BigDecimal("100"), null, false, null, 50)))).containsExactly(cheap.id());
        assertThat(ids(buyer.marketplace().browse(new ListingQuery(null, Set.of(), category, null, null, "harare",
                false, null, 50)))).containsExactly(job.id(), cheap.id());
        assertThat(ids(buyer.marketplace().browse(new ListingQuery("pumps", Set.of(), category, null, null, null,
                false, null, 50)))).containsExactly(dear.id());
        assertThat(ids(buyer.marketplace().browse(new ListingQuery("develop", Set.of(), null, null, null, null,
                false, null, 200)))).contains(job.id());
        ValidationException range = catchThrowableOfType(ValidationException.class, () -> buyer.marketplace().browse(
                new ListingQuery(null, Set.of(), category, new BigDecimal("5"), new BigDecimal("1"), null, false, null, 50)));
        assertThat(range.violationOf("minPrice")).isPresent();
    }

    @Test
    void browsingPagesWithoutGapsOrRepeats() {
        Session seller = member("Pager");
        String category = unique("pages");
        List<UUID> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(0, seller.marketplace().create(listing("Item " + i, category, ListingType.SERVICE, "1", null)).id());
        }
        List<UUID> seen = new ArrayList<>();
        ListingQuery q = new ListingQuery(null, Set.of(), category, null, null, null, false, null, 2);
        ListingPage page;
        do {
            page = seller.marketplace().browse(q);
            seen.addAll(ids(page));
            q = q.withCursor(page.nextCursor());
        } while (page.hasMore());
        assertThat(seen).containsExactlyElementsOf(created);
    }

    @Test
    void onlyTheSellerEditsAtTheCurrentVersion() {
        Session seller = member("Owner");
        ListingView l = seller.marketplace().create(listing("Laptop", unique("edit"), ListingType.PRODUCT, "300", "Harare"));
        SaveListing edit = new SaveListing(l.id(), l.version(), "Laptop, barely used", l.description(), l.category(),
                l.type(), new BigDecimal("280"), "USD", false, l.location(), l.tags(), l.images(), "phone", l.expiresAt());
        ListingView edited = seller.marketplace().update(edit);
        assertThat(edited.title()).isEqualTo("Laptop, barely used");
        assertThat(edited.price()).isEqualByComparingTo("280");
        assertThatThrownBy(() -> seller.marketplace().update(edit)).isInstanceOf(ConflictException.class);
        Session other = member("Meddler");
        SaveListing hostile = new SaveListing(l.id(), edited.version(), "Free laptop", l.description(), l.category(),
                l.type(), BigDecimal.ZERO, "USD", false, null, null, null, null, null);
        assertThatThrownBy(() -> other.marketplace().update(hostile)).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> other.marketplace().remove(l.id(), edited.version())).isInstanceOf(PermissionDeniedException.class);
        assertThat(other.marketplace().get(l.id()).title()).isEqualTo("Laptop, barely used");
    }

    @Test
    void aTransactionWalksToCompletedAndTheListingIsSold() {
        Session seller = member("Vendor");
        Session buyer = member("Buyer");
        String category = unique("walk");
        ListingView l = seller.marketplace().create(listing("Poultry feeder", category, ListingType.PRODUCT, "75", "Gweru"));
        long sellerNotesBefore = transactionNotifications(seller.member().id());
        TransactionView t = buyer.marketplace().startTransaction(new StartTransaction(l.id(), new BigDecimal("60"), "Would you take 60?"));
        assertThat(t.status()).isEqualTo(TransactionStatus.INITIATED);
        assertThat(t.amount()).isEqualByComparingTo("60");
        assertThat(t.buyerId()).isEqualTo(buyer.member().id());
        assertThat(t.sellerId()).isEqualTo(seller.member().id());
        assertThat(t.listingTitle()).isEqualTo("Poultry feeder");
        assertThat(t.allowedNext()).containsExactly(TransactionStatus.NEGOTIATING, TransactionStatus.CANCELLED);
        assertThat(transactionNotifications(seller.member().id())).isEqualTo(sellerNotesBefore + 1);

        TransactionView negotiating = seller.marketplace().move(new MoveTransaction(t.id(), t.version(),
                TransactionStatus.NEGOTIATING, new BigDecimal("70"), "70 and it is yours"));
        assertThat(negotiating.amount()).isEqualByComparingTo("70");
        assertThat(transactionNotifications(buyer.member().id())).isEqualTo(1);
        TransactionView agreed = move(buyer, negotiating, TransactionStatus.AGREED);
        assertThatThrownBy(() -> move(buyer, negotiating, TransactionStatus.AGREED)).as("a stale version")
                .isInstanceOf(ConflictException.class);
        TransactionView completed = move(seller, agreed, TransactionStatus.COMPLETED);
        assertThat(completed.status()).isEqualTo(TransactionStatus.COMPLETED);
        assertThat(completed.allowedNext()).isEmpty();
        assertThat(seller.marketplace().get(l.id()).status()).isEqualTo(ListingStatus.SOLD);
        assertThat(ids(buyer.marketplace().browse(byCategory(category)))).isEmpty();
        assertThat(buyer.marketplace().myTransactions()).extracting(TransactionView::id).contains(t.id());
        assertThat(seller.marketplace().myTransactions()).extracting(TransactionView::id).contains(t.id());

        Session late = member("Late");
        ConflictException sold = catchThrowableOfType(ConflictException.class,
                () -> late.marketplace().startTransaction(new StartTransaction(l.id(), null, null)));
        assertThat(sold.getMessage()).contains("sold");
    }

    @Test
    void onlyValidTransitionsAreAllowed() {
        Session seller = member("Strict");
        Session buyer = member("Eager");
        ListingView l = seller.marketplace().create(listing("Desk", unique("rules"), ListingType.PRODUCT, "50", null));
        TransactionView t = buyer.marketplace().startTransaction(new StartTransaction(l.id(), null, null));
        assertThat(t.amount()).as("no amount means the listed price").isEqualByComparingTo("50");
        ValidationException skip = catchThrowableOfType(ValidationException.class,
                () -> move(seller, t, TransactionStatus.COMPLETED));
        assertThat(skip.violationOf("to")).isPresent();
        assertThat(skip.getMessage()).contains("initiated").contains("completed");
        TransactionView cancelled = move(buyer, t, TransactionStatus.CANCELLED);
        assertThat(cancelled.allowedNext()).isEmpty();
        assertThatThrownBy(() -> move(seller, cancelled, TransactionStatus.NEGOTIATING)).isInstanceOf(ValidationException.class);
        assertThat(seller.marketplace().get(l.id()).status()).isEqualTo(ListingStatus.ACTIVE);
        assertThat(buyer.marketplace().startTransaction(new StartTransaction(l.id(), null, null)).status())
                .as("after a cancelled deal a new one may start").isEqualTo(TransactionStatus.INITIATED);
        assertThatThrownBy(() -> buyer.marketplace().startTransaction(new StartTransaction(l.id(), null, null)))
                .as("one open transaction per buyer and listing").isInstanceOf(ConflictException.class);
    }

    @Test
    void onlyTheTwoPartiesSeeAndMoveATransactionAndNobodyBuysTheirOwnListing() {
        Session seller = member("Private");
        Session buyer = member("Party");
        Session stranger = member("Stranger");
        ListingView l = seller.marketplace().create(listing("Bicycle", unique("parties"), ListingType.PRODUCT, "90", null));
        ValidationException own = catchThrowableOfType(ValidationException.class,
                () -> seller.marketplace().startTransaction(new StartTransaction(l.id(), null, null)));
        assertThat(own.violationOf("listingId")).isPresent();
        TransactionView t = buyer.marketplace().startTransaction(new StartTransaction(l.id(), null, null));
        assertThatThrownBy(() -> stranger.marketplace().transaction(t.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> move(stranger, t, TransactionStatus.CANCELLED)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> move(admin, t, TransactionStatus.CANCELLED)).as("staff are not a party either")
                .isInstanceOf(NotFoundException.class);
        assertThat(stranger.marketplace().myTransactions()).extracting(TransactionView::id).doesNotContain(t.id());
        assertThat(buyer.marketplace().transaction(t.id()).status()).isEqualTo(TransactionStatus.INITIATED);
    }

    @Test
    void completingOneDealCancelsTheOtherOpenOffers() {
        Session seller = member("Popular");
        Session first = member("First");
        Session second = member("Second");
        ListingView l = seller.marketplace().create(listing("Generator", unique("compete"), ListingType.PRODUCT, "500", null));
        TransactionView a = first.marketplace().startTransaction(new StartTransaction(l.id(), null, null));
        TransactionView b = second.marketplace().startTransaction(new StartTransaction(l.id(), null, null));
        TransactionView agreed = move(first, move(seller, a, TransactionStatus.NEGOTIATING), TransactionStatus.AGREED);
        move(seller, agreed, TransactionStatus.COMPLETED);
        assertThat(second.marketplace().transaction(b.id()).status()).isEqualTo(TransactionStatus.CANCELLED);
    }

    @Test
    void onceOneOfferIsAgreedNoOtherCanBeAgreedUntilThatDealIsCancelled() {
        Session seller = member("Single");
        Session first = member("Quick");
        Session second = member("Slow");
        ListingView l = seller.marketplace().create(listing("Welder", unique("exclusive"), ListingType.PRODUCT, "300", null));
        TransactionView a = move(seller, first.marketplace().startTransaction(new StartTransaction(l.id(), null, null)),
                TransactionStatus.NEGOTIATING);
        TransactionView b = move(seller, second.marketplace().startTransaction(new StartTransaction(l.id(), null, null)),
                TransactionStatus.NEGOTIATING);
        TransactionView agreed = move(first, a, TransactionStatus.AGREED);

        ConflictException taken = catchThrowableOfType(ConflictException.class, () -> move(second, b, TransactionStatus.AGREED));
        assertThat(taken.getMessage()).contains("already agreed").contains("Welder");
        assertThat(second.marketplace().transaction(b.id()).status()).isEqualTo(TransactionStatus.NEGOTIATING);
        assertThatThrownBy(() -> move(seller, b, TransactionStatus.AGREED)).as("the seller cannot agree twice either")
                .isInstanceOf(ConflictException.class);

        move(first, agreed, TransactionStatus.CANCELLED);
        assertThat(move(second, b, TransactionStatus.AGREED).status()).as("free again once the deal is cancelled")
                .isEqualTo(TransactionStatus.AGREED);
    }

    @Test
    void buyersAgreeingAtTheSameMomentGetOneAgreementAndConflictsForTheRest() throws Exception {
        Session seller = member("Contested");
        ListingView l = seller.marketplace().create(listing("Tractor", unique("race"), ListingType.PRODUCT, "9000", null));
        List<Session> buyers = new ArrayList<>();
        List<TransactionView> offers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Session buyer = member("Racer" + i);
            buyers.add(buyer);
            offers.add(move(seller, buyer.marketplace().startTransaction(new StartTransaction(l.id(), null, null)),
                    TransactionStatus.NEGOTIATING));
        }
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(buyers.size());
        List<java.util.concurrent.Future<TransactionStatus>> results = new ArrayList<>();
        try {
            for (int i = 0; i < buyers.size(); i++) {
                Session buyer = buyers.get(i);
                TransactionView offer = offers.get(i);
                results.add(pool.submit(() -> {
                    go.await();
                    return move(buyer, offer, TransactionStatus.AGREED).status();
                }));
            }
            go.countDown();
            int agreed = 0;
            int conflicts = 0;
            for (java.util.concurrent.Future<TransactionStatus> r : results) {
                try {
                    assertThat(r.get(60, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(TransactionStatus.AGREED);
                    agreed++;
                } catch (java.util.concurrent.ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(ConflictException.class);
                    conflicts++;
                }
            }
            assertThat(agreed).isEqualTo(1);
            assertThat(conflicts).isEqualTo(buyers.size() - 1);
        } finally {
            pool.shutdownNow();
        }
        long agreedRows = seller.marketplace().myTransactions().stream()
                .filter(t -> t.listingId().equals(l.id()) && t.status() == TransactionStatus.AGREED).count();
        assertThat(agreedRows).isEqualTo(1);
    }

    @Test
    void removedListingsDisappearForOthersAndCancelOpenDeals() {
        Session seller = member("Remover");
        Session buyer = member("Hopeful");
        String category = unique("removed");
        ListingView l = seller.marketplace().create(listing("Tent", category, ListingType.PRODUCT, "30", null));
        TransactionView t = buyer.marketplace().startTransaction(new StartTransaction(l.id(), null, null));
        ListingView removed = seller.marketplace().remove(l.id(), l.version());
        assertThat(removed.status()).isEqualTo(ListingStatus.REMOVED);
        assertThat(buyer.marketplace().transaction(t.id()).status()).isEqualTo(TransactionStatus.CANCELLED);
        assertThatThrownBy(() -> member("Other").marketplace().get(l.id())).isInstanceOf(NotFoundException.class);
        assertThat(ids(buyer.marketplace().browse(byCategory(category)))).isEmpty();
        assertThat(seller.marketplace().browse(new ListingQuery(null, Set.of(), category, null, null, null, true, null, 50))
                .listings()).extracting(ListingView::status).containsExactly(ListingStatus.REMOVED);
    }

    @Test
    void expiredListingsStopShowingAsActiveAndTakeNoOffers() {
        Session seller = member("Expiring");
        String category = unique("expiry");
        ListingView l = seller.marketplace().create(listing("Old chair", category, ListingType.PRODUCT, "5", null));
        expire(l.id());
        Session buyer = member("Bargain");
        assertThat(buyer.marketplace().get(l.id()).status()).isEqualTo(ListingStatus.EXPIRED);
        assertThat(ids(buyer.marketplace().browse(byCategory(category)))).isEmpty();
        assertThatThrownBy(() -> buyer.marketplace().startTransaction(new StartTransaction(l.id(), null, null)))
                .isInstanceOf(ConflictException.class);
        ListingView current = seller.marketplace().get(l.id());
        ListingView relisted = seller.marketplace().update(new SaveListing(l.id(), current.version(), l.title(),
                l.description(), l.category(), l.type(), l.price(), l.currency(), l.negotiable(), l.location(), l.tags(),
                l.images(), l.contactMethod(), Instant.now().plus(Duration.ofDays(10))));
        assertThat(relisted.status()).as("a new expiry date puts it back").isEqualTo(ListingStatus.ACTIVE);
    }
}
