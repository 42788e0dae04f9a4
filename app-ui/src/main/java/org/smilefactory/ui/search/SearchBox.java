package org.smilefactory.ui.search;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.controls.Popover;
import atlantafx.base.theme.Styles;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.smilefactory.core.api.search.SearchHit;
import org.smilefactory.core.api.search.SearchKind;
import org.smilefactory.ui.l10n.Localization;

/**
 * Binds the top bar's search field and its result popup to {@link SearchViewModel}. Focus stays in
 * the field while Up/Down move the highlight, so the member can keep typing; Enter opens, Escape
 * closes.
 */
public final class SearchBox {

    private final SearchViewModel viewModel;
    private final Localization l10n;
    private final CustomTextField field = new CustomTextField();
    private final ListView<SearchViewModel.Row> list = new ListView<>();
    private final Label message = new Label();
    private final Popup popup = new Popup();
    private Popover detailPopover;

    public SearchBox(SearchViewModel viewModel, Localization l10n) {
        this.viewModel = viewModel;
        this.l10n = l10n;
        build();
    }

    private void build() {
        field.setId("globalSearchField");
        field.setPromptText(l10n.get("search.prompt"));
        field.setLeft(new FontIcon(Feather.SEARCH));
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(16, 16);
        busy.visibleProperty().bind(viewModel.searchingProperty());
        field.setRight(busy);
        field.setPrefWidth(320);
        field.textProperty().bindBidirectional(viewModel.textProperty());
        field.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);

        list.setId("searchResults");
        list.setItems(viewModel.rows());
        list.setCellFactory(l -> new RowCell());
        list.setPrefSize(460, 380);
        list.setFocusTraversable(false);
        list.setOnMouseClicked(e -> {
            SearchViewModel.Row row = list.getSelectionModel().getSelectedItem();
            if (e.getButton() == MouseButton.PRIMARY && row != null && !row.isHeading()) {
                viewModel.open(row.hit());
            }
        });
        message.setId("searchMessage");
        message.textProperty().bind(viewModel.messageProperty());
        message.setWrapText(true);
        message.getStyleClass().add(Styles.TEXT_MUTED);
        message.visibleProperty().bind(viewModel.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        list.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(viewModel.rows()));
        list.managedProperty().bind(list.visibleProperty());
        VBox box = new VBox(6, message, list);
        box.setPadding(new Insets(8));
        box.setPrefWidth(476);
        box.getStyleClass().addAll("search-popup", Styles.ELEVATED_2);
        box.setStyle("-fx-background-color: -color-bg-default; -fx-border-color: -color-border-default;"
                + " -fx-background-radius: 6; -fx-border-radius: 6;");
        popup.getContent().add(box);
        popup.setAutoHide(true);
        popup.setOnAutoHide(e -> viewModel.openProperty().set(false));

        viewModel.highlightedProperty().addListener((obs, old, index) -> {
            int i = index.intValue();
            if (i < 0) {
                list.getSelectionModel().clearSelection();
            } else {
                list.getSelectionModel().select(i);
                list.scrollTo(Math.max(0, i - 1));
            }
        });
        ChangeListener<Boolean> openListener = (obs, was, is) -> {
            if (is) {
                showPopup();
            } else {
                popup.hide();
            }
        };
        viewModel.openProperty().addListener(openListener);
        viewModel.detailProperty().addListener((obs, old, hit) -> showDetail(hit));
    }

    private void showPopup() {
        if (field.getScene() == null || field.getScene().getWindow() == null) {
            return;
        }
        Bounds b = field.localToScreen(field.getBoundsInLocal());
        if (b != null && !popup.isShowing()) {
            popup.show(field, b.getMinX(), b.getMaxY() + 4);
        }
    }

    private void onKey(KeyEvent e) {
        switch (e.getCode()) {
            case DOWN:
                viewModel.move(1);
                e.consume();
                break;
            case UP:
                viewModel.move(-1);
                e.consume();
                break;
            case ENTER:
                if (viewModel.openProperty().get() && !viewModel.rows().isEmpty()) {
                    viewModel.openHighlighted();
                } else {
                    viewModel.runNow();
                }
                e.consume();
                break;
            case ESCAPE:
                viewModel.close();
                e.consume();
                break;
            default:
                break;
        }
    }

    /** The hit's own text, for kinds whose area is not built yet. */
    private void showDetail(SearchHit hit) {
        if (detailPopover != null) {
            detailPopover.hide();
            detailPopover = null;
        }
        if (hit == null || field.getScene() == null) {
            return;
        }
        Label kind = new Label(viewModel.kindLabel(hit.kind()));
        kind.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        Label title = new Label(hit.title());
        title.setId("searchDetailTitle");
        title.getStyleClass().add(Styles.TITLE_4);
        title.setWrapText(true);
        Label text = new Label(hit.subtitle() == null ? "" : hit.subtitle());
        text.setWrapText(true);
        Label later = new Label(l10n.format("search.detail.later", viewModel.kindLabel(hit.kind()).toLowerCase(java.util.Locale.ROOT)));
        later.setWrapText(true);
        later.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        Button close = new Button(l10n.get("search.detail.close"));
        close.setId("searchDetailClose");
        VBox content = new VBox(8, kind, title, text, later, close);
        content.setId("searchDetail");
        content.setPrefWidth(380);
        content.setPadding(new Insets(6));
        Popover popover = new Popover(content);
        popover.setArrowLocation(Popover.ArrowLocation.TOP_LEFT);
        popover.setDetachable(false);
        close.setOnAction(e -> viewModel.detailProperty().set(null));
        popover.setOnHidden(e -> {
            if (viewModel.detailProperty().get() == hit) {
                viewModel.detailProperty().set(null);
            }
        });
        detailPopover = popover;
        popover.show(field);
    }

    /** Ctrl+K: into the field, text selected so typing replaces it. */
    public void focus() {
        field.requestFocus();
        field.selectAll();
        if (!viewModel.rows().isEmpty()) {
            viewModel.openProperty().set(true);
        }
    }

    public Node root() {
        return field;
    }

    private final class RowCell extends ListCell<SearchViewModel.Row> {
        @Override
        protected void updateItem(SearchViewModel.Row row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().remove("search-heading");
            if (empty || row == null) {
                setText(null);
                setGraphic(null);
                setDisable(false);
                return;
            }
            if (row.isHeading()) {
                Label heading = new Label(headingOf(row.kind()));
                heading.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_BOLD, Styles.TEXT_MUTED);
                setText(null);
                setGraphic(heading);
                setMouseTransparent(true);
                return;
            }
            setMouseTransparent(false);
            SearchHit hit = row.hit();
            Label title = new Label(hit.title());
            title.getStyleClass().add(Styles.TEXT_BOLD);
            title.setGraphic(new FontIcon(iconOf(hit.kind())));
            Label subtitle = new Label(hit.subtitle() == null ? "" : hit.subtitle());
            subtitle.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            subtitle.setMaxWidth(420);
            VBox box = new VBox(2, title, subtitle);
            setText(null);
            setGraphic(box);
        }
    }

    private String headingOf(SearchKind kind) {
        return l10n.get("search.heading." + kind.name().toLowerCase(java.util.Locale.ROOT));
    }

    private static Feather iconOf(SearchKind kind) {
        switch (kind) {
            case MEMBER:
                return Feather.USER;
            case POST:
                return Feather.FILE_TEXT;
            case EVENT:
                return Feather.CALENDAR;
            case GROUP:
                return Feather.USERS;
            default:
                return Feather.SHOPPING_BAG;
        }
    }
}
