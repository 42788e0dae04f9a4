package org.smilefactory.ui.marketplace;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.smilefactory.core.api.ValidationException;
import org.smilefactory.core.api.Violation;
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
import org.smilefactory.ui.l10n.HubTime;
import org.smilefactory.ui.l10n.Localization;
import org.smilefactory.ui.util.BackgroundTask;
import org.smilefactory.ui.util.Errors;
import org.smilefactory.ui.util.FieldErrors;
import org.smilefactory.ui.util.TaskExecutor;

/**
 * The Marketplace area: browsing with filters and search (keyset paging), a listing's detail with
 * "Make an offer", the seller's create/edit form with errors next to fields, and the member's
 * transactions with exactly the next steps the backend allows.
 */
public final class MarketplaceViewModel {

    private final MarketplaceService market;
    private final UUID me;
    private final TaskExecutor executor;
    private final Localization l10n;
    private final HubTime hubTime;
    private final String defaultCurrency;

    // browsing
    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObjectProperty<ListingType> typeFilter = new SimpleObjectProperty<>();
    private final StringProperty categoryFilter = new SimpleStringProperty("");
    private final StringProperty minPrice = new SimpleStringProperty("");
    private final StringProperty maxPrice = new SimpleStringProperty("");
    private final StringProperty locationFilter = new SimpleStringProperty("");
    private final BooleanProperty mineOnly = new SimpleBooleanProperty();
    private final FieldErrors filterErrors = new FieldErrors("minPrice", "maxPrice");
    private final ObservableList<ListingView> listings = FXCollections.observableArrayList();
    private final BooleanProperty hasMore = new SimpleBooleanProperty();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final ObjectProperty<ListingView> selected = new SimpleObjectProperty<>();
    private final StringProperty offerAmount = new SimpleStringProperty("");
    private final StringProperty offerMessage = new SimpleStringProperty("");
    private final FieldErrors offerErrors = new FieldErrors("amount", "message", "listingId");
    private final StringProperty errorMessage = new SimpleStringProperty("");
    private final StringProperty infoMessage = new SimpleStringProperty("");

    // transactions
    private final ObservableList<TransactionView> transactions = FXCollections.observableArrayList();
    private final ObjectProperty<TransactionView> selectedTransaction = new SimpleObjectProperty<>();

    // the form
    private final BooleanProperty editing = new SimpleBooleanProperty();
    private final BooleanProperty saving = new SimpleBooleanProperty();
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty description = new SimpleStringProperty("");
    private final StringProperty category = new SimpleStringProperty("");
    private final ObjectProperty<ListingType> type = new SimpleObjectProperty<>(ListingType.PRODUCT);
    private final StringProperty price = new SimpleStringProperty("");
    private final StringProperty currency = new SimpleStringProperty("USD");
    private final BooleanProperty negotiable = new SimpleBooleanProperty();
    private final StringProperty location = new SimpleStringProperty("");
    private final StringProperty tags = new SimpleStringProperty("");
    private final StringProperty images = new SimpleStringProperty("");
    private final StringProperty contactMethod = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> expiresOn = new SimpleObjectProperty<>();
    private final FieldErrors fieldErrors = new FieldErrors("title", "description", "category", "type", "price",
            "currency", "location", "tags", "images", "contactMethod", "expiresAt");
    private ListingView editingListing;

    private String nextCursor;
    private long generation;

    public MarketplaceViewModel(MarketplaceService market, UUID me, TaskExecutor executor, Localization l10n) {
        this(market, me, executor, l10n, HubTime.systemDefault(), null);
    }

