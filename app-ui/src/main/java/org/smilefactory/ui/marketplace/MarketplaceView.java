package org.smilefactory.ui.marketplace;

import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.smilefactory.core.api.marketplace.ListingType;
import org.smilefactory.core.api.marketplace.ListingView;
import org.smilefactory.core.api.marketplace.TransactionStatus;
import org.smilefactory.core.api.marketplace.TransactionView;
import org.smilefactory.ui.l10n.HubTime;
import org.smilefactory.ui.l10n.Localization;
import org.smilefactory.ui.shell.AreaView;
import org.smilefactory.ui.util.EmptyState;
import org.smilefactory.ui.util.Forms;

/** Binds the Marketplace area to {@link MarketplaceViewModel}: a Browse tab and a My transactions tab. */
public final class MarketplaceView implements AreaView {

    private final MarketplaceViewModel vm;
    private final Localization l10n;
    private final HubTime hubTime;
    private final BorderPane root = new BorderPane();
    private final TextField searchField = new TextField();
    private final VBox detail = new VBox(10);
    private final VBox form = new VBox(10);
    private final VBox transactionDetail = new VBox(10);
    private final PauseTransition debounce = new PauseTransition(Duration.millis(250));

    public MarketplaceView(MarketplaceViewModel vm, Localization l10n) {
        this(vm, l10n, HubTime.systemDefault());
    }

    /** Expiry days in the hub's zone, as the view model reads and saves them. */
    public MarketplaceView(MarketplaceViewModel vm, Localization l10n, HubTime hubTime) {
        this.vm = vm;
        this.l10n = l10n;
        this.hubTime = hubTime;
        build();
    }

