package org.smilefactory.ui.profiles;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.smilefactory.core.api.profiles.DirectoryEntry;
import org.smilefactory.core.api.profiles.ProfileState;
import org.smilefactory.core.api.profiles.ProfileType;
import org.smilefactory.ui.l10n.Localization;
import org.smilefactory.ui.util.EmptyState;
import org.smilefactory.ui.util.ViewLoader;

/** Binds Directory.fxml to {@link DirectoryViewModel}: search, filters, the member cards, paging. */
public final class DirectoryView {

    private final DirectoryViewModel viewModel;
    private final Localization l10n;
    private final Runnable onEditMine;
    private final Parent root;

    @FXML private Button editMineButton;
    @FXML private CustomTextField searchField;
    @FXML private ComboBox<ProfileType> typeFilterBox;
    @FXML private TextField locationFilterField;
    @FXML private TextField focusFilterField;
    @FXML private Button clearButton;
    @FXML private ProgressBar loadingBar;
    @FXML private Message directoryErrorBanner;
    @FXML private StackPane listStack;
    @FXML private ListView<DirectoryEntry> list;
    @FXML private Label countLabel;
    @FXML private Button loadMoreButton;

    public DirectoryView(DirectoryViewModel viewModel, Localization l10n, Runnable onEditMine) {
        this.viewModel = viewModel;
        this.l10n = l10n;
        this.onEditMine = onEditMine;
        this.root = ViewLoader.load(this, "Directory.fxml", l10n);
    }