    /**
     * Expiry days are the hub's days; a new listing starts in the hub's default currency ({@code null}:
     * USD, the service's own default).
     */
    public MarketplaceViewModel(MarketplaceService market, UUID me, TaskExecutor executor, Localization l10n,
                                HubTime hubTime, String defaultCurrency) {
        this.hubTime = Objects.requireNonNull(hubTime);
        this.defaultCurrency = defaultCurrency == null || defaultCurrency.isBlank() ? "USD" : defaultCurrency;
        this.market = Objects.requireNonNull(market);
        this.me = Objects.requireNonNull(me);
        this.executor = Objects.requireNonNull(executor);
        this.l10n = Objects.requireNonNull(l10n);
        typeFilter.addListener((o, a, b) -> refresh());
        mineOnly.addListener((o, a, b) -> refresh());
        filterErrors.clearOnChange(minPrice, "minPrice");
        filterErrors.clearOnChange(maxPrice, "maxPrice");
        offerErrors.clearOnChange(offerAmount, "amount");
        for (StringProperty p : List.of(title, description, category, price, currency, location, tags, images, contactMethod)) {
            p.addListener((o, a, b) -> errorMessage.set(""));
        }
        fieldErrors.clearOnChange(title, "title");
        fieldErrors.clearOnChange(description, "description");
        fieldErrors.clearOnChange(category, "category");
        fieldErrors.clearOnChange(price, "price");
        fieldErrors.clearOnChange(currency, "currency");
        fieldErrors.clearOnChange(images, "images");
        fieldErrors.clearOnChange(expiresOn, "expiresAt");
    }

    // ---------------------------------------------------------------------------------------------
    // browsing
    // ---------------------------------------------------------------------------------------------

    private ListingQuery query(String cursor) {
        filterErrors.clear();
        BigDecimal min = money(minPrice.get(), "minPrice", filterErrors);
        BigDecimal max = money(maxPrice.get(), "maxPrice", filterErrors);
        if (filterErrors.hasAny()) {
            return null;
        }
        return new ListingQuery(blank(searchText.get()), typeFilter.get() == null ? Set.of() : Set.of(typeFilter.get()),
                blank(categoryFilter.get()), min, max, blank(locationFilter.get()), mineOnly.get(), cursor,
                ListingQuery.DEFAULT_LIMIT);
    }

    private BigDecimal money(String text, String field, FieldErrors errors) {
        String t = text == null ? "" : text.trim();
        if (t.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            errors.set(field, l10n.get("marketplace.form.notAnAmount"));
            return null;
        }
    }

    public void refresh() {
        ListingQuery q = query(null);
        if (q == null) {
            return;
        }
        long mine = ++generation;
        BackgroundTask.wrap(() -> market.browse(q))
                .onRunning(() -> loading.set(true))
                .onSuccess(page -> {
                    if (mine == generation) {
                        listings.setAll(page.listings());
                        nextCursor = page.nextCursor();
                        hasMore.set(page.hasMore());
                        errorMessage.set("");
                    }
                })
                .onFailure(this::showError)
                .onFinished(() -> loading.set(false))
                .executeWith(executor);
        refreshTransactions();
    }

    public void loadMore() {
        ListingQuery q = nextCursor == null ? null : query(nextCursor);
        if (q == null) {
            return;
        }
        long mine = generation;
        BackgroundTask.wrap(() -> market.browse(q))
                .onSuccess((ListingPage page) -> {
                    if (mine == generation) {
                        listings.addAll(page.listings());
                        nextCursor = page.nextCursor();
                        hasMore.set(page.hasMore());
                    }
                })
                .onFailure(this::showError)
                .executeWith(executor);
    }

    public void select(ListingView listing) {
        if (listing == null) {
            selected.set(null);
            return;
        }
        selected.set(listing);
        offerAmount.set(listing.price() == null ? "" : listing.price().toPlainString());
        offerMessage.set("");
        offerErrors.clear();
        infoMessage.set("");
        UUID id = listing.id();
        BackgroundTask.wrap(() -> market.get(id))
                .onSuccess(view -> {
                    if (selected.get() != null && selected.get().id().equals(id)) {
                        selected.set(view);
                    }
                })
                .onFailure(this::showError)
                .executeWith(executor);
    }

    public boolean isMine(ListingView listing) {
        return listing != null && me.equals(listing.sellerId());
    }

    public boolean canOffer(ListingView listing) {
        return listing != null && !isMine(listing) && listing.status() == ListingStatus.ACTIVE;
    }