    private void build() {
        Label title = new Label(l10n.get("area.marketplace"));
        title.getStyleClass().add(Styles.TITLE_2);
        VBox top = new VBox(8, title, banner());
        top.setPadding(new Insets(20, 24, 8, 24));
        root.setTop(top);
        Tab browse = new Tab(l10n.get("marketplace.tab.browse"), browseTab());
        browse.setId("browseTab");
        Tab transactions = new Tab(l10n.get("marketplace.tab.transactions"), transactionsTab());
        transactions.setId("transactionsTab");
        TabPane tabs = new TabPane(browse, transactions);
        tabs.setId("marketplaceTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, t) -> {
            if (t == transactions) {
                vm.refreshTransactions();
            }
        });
        root.setCenter(tabs);
    }

    private Node banner() {
        Message error = new Message(l10n.get("marketplace.error.title"), "");
        error.setId("marketplaceErrorBanner");
        error.getStyleClass().add(Styles.DANGER);
        error.descriptionProperty().bind(vm.errorMessageProperty());
        error.visibleProperty().bind(vm.errorMessageProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        Label info = new Label();
        info.setId("marketplaceInfoLabel");
        info.getStyleClass().add(Styles.SUCCESS);
        info.textProperty().bind(vm.infoMessageProperty());
        info.visibleProperty().bind(vm.infoMessageProperty().isNotEmpty());
        info.managedProperty().bind(info.visibleProperty());
        return new VBox(4, error, info);
    }

    // ---------------------------------------------------------------------------------------------
    // browse
    // ---------------------------------------------------------------------------------------------

    private Node browseTab() {
        searchField.setId("listingSearchField");
        searchField.setPromptText(l10n.get("marketplace.search.prompt"));
        searchField.textProperty().bindBidirectional(vm.searchTextProperty());
        searchField.textProperty().addListener((o, a, b) -> debounce.playFromStart());
        ComboBox<ListingType> typeBox = new ComboBox<>();
        typeBox.setId("listingTypeFilter");
        typeBox.getItems().add(null);
        typeBox.getItems().addAll(ListingType.values());
        typeBox.setConverter(enumConverter("marketplace.filter.allTypes"));
        typeBox.valueProperty().bindBidirectional(vm.typeFilterProperty());
        TextField category = filterField("listingCategoryFilter", "marketplace.filter.category", vm.categoryFilterProperty());
        TextField min = filterField("minPriceField", "marketplace.filter.minPrice", vm.minPriceProperty());
        TextField max = filterField("maxPriceField", "marketplace.filter.maxPrice", vm.maxPriceProperty());
        min.setPrefColumnCount(6);
        max.setPrefColumnCount(6);
        TextField location = filterField("listingLocationFilter", "marketplace.filter.location", vm.locationFilterProperty());
        debounce.setOnFinished(e -> vm.refresh());
        CheckBox mine = new CheckBox(l10n.get("marketplace.filter.mine"));
        mine.setId("myListingsBox");
        mine.selectedProperty().bindBidirectional(vm.mineOnlyProperty());
        Button newListing = new Button(l10n.get("marketplace.action.new"), new FontIcon(Feather.PLUS));
        newListing.setId("newListingButton");
        newListing.getStyleClass().add(Styles.ACCENT);
        newListing.setOnAction(e -> vm.startCreate());
        Label minError = new Label();
        Forms.bindError(min, minError, vm.filterErrors().of("minPrice"));
        Label maxError = new Label();
        Forms.bindError(max, maxError, vm.filterErrors().of("maxPrice"));
        HBox row1 = new HBox(8, searchField, typeBox, newListing);
        HBox.setHgrow(searchField, Priority.ALWAYS);
        HBox row2 = new HBox(8, category, min, max, location, mine);
        row2.setAlignment(Pos.CENTER_LEFT);
        VBox filters = new VBox(6, row1, row2, new HBox(8, minError, maxError));
        filters.setPadding(new Insets(10, 24, 6, 24));

        ListView<ListingView> list = new ListView<>(vm.listings());
        list.setId("listingList");
        list.setCellFactory(v -> new ListingCell());
        list.getStyleClass().add("directory-list");
        list.getSelectionModel().selectedItemProperty().addListener((o, a, l) -> {
            if (l != null && (vm.selectedProperty().get() == null || !vm.selectedProperty().get().id().equals(l.id()))) {
                vm.select(l);
            }
        });
        EmptyState empty = new EmptyState(Feather.SHOPPING_BAG, l10n.get("marketplace.empty.title"),
                l10n.get("marketplace.empty.description"));
        empty.visibleProperty().bind(Bindings.isEmpty(vm.listings()).and(vm.loadingProperty().not()));
        Button more = new Button(l10n.get("marketplace.loadMore"));
        more.setId("moreListingsButton");
        more.visibleProperty().bind(vm.hasMoreProperty());
        more.managedProperty().bind(more.visibleProperty());
        more.setOnAction(e -> vm.loadMore());
        StackPane listStack = new StackPane(list, empty);
        VBox left = new VBox(6, listStack, more);
        VBox.setVgrow(listStack, Priority.ALWAYS);
        left.setPadding(new Insets(0, 0, 12, 24));
        left.setMinWidth(300);

        detail.setId("listingDetail");
        detail.setPadding(new Insets(0, 24, 24, 16));
        form.setId("listingForm");
        form.setPadding(new Insets(0, 24, 24, 16));
        buildForm();
        EmptyState none = new EmptyState(Feather.INFO, l10n.get("marketplace.none.title"), l10n.get("marketplace.none.description"));
        ScrollPane detailScroll = new ScrollPane(detail);
        detailScroll.setFitToWidth(true);
        ScrollPane formScroll = new ScrollPane(form);
        formScroll.setFitToWidth(true);
        none.visibleProperty().bind(vm.selectedProperty().isNull().and(vm.editingProperty().not()));
        detailScroll.visibleProperty().bind(vm.selectedProperty().isNotNull().and(vm.editingProperty().not()));
        formScroll.visibleProperty().bind(vm.editingProperty());
        vm.selectedProperty().addListener((o, a, l) -> renderDetail(l));

        SplitPane split = new SplitPane(left, new StackPane(none, detailScroll, formScroll));
        split.setDividerPositions(0.42);
        BorderPane tab = new BorderPane(split);
        tab.setTop(filters);
        return tab;
    }

    private TextField filterField(String id, String promptKey, StringProperty property) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(l10n.get(promptKey));
        field.textProperty().bindBidirectional(property);
        field.textProperty().addListener((o, a, b) -> debounce.playFromStart());
        return field;
    }

    private String money(java.math.BigDecimal amount, String currency) {
        if (amount == null) {
            return l10n.get("marketplace.priceOnRequest");
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.UK);
        try {
            format.setCurrency(Currency.getInstance(currency));
        } catch (IllegalArgumentException e) {
            return amount.toPlainString() + " " + currency;
        }
        return format.format(amount);
    }

    private void renderDetail(ListingView l) {
        detail.getChildren().clear();
        if (l == null) {
            return;
        }
        Label title = new Label(l.title());
        title.setId("listingTitleLabel");
        title.getStyleClass().add(Styles.TITLE_3);
        title.setWrapText(true);
        Label price = new Label(money(l.price(), l.currency()) + (l.negotiable() ? " · " + l10n.get("marketplace.negotiable") : ""));
        price.setId("listingPriceLabel");
        price.getStyleClass().add(Styles.TITLE_4);
        Label status = new Label(l10n.label(l.status()));
        status.setId("listingStatusLabel");
        status.getStyleClass().add("chip");
        Label meta = new Label(l10n.format("marketplace.detail.meta", l10n.label(l.type()), l.category(),
                l.location() == null ? "—" : l.location(), l.sellerName(), l.viewCount()));
        meta.getStyleClass().add(Styles.TEXT_MUTED);
        meta.setWrapText(true);
        Label description = new Label(l.description());
        description.setWrapText(true);
        detail.getChildren().addAll(title, new HBox(8, price, status), meta, description);
        if (!l.tags().isEmpty()) {
            FlowPane chips = new FlowPane(4, 4);
            l.tags().forEach(t -> {
                Label chip = new Label(t);
                chip.getStyleClass().add("chip");
                chips.getChildren().add(chip);
            });
            detail.getChildren().add(chips);
        }
        for (String url : l.images()) {
            Label image = new Label(url);
            image.getStyleClass().add(Styles.TEXT_SMALL);
            detail.getChildren().add(image);
        }
        if (l.contactMethod() != null) {
            detail.getChildren().add(new Label(l10n.format("marketplace.detail.contact", l.contactMethod())));
        }
        if (l.expiresAt() != null) {
            detail.getChildren().add(new Label(l10n.format("marketplace.detail.expires", hubTime.date(l.expiresAt()))));
        }
        if (vm.canOffer(l)) {
            TextField amount = new TextField();
            amount.setId("offerAmountField");
            amount.textProperty().bindBidirectional(vm.offerAmountProperty());
            TextField message = new TextField();
            message.setId("offerMessageField");
            message.setPromptText(l10n.get("marketplace.offer.message"));
            message.textProperty().bindBidirectional(vm.offerMessageProperty());
            Label amountError = new Label();
            Forms.bindError(amount, amountError, vm.offerErrors().of("amount"));
            Label listingError = new Label();
            Forms.bindError(message, listingError, vm.offerErrors().of("listingId"));
            Button offer = new Button(l10n.get("marketplace.offer.action"), new FontIcon(Feather.SEND));
            offer.setId("makeOfferButton");
            offer.getStyleClass().add(Styles.ACCENT);
            offer.setOnAction(e -> vm.makeOffer());
            Label offerTitle = new Label(l10n.get("marketplace.offer.title"));
            offerTitle.getStyleClass().add(Styles.TITLE_4);
            detail.getChildren().addAll(offerTitle, new Label(l10n.get("marketplace.offer.amount")), amount, amountError,
                    message, listingError, offer);
        }
        if (vm.isMine(l)) {
            Button edit = new Button(l10n.get("marketplace.action.edit"), new FontIcon(Feather.EDIT_2));
            edit.setId("editListingButton");
            edit.setOnAction(e -> vm.startEdit());
            Button remove = new Button(l10n.get("marketplace.action.remove"), new FontIcon(Feather.TRASH_2));
            remove.setId("removeListingButton");
            remove.getStyleClass().add(Styles.DANGER);
            remove.setOnAction(e -> vm.removeSelected());
            detail.getChildren().add(new HBox(8, edit, remove));
        }
    }

    private void buildForm() {
        Label title = new Label();
        title.getStyleClass().add(Styles.TITLE_3);
        vm.editingProperty().addListener((o, a, b) ->
                title.setText(l10n.get(vm.isCreating() ? "marketplace.form.create" : "marketplace.form.edit")));
        ComboBox<ListingType> typeBox = new ComboBox<>();
        typeBox.setId("listingTypeBox");
        typeBox.getItems().setAll(ListingType.values());
        typeBox.setConverter(enumConverter(null));
        typeBox.valueProperty().bindBidirectional(vm.typeProperty());
        CheckBox negotiable = new CheckBox(l10n.get("marketplace.form.negotiable"));
        negotiable.setId("listingNegotiableBox");
        negotiable.selectedProperty().bindBidirectional(vm.negotiableProperty());
        DatePicker expires = new DatePicker();
        expires.setId("listingExpiresPicker");
        expires.valueProperty().bindBidirectional(vm.expiresOnProperty());
        TextArea images = area("listingImagesArea", vm.imagesProperty());
        images.setPromptText(l10n.get("marketplace.form.images.prompt"));
        Button save = new Button(l10n.get("marketplace.form.save"), new FontIcon(Feather.CHECK));
        save.setId("saveListingButton");
        save.getStyleClass().add(Styles.ACCENT);
        save.disableProperty().bind(vm.savingProperty());
        save.setOnAction(e -> vm.save());
        Button cancel = new Button(l10n.get("marketplace.form.cancel"));
        cancel.setId("cancelListingButton");
        cancel.setOnAction(e -> vm.cancelEdit());
        form.getChildren().addAll(title,
                row("marketplace.form.title", text("listingTitleField", vm.titleProperty()), "title"),
                row("marketplace.form.type", typeBox, "type"),
                row("marketplace.form.category", text("listingCategoryField", vm.categoryProperty()), "category"),
                row("marketplace.form.description", area("listingDescriptionArea", vm.descriptionProperty()), "description"),
                row("marketplace.form.price", text("listingPriceField", vm.priceProperty()), "price"),
                row("marketplace.form.currency", text("listingCurrencyField", vm.currencyProperty()), "currency"),
                negotiable,
                row("marketplace.form.location", text("listingLocationField", vm.locationProperty()), "location"),
                row("marketplace.form.tags", text("listingTagsField", vm.tagsProperty()), "tags"),
                row("marketplace.form.images", images, "images"),
                row("marketplace.form.contact", text("listingContactField", vm.contactMethodProperty()), "contactMethod"),
                row("marketplace.form.expires", expires, "expiresAt"),
                new HBox(8, save, cancel));
    }

    private Node row(String labelKey, Node input, String field) {
        Label label = new Label(l10n.get(labelKey));
        label.setLabelFor(input);
        Label error = new Label();
        error.setId("listing-" + field + "Error");
        Forms.bindError(input, error, vm.fieldErrors().of(field));
        return new VBox(4, label, input, error);
    }

    private static TextField text(String id, StringProperty property) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    private static TextArea area(String id, StringProperty property) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setPrefRowCount(3);
        area.setWrapText(true);
        area.textProperty().bindBidirectional(property);
        return area;
    }

    // ---------------------------------------------------------------------------------------------
    // transactions
    // ---------------------------------------------------------------------------------------------

    private Node transactionsTab() {
        ListView<TransactionView> list = new ListView<>(vm.transactions());
        list.setId("transactionList");
        list.setCellFactory(v -> new TransactionCell());
        list.getStyleClass().add("directory-list");
        list.getSelectionModel().selectedItemProperty().addListener((o, a, t) -> {
            if (t != null) {
                vm.selectTransaction(t);
            }
        });
        EmptyState empty = new EmptyState(Feather.REPEAT, l10n.get("marketplace.transactions.empty.title"),
                l10n.get("marketplace.transactions.empty.description"));
        empty.visibleProperty().bind(Bindings.isEmpty(vm.transactions()));
        transactionDetail.setId("transactionDetail");
        transactionDetail.setPadding(new Insets(12, 24, 24, 16));
        vm.selectedTransactionProperty().addListener((o, a, t) -> renderTransaction(t));
        StackPane left = new StackPane(list, empty);
        left.setPadding(new Insets(12, 0, 12, 24));
        SplitPane split = new SplitPane(left, new ScrollPane(transactionDetail));
        split.setDividerPositions(0.45);
        return split;
    }

    private void renderTransaction(TransactionView t) {
        transactionDetail.getChildren().clear();
        if (t == null) {
            return;
        }
        Label title = new Label(t.listingTitle());
        title.getStyleClass().add(Styles.TITLE_3);
        Label status = new Label(l10n.label(t.status()));
        status.setId("transactionStatusLabel");
        status.getStyleClass().add("chip");
        Label party = new Label(vm.counterparty(t));
        Label amount = new Label(money(t.amount(), t.currency()));
        transactionDetail.getChildren().addAll(title, status, party, amount);
        if (t.message() != null) {
            Label message = new Label(t.message());
            message.setWrapText(true);
            transactionDetail.getChildren().add(message);
        }
        HBox actions = new HBox(8);
        actions.setId("transactionActions");
        for (TransactionStatus next : t.allowedNext()) {
            Button b = new Button(l10n.get("marketplace.move." + next.name()));
            b.setId("move-" + next.name());
            b.getStyleClass().add(next == TransactionStatus.CANCELLED ? Styles.DANGER : Styles.ACCENT);
            b.setOnAction(e -> vm.move(next));
            actions.getChildren().add(b);
        }
        if (t.allowedNext().isEmpty()) {
            Label done = new Label(l10n.get("marketplace.transaction.closed"));
            done.getStyleClass().add(Styles.TEXT_MUTED);
            actions.getChildren().add(done);
        }
        transactionDetail.getChildren().add(actions);
    }

    private final class ListingCell extends ListCell<ListingView> {
        ListingCell() {
            setPrefWidth(0); // follow the list's width: long lines end in "..." instead of a sideways scroll
        }

        @Override
        protected void updateItem(ListingView l, boolean empty) {
            super.updateItem(l, empty);
            if (empty || l == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label name = new Label(l.title());
            name.getStyleClass().add(Styles.TEXT_BOLD);
            Label meta = new Label(l10n.format("marketplace.cell.meta", money(l.price(), l.currency()),
                    l10n.label(l.type()), l.category(), l.location() == null ? "—" : l.location()));
            meta.getStyleClass().add(Styles.TEXT_MUTED);
            VBox card = new VBox(2, name, meta);
            card.getStyleClass().add("directory-entry");
            setText(null);
            setGraphic(card);
        }
    }

    private final class TransactionCell extends ListCell<TransactionView> {
        TransactionCell() {
            setPrefWidth(0); // follow the list's width: long lines end in "..." instead of a sideways scroll
        }

        @Override
        protected void updateItem(TransactionView t, boolean empty) {
            super.updateItem(t, empty);
            if (empty || t == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label name = new Label(t.listingTitle());
            name.getStyleClass().add(Styles.TEXT_BOLD);
            Label meta = new Label(l10n.label(t.status()) + " · " + vm.counterparty(t) + " · " + money(t.amount(), t.currency()));
            meta.getStyleClass().add(Styles.TEXT_MUTED);
            VBox card = new VBox(2, name, meta);
            card.getStyleClass().add("directory-entry");
            setText(null);
            setGraphic(card);
        }
    }

    private <E extends Enum<E>> StringConverter<E> enumConverter(String nullKey) {
        return new StringConverter<>() {
            @Override
            public String toString(E value) {
                return value == null ? (nullKey == null ? "" : l10n.get(nullKey)) : l10n.label(value);
            }

            @Override
            public E fromString(String s) {
                return null;
            }
        };
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void onShown() {
        vm.refresh();
    }

    @Override
    public boolean onShortcut(Shortcut shortcut) {
        if (shortcut == Shortcut.FIND) {
            searchField.requestFocus();
            return true;
        }
        if (shortcut == Shortcut.SAVE && vm.editingProperty().get()) {
            vm.save();
            return true;
        }
        return false;
    }
}
