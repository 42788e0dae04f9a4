package org.smilefactory.ui.marketplace;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.smilefactory.core.api.marketplace.ListingPage;
import org.smilefactory.core.api.marketplace.ListingQuery;
import org.smilefactory.core.api.marketplace.ListingStatus;
import org.smilefactory.core.api.marketplace.ListingType;
import org.smilefactory.core.api.marketplace.ListingView;
import org.smilefactory.core.api.marketplace.MarketplaceService;
import org.smilefactory.core.api.marketplace.MoveTransaction;
import org.smilefactory.core.api.marketplace.SaveListing;
import org.smilefactory.core.api.marketplace.StartTransaction;
import org.smilefactory.core.api.marketplace.TransactionStatus;
import org.smilefactory.core.api.marketplace.TransactionView;
import org.smilefactory.ui.l10n.Localization;
import org.smilefactory.ui.util.CurrentThreadTaskExecutor;

class MarketplaceViewModelTest {

    private final UUID me = UUID.randomUUID();
    private final UUID other = UUID.randomUUID();
    private final Fake market = new Fake();
    private final MarketplaceViewModel vm = new MarketplaceViewModel(market, me, new CurrentThreadTaskExecutor(),
            Localization.english());

    private ListingView listing(UUID seller, ListingStatus status) {
        return new ListingView(UUID.randomUUID(), 2, "Pump", "A pump", "Energy", ListingType.PRODUCT,
                new BigDecimal("350"), "USD", true, "Harare", List.of(), List.of(), null, 0, status, null, seller, "S",
                Instant.now(), Instant.now());
    }

    @Test
    void aPriceFilterThatIsNotAnAmountIsShownAndNothingIsAsked() {
        vm.minPriceProperty().set("cheap");
        vm.refresh();
        assertThat(vm.filterErrors().of("minPrice").get()).isNotEmpty();
        assertThat(market.queries).isEmpty();
        vm.minPriceProperty().set("10");
        vm.refresh();
        assertThat(market.queries).singleElement().satisfies(q -> assertThat(q.minPrice()).isEqualByComparingTo("10"));
    }

    @Test
    void offersAreOnlyForActiveListingsOfSomeoneElse() {
        assertThat(vm.canOffer(listing(other, ListingStatus.ACTIVE))).isTrue();
        assertThat(vm.canOffer(listing(me, ListingStatus.ACTIVE))).isFalse();
        assertThat(vm.canOffer(listing(other, ListingStatus.SOLD))).isFalse();
    }

    @Test
    void anOfferUsesTheAmountTypedAndMovesNameTheVersionSeen() {
        vm.select(listing(other, ListingStatus.ACTIVE));
        assertThat(vm.offerAmountProperty().get()).isEqualTo("350");
        vm.offerAmountProperty().set("320");
        vm.makeOffer();
        assertThat(market.started).singleElement().satisfies(s -> assertThat(s.amount()).isEqualByComparingTo("320"));
        TransactionView t = vm.selectedTransactionProperty().get();
        assertThat(t.allowedNext()).containsExactly(TransactionStatus.NEGOTIATING, TransactionStatus.CANCELLED);
        vm.move(TransactionStatus.NEGOTIATING);
        assertThat(market.moves).singleElement().satisfies(m -> {
            assertThat(m.expectedVersion()).isEqualTo(t.version());
            assertThat(m.to()).isEqualTo(TransactionStatus.NEGOTIATING);
        });
        assertThat(vm.selectedTransactionProperty().get().status()).isEqualTo(TransactionStatus.NEGOTIATING);
    }

    /** Answers like the backend would for the calls these tests make. */
    final class Fake implements MarketplaceService {
        final List<ListingQuery> queries = new ArrayList<>();
        final List<StartTransaction> started = new ArrayList<>();
        final List<MoveTransaction> moves = new ArrayList<>();

        private TransactionView tx(UUID id, long version, TransactionStatus status, BigDecimal amount) {
            return new TransactionView(id, version, UUID.randomUUID(), "Pump", other, "S", me, "B", amount, "USD", status,
                    null, Instant.now(), Instant.now(), status.next());
        }

        @Override
        public ListingPage browse(ListingQuery query) {
            queries.add(query);
            return new ListingPage(List.of(), null);
        }

        @Override
        public ListingView get(UUID listingId) {
            return listing(other, ListingStatus.ACTIVE);
        }

        @Override
        public ListingView create(SaveListing command) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ListingView update(SaveListing command) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ListingView remove(UUID listingId, long expectedVersion) {
            throw new UnsupportedOperationException();
        }

        @Override
        public TransactionView startTransaction(StartTransaction command) {
            started.add(command);
            return tx(UUID.randomUUID(), 0, TransactionStatus.INITIATED, command.amount());
        }

        @Override
        public TransactionView move(MoveTransaction command) {
            moves.add(command);
            return tx(command.transactionId(), command.expectedVersion() + 1, command.to(), BigDecimal.ONE);
        }

        @Override
        public TransactionView transaction(UUID transactionId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<TransactionView> myTransactions() {
            return List.of();
        }
    }
}