    public void makeOffer() {
        ListingView listing = selected.get();
        if (listing == null) {
            return;
        }
        offerErrors.clear();
        BigDecimal amount = money(offerAmount.get(), "amount", offerErrors);
        if (offerErrors.hasAny()) {
            return;
        }
        StartTransaction command = new StartTransaction(listing.id(), amount, blank(offerMessage.get()));
        BackgroundTask.wrap(() -> market.startTransaction(command))
                .onSuccess(t -> {
                    infoMessage.set(l10n.get("marketplace.offer.sent"));
                    errorMessage.set("");
                    refreshTransactions();
                    selectedTransaction.set(t);
                })
                .onFailure(error -> {
                    Throwable cause = Errors.unwrap(error);
                    if (cause instanceof ValidationException v) {
                        List<Violation> rest = offerErrors.apply(v);
                        if (!rest.isEmpty()) {
                            errorMessage.set(rest.get(0).message());
                        }
                    } else {
                        showError(error);
                    }
                })
                .executeWith(executor);
    }

    public void removeSelected() {
        ListingView listing = selected.get();
        if (listing == null) {
            return;
        }
        BackgroundTask.wrap(() -> market.remove(listing.id(), listing.version()))
                .onSuccess(view -> {
                    selected.set(view);
                    infoMessage.set(l10n.get("marketplace.removed"));
                    refresh();
                })
                .onFailure(this::showError)
                .executeWith(executor);
    }

    // ---------------------------------------------------------------------------------------------
    // transactions
    // ---------------------------------------------------------------------------------------------

    public void refreshTransactions() {
        BackgroundTask.wrap(market::myTransactions)
                .onSuccess(list -> {
                    TransactionView current = selectedTransaction.get();
                    transactions.setAll(list);
                    if (current != null) {
                        list.stream().filter(t -> t.id().equals(current.id())).findFirst().ifPresent(selectedTransaction::set);
                    }
                })
                .onFailure(this::showError)
                .executeWith(executor);
    }

    public void selectTransaction(TransactionView t) {
        selectedTransaction.set(t);
    }

    public void move(TransactionStatus to) {
        TransactionView t = selectedTransaction.get();
        if (t == null) {
            return;
        }
        MoveTransaction command = new MoveTransaction(t.id(), t.version(), to, null, null);
        BackgroundTask.wrap(() -> market.move(command))
                .onSuccess(view -> {
                    selectedTransaction.set(view);
                    infoMessage.set(l10n.format("marketplace.transaction.moved", l10n.label(to)));
                    errorMessage.set("");
                    refresh();
                })
                .onFailure(this::showError)
                .executeWith(executor);
    }

    public String counterparty(TransactionView t) {
        return me.equals(t.sellerId()) ? l10n.format("marketplace.transaction.buyer", t.buyerName())
                : l10n.format("marketplace.transaction.seller", t.sellerName());
    }

    // ---------------------------------------------------------------------------------------------
    // the form
    // ---------------------------------------------------------------------------------------------

    public void startCreate() {
        editingListing = null;
        title.set("");
        description.set("");
        category.set("");
        type.set(ListingType.PRODUCT);
        price.set("");
        currency.set(defaultCurrency);
        negotiable.set(false);
        location.set("");
        tags.set("");
        images.set("");
        contactMethod.set("");
        expiresOn.set(null);
        fieldErrors.clear();
        editing.set(true);
    }

    public void startEdit() {
        ListingView l = selected.get();
        if (l == null) {
            return;
        }
        editingListing = l;
        title.set(l.title());
        description.set(l.description());
        category.set(l.category());
        type.set(l.type());
        price.set(l.price() == null ? "" : l.price().toPlainString());
        currency.set(l.currency());
        negotiable.set(l.negotiable());
        location.set(nz(l.location()));
        tags.set(String.join(", ", l.tags()));
        images.set(String.join("\n", l.images()));
        contactMethod.set(nz(l.contactMethod()));
        expiresOn.set(l.expiresAt() == null ? null : hubTime.localDate(l.expiresAt()));
        fieldErrors.clear();
        editing.set(true);
    }

    public void cancelEdit() {
        editing.set(false);
        fieldErrors.clear();
    }

