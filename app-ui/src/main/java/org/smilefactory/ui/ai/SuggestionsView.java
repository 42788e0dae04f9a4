package org.smilefactory.ui.ai;

import atlantafx.base.theme.Styles;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.smilefactory.core.api.ai.Suggestion;
import org.smilefactory.core.api.ai.SuggestionSection;
import org.smilefactory.core.api.profiles.DirectoryEntry;
import org.smilefactory.ui.l10n.Localization;
import org.smilefactory.ui.shell.AreaView;
import org.smilefactory.ui.util.EmptyState;

/** The Suggestions area: one section per kind, each suggestion with its score and reasons; staff pick any member. */
public final class SuggestionsView implements AreaView {

    private final SuggestionsViewModel vm;
    private final Localization l10n;
    private final ItemOpener opener;
    private final VBox sectionsBox = new VBox(18);
    private final StackPane body = new StackPane();
    private final VBox root = new VBox(12);
    private final TextField pickerField = new TextField();
    private final Label opened = new Label();
    private boolean started;

    public SuggestionsView(SuggestionsViewModel vm, Localization l10n, ItemOpener opener) {
        this.vm = vm;
        this.l10n = l10n;
        this.opener = opener;
        build();
    }

    private void build() {
        root.setPadding(new Insets(20));
        root.setId("suggestionsArea");
        Label title = new Label();
        title.textProperty().bind(vm.headingProperty());
        title.getStyleClass().add(Styles.TITLE_3);
        title.setId("suggestionsHeading");
        Button refresh = new Button(l10n.get("ai.suggestions.refresh"), new FontIcon(Feather.REFRESH_CW));
        refresh.setId("refreshSuggestionsButton");
        refresh.setOnAction(e -> vm.refresh());
        refresh.disableProperty().bind(vm.loadingProperty());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("suggestionsProgress");
        progress.setPrefSize(22, 22);
        progress.visibleProperty().bind(vm.loadingProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(10, title, progress, spacer, refresh);
        header.setAlignment(Pos.CENTER_LEFT);
        root.getChildren().add(header);

        if (vm.isStaff()) {
            pickerField.setId("memberPickerField");
            pickerField.setPromptText(l10n.get("ai.suggestions.picker.prompt"));
            pickerField.textProperty().bindBidirectional(vm.pickerTextProperty());
            pickerField.setOnAction(e -> vm.searchMembers());
            Button find = new Button(l10n.get("ai.suggestions.picker.find"), new FontIcon(Feather.SEARCH));
            find.setId("memberPickerFind");
            find.setOnAction(e -> vm.searchMembers());
            Button me = new Button(l10n.get("ai.suggestions.picker.me"));
            me.setId("memberPickerMe");
            me.setOnAction(e -> vm.pickMe());
            HBox.setHgrow(pickerField, Priority.ALWAYS);
            Label label = new Label(l10n.get("ai.suggestions.picker.label"));
            HBox picker = new HBox(8, label, pickerField, find, me);
            picker.setAlignment(Pos.CENTER_LEFT);
            FlowPane results = new FlowPane(6, 6);
            results.setId("memberPickerResults");
            vm.pickerResults().addListener((ListChangeListener<DirectoryEntry>) c -> {
                results.getChildren().clear();
                for (DirectoryEntry entry : vm.pickerResults()) {
                    Button b = new Button(entry.displayName() + (entry.profileType() == null ? "" : " · " + l10n.label(entry.profileType())));
                    b.getStyleClass().add(Styles.SMALL);
                    b.setOnAction(e -> vm.pick(entry));
                    results.getChildren().add(b);
                }
            });
            root.getChildren().addAll(picker, results);
        }

        Label index = new Label();
        index.setId("indexProgressLabel");
        index.textProperty().bind(vm.indexTextProperty());
        index.getStyleClass().add(Styles.TEXT_MUTED);
        index.visibleProperty().bind(vm.indexTextProperty().isNotEmpty());
        index.managedProperty().bind(index.visibleProperty());
        Label notice = new Label();
        notice.setId("suggestionsNotice");
        notice.setWrapText(true);
        notice.textProperty().bind(vm.noticeProperty());
        // With no suggestions the empty state below carries the notice; saying it twice reads as a glitch.
        notice.visibleProperty().bind(vm.noticeProperty().isNotEmpty().and(vm.aiEnabledProperty())
                .and(javafx.beans.binding.Bindings.isNotEmpty(vm.sections())));
        notice.managedProperty().bind(notice.visibleProperty());
        Label error = new Label();
        error.setId("suggestionsError");
        error.getStyleClass().add(Styles.DANGER);
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());
        error.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        opened.setId("openedItemLabel");
        opened.getStyleClass().add(Styles.TEXT_MUTED);
        opened.setWrapText(true);
        root.getChildren().addAll(index, notice, error, opened);

        ScrollPane scroll = new ScrollPane(sectionsBox);
        scroll.setFitToWidth(true);
        sectionsBox.setPadding(new Insets(4, 4, 20, 4));
        body.getChildren().add(scroll);
        VBox.setVgrow(body, Priority.ALWAYS);
        root.getChildren().add(body);

        vm.sections().addListener((ListChangeListener<SuggestionSection>) c -> render());
        vm.aiEnabledProperty().addListener((obs, was, is) -> render());
        vm.loadedProperty().addListener((obs, was, is) -> render());
    }