    @FXML
    private void initialize() {
        editMineButton.setGraphic(new FontIcon(Feather.EDIT_2));
        editMineButton.getStyleClass().add(Styles.BUTTON_OUTLINED);
        editMineButton.setOnAction(e -> onEditMine.run());

        searchField.setLeft(new FontIcon(Feather.SEARCH));
        searchField.textProperty().bindBidirectional(viewModel.searchTextProperty());
        FontIcon clearSearch = new FontIcon(Feather.X);
        clearSearch.setCursor(Cursor.HAND);
        clearSearch.setOnMouseClicked(e -> searchField.clear());
        clearSearch.visibleProperty().bind(searchField.textProperty().isNotEmpty());
        searchField.setRight(clearSearch);

        List<ProfileType> types = new ArrayList<>();
        types.add(null);
        types.addAll(Arrays.asList(ProfileType.values()));
        typeFilterBox.getItems().setAll(types);
        typeFilterBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(ProfileType type) {
                return type == null ? l10n.get("directory.filter.allTypes") : l10n.label(type);
            }

            @Override
            public ProfileType fromString(String text) {
                return null;
            }
        });
        typeFilterBox.setPromptText(l10n.get("directory.filter.allTypes"));
        typeFilterBox.setButtonCell(typeCell());
        typeFilterBox.setCellFactory(lv -> typeCell());
        typeFilterBox.valueProperty().bindBidirectional(viewModel.typeFilterProperty());
        locationFilterField.textProperty().bindBidirectional(viewModel.locationFilterProperty());
        locationFilterField.setTooltip(new Tooltip(l10n.get("directory.filter.location")));
        focusFilterField.textProperty().bindBidirectional(viewModel.focusFilterProperty());
        focusFilterField.setTooltip(new Tooltip(l10n.get("directory.filter.focus.tooltip")));
        clearButton.setGraphic(new FontIcon(Feather.FILTER));
        // Icon only: the filter row is narrow; the tooltip and the empty state name the action.
        clearButton.setTooltip(new Tooltip(l10n.get("directory.filter.clear")));
        clearButton.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        clearButton.setMinWidth(Region.USE_PREF_SIZE);
        clearButton.setOnAction(e -> viewModel.clearFilters());

        loadingBar.visibleProperty().bind(viewModel.loadingProperty());
        directoryErrorBanner.getStyleClass().add(Styles.DANGER);
        directoryErrorBanner.setGraphic(new FontIcon(Feather.ALERT_TRIANGLE));
        directoryErrorBanner.descriptionProperty().bind(viewModel.errorMessageProperty());
        directoryErrorBanner.visibleProperty().bind(viewModel.errorMessageProperty().isNotEmpty());
        directoryErrorBanner.managedProperty().bind(directoryErrorBanner.visibleProperty());

        list.setItems(viewModel.entries());
        list.setCellFactory(lv -> new EntryCell());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, entry) -> viewModel.selectedProperty().set(entry));
        viewModel.selectedProperty().addListener((obs, old, entry) -> {
            if (entry != list.getSelectionModel().getSelectedItem()) {
                if (entry == null) {
                    list.getSelectionModel().clearSelection();
                } else {
                    list.getSelectionModel().select(entry);
                }
            }
        });

        Button clearFilters = new Button(l10n.get("directory.filter.clear"), new FontIcon(Feather.X));
        clearFilters.setOnAction(e -> viewModel.clearFilters());
        clearFilters.visibleProperty().bind(viewModel.emptyState().isEqualTo(DirectoryViewModel.EmptyState.NO_MATCH));
        clearFilters.managedProperty().bind(clearFilters.visibleProperty());
        EmptyState empty = new EmptyState(Feather.USERS).bind(viewModel.emptyTitle(), viewModel.emptyDescription())
                .withAction(clearFilters);
        empty.visibleProperty().bind(viewModel.emptyState().isNotEqualTo(DirectoryViewModel.EmptyState.NONE));
        listStack.getChildren().add(1, empty);
        list.visibleProperty().bind(empty.visibleProperty().not());

        countLabel.textProperty().bind(viewModel.countText());
        loadMoreButton.setGraphic(new FontIcon(Feather.CHEVRONS_DOWN));
        loadMoreButton.visibleProperty().bind(viewModel.hasMoreProperty());
        loadMoreButton.disableProperty().bind(viewModel.canLoadMore().not());
        loadMoreButton.setOnAction(e -> viewModel.loadMore());
    }

    private ListCell<ProfileType> typeCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(ProfileType type, boolean empty) {
                super.updateItem(type, empty);
                // null is the "All types" entry; an empty button cell shows the same via the prompt text.
                setText(empty ? null : type == null ? l10n.get("directory.filter.allTypes") : l10n.label(type));
            }
        };
    }

    public Parent root() {
        return root;
    }

    public void focusSearch() {
        searchField.requestFocus();
        searchField.selectAll();
    }

    /** A member card: name and type, location, headline, focus tags. */
    private final class EntryCell extends ListCell<DirectoryEntry> {
        private final Label name = new Label();
        private final Label type = new Label();
        private final Label draft = new Label();
        private final Label location = new Label();
        private final Label headline = new Label();
        private final FlowPane tags = new FlowPane(6, 6);
        private final VBox card;

        EntryCell() {
            name.getStyleClass().addAll(Styles.TEXT_BOLD);
            name.setMaxWidth(Double.MAX_VALUE);
            name.setMinWidth(80);
            type.setMinWidth(Region.USE_PREF_SIZE);
            draft.setMinWidth(Region.USE_PREF_SIZE);
            HBox.setHgrow(name, Priority.ALWAYS);
            type.getStyleClass().add("type-badge");
            draft.getStyleClass().add("draft-badge");
            draft.setText(l10n.get("directory.draft"));
            location.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            location.setGraphic(new FontIcon(Feather.MAP_PIN));
            headline.setWrapText(true);
            headline.getStyleClass().add("entry-headline");
            HBox top = new HBox(8, name, draft, type);
            top.setAlignment(Pos.CENTER_LEFT);
            card = new VBox(4, top, location, headline, tags);
            card.getStyleClass().add("directory-entry");
            setPrefWidth(0); // let the card follow the list's width instead of its longest headline
        }

        @Override
        protected void updateItem(DirectoryEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            if (empty || entry == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            name.setText(entry.displayName());
            type.setText(entry.profileType() == null ? l10n.get("profile.noType") : l10n.label(entry.profileType()));
            draft.setVisible(entry.state() == ProfileState.DRAFT);
            draft.setManaged(draft.isVisible());
            boolean hasLocation = entry.location() != null && !entry.location().isBlank();
            location.setText(hasLocation ? entry.location() : "");
            location.setVisible(hasLocation);
            location.setManaged(hasLocation);
            String line = entry.headline() != null && !entry.headline().isBlank() ? entry.headline() : entry.profileName();
            headline.setText(line == null ? "" : line);
            headline.setVisible(!headline.getText().isEmpty());
            headline.setManaged(headline.isVisible());
            List<String> focus = entry.focusTags() == null ? List.of() : entry.focusTags();
            tags.getChildren().setAll(focus.stream().limit(6).map(tag -> {
                Label chip = new Label(tag);
                chip.getStyleClass().add("chip");
                return chip;
            }).toList());
            tags.setVisible(!focus.isEmpty());
            tags.setManaged(!focus.isEmpty());
            setText(null);
            setGraphic(card);
        }
    }
}