    public void save() {
        fieldErrors.clear();
        BigDecimal amount = money(price.get(), "price", fieldErrors);
        if (fieldErrors.hasAny()) {
            return;
        }
        ListingView base = editingListing;
        java.time.Instant expires = expiresOn.get() == null ? null
                : hubTime.startOfDay(expiresOn.get().plusDays(1));
        if (base != null && base.expiresAt() != null && expiresOn.get() != null
                && expiresOn.get().equals(hubTime.localDate(base.expiresAt()))) {
            expires = base.expiresAt();
        }
        SaveListing command = new SaveListing(base == null ? null : base.id(), base == null ? 0 : base.version(),
                title.get(), description.get(), category.get(), type.get(), amount, blank(currency.get()),
                negotiable.get(), blank(location.get()), split(tags.get(), ","), split(images.get(), "[\\n,]"),
                blank(contactMethod.get()), expires);
        BackgroundTask.wrap(() -> base == null ? market.create(command) : market.update(command))
                .onRunning(() -> saving.set(true))
                .onSuccess(view -> {
                    editing.set(false);
                    selected.set(view);
                    infoMessage.set(l10n.get("marketplace.saved"));
                    refresh();
                })
                .onFailure(error -> {
                    Throwable cause = Errors.unwrap(error);
                    if (cause instanceof ValidationException v) {
                        List<Violation> rest = fieldErrors.apply(v);
                        if (!rest.isEmpty()) {
                            errorMessage.set(rest.get(0).message());
                        }
                    } else {
                        showError(error);
                    }
                })
                .onFinished(() -> saving.set(false))
                .executeWith(executor);
    }

    private static List<String> split(String text, String regex) {
        return Arrays.stream((text == null ? "" : text).split(regex)).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private void showError(Throwable error) {
        errorMessage.set(Errors.messageOf(error, l10n));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    // ---------------------------------------------------------------------------------------------
    // properties
    // ---------------------------------------------------------------------------------------------

    public StringProperty searchTextProperty() { return searchText; }
    public ObjectProperty<ListingType> typeFilterProperty() { return typeFilter; }
    public StringProperty categoryFilterProperty() { return categoryFilter; }
    public StringProperty minPriceProperty() { return minPrice; }
    public StringProperty maxPriceProperty() { return maxPrice; }
    public StringProperty locationFilterProperty() { return locationFilter; }
    public BooleanProperty mineOnlyProperty() { return mineOnly; }
    public FieldErrors filterErrors() { return filterErrors; }
    public ObservableList<ListingView> listings() { return listings; }
    public BooleanProperty hasMoreProperty() { return hasMore; }
    public BooleanProperty loadingProperty() { return loading; }
    public ObjectProperty<ListingView> selectedProperty() { return selected; }
    public StringProperty offerAmountProperty() { return offerAmount; }
    public StringProperty offerMessageProperty() { return offerMessage; }
    public FieldErrors offerErrors() { return offerErrors; }
    public StringProperty errorMessageProperty() { return errorMessage; }
    public StringProperty infoMessageProperty() { return infoMessage; }
    public ObservableList<TransactionView> transactions() { return transactions; }
    public ObjectProperty<TransactionView> selectedTransactionProperty() { return selectedTransaction; }
    public BooleanProperty editingProperty() { return editing; }
    public BooleanProperty savingProperty() { return saving; }
    public StringProperty titleProperty() { return title; }
    public StringProperty descriptionProperty() { return description; }
    public StringProperty categoryProperty() { return category; }
    public ObjectProperty<ListingType> typeProperty() { return type; }
    public StringProperty priceProperty() { return price; }
    public StringProperty currencyProperty() { return currency; }
    public BooleanProperty negotiableProperty() { return negotiable; }
    public StringProperty locationProperty() { return location; }
    public StringProperty tagsProperty() { return tags; }
    public StringProperty imagesProperty() { return images; }
    public StringProperty contactMethodProperty() { return contactMethod; }
    public ObjectProperty<LocalDate> expiresOnProperty() { return expiresOn; }
    public FieldErrors fieldErrors() { return fieldErrors; }
    public boolean isCreating() { return editingListing == null; }
}