    private void render() {
        sectionsBox.getChildren().clear();
        if (!vm.aiEnabledProperty().get()) {
            EmptyState off = new EmptyState(Feather.SLASH, l10n.get("ai.off.title"), l10n.get("ai.off.description"));
            off.setId("aiOffState");
            sectionsBox.getChildren().add(off);
            return;
        }
        if (vm.loadedProperty().get() && vm.sections().isEmpty()) {
            EmptyState empty = new EmptyState(Feather.COMPASS, l10n.get("ai.suggestions.empty.title"),
                    vm.noticeProperty().get().isEmpty() ? l10n.get("ai.suggestions.empty.description") : vm.noticeProperty().get());
            empty.setId("suggestionsEmptyState");
            sectionsBox.getChildren().add(empty);
            return;
        }
        for (SuggestionSection section : vm.sections()) {
            sectionsBox.getChildren().add(section(section));
        }
    }

    private Node section(SuggestionSection section) {
        Label title = new Label(l10n.get("ai.kind." + section.kind().name().toLowerCase()));
        title.getStyleClass().add(Styles.TITLE_4);
        VBox box = new VBox(8, title);
        box.setId("section-" + section.kind().name());
        if (section.items().isEmpty()) {
            Label none = new Label(l10n.get("ai.suggestions.sectionEmpty"));
            none.getStyleClass().add(Styles.TEXT_MUTED);
            box.getChildren().add(none);
        }
        for (Suggestion s : section.items()) {
            box.getChildren().add(card(s));
        }
        return box;
    }

    private Node card(Suggestion s) {
        Label score = new Label(Integer.toString(s.score()));
        score.getStyleClass().addAll(Styles.TITLE_3, Styles.ACCENT);
        score.setMinWidth(48);
        score.setTooltip(new javafx.scene.control.Tooltip(l10n.format("ai.suggestions.scoreTooltip",
                Math.round(s.similarity() * 100), Math.round(s.fit() * 100))));
        Hyperlink name = new Hyperlink(s.title());
        name.setId("suggestion-" + s.itemId());
        name.getStyleClass().add(Styles.TEXT_BOLD);
        name.setOnAction(e -> open(s));
        Label subtitle = new Label(s.subtitle() == null ? "" : s.subtitle());
        subtitle.getStyleClass().add(Styles.TEXT_MUTED);
        VBox reasons = new VBox(2);
        for (String r : SuggestionsViewModel.bullets(s.reasons())) {
            Label l = new Label(r);
            l.setWrapText(true);
            l.getStyleClass().add("suggestion-reason");
            reasons.getChildren().add(l);
        }
        VBox text = new VBox(2, name, subtitle, reasons);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox card = new HBox(12, score, text);
        card.getStyleClass().add("suggestion-card");
        card.setPadding(new Insets(8));
        card.setStyle("-fx-border-color: -color-border-default; -fx-border-radius: 6; -fx-background-radius: 6;");
        return card;
    }

    private void open(Suggestion s) {
        if (!opener.open(s.itemKind(), s.itemId())) {
            opened.setText(l10n.format("ai.openLater", l10n.get("ai.itemKind." + s.itemKind().name().toLowerCase()), s.title()));
        }
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void onShown() {
        if (!started) {
            started = true;
            vm.refresh();
        }
    }

    @Override
    public boolean onShortcut(Shortcut shortcut) {
        if (shortcut == Shortcut.FIND && vm.isStaff()) {
            pickerField.requestFocus();
            return true;
        }
        return false;
    }
}
