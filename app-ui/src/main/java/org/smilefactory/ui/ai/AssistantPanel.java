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
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.smilefactory.core.api.ai.AssistantMessage;
import org.smilefactory.core.api.ai.Citation;
import org.smilefactory.ui.l10n.Localization;

/** The assistant chat panel docked at the right of the main window (toggled from the top bar or Ctrl+J). */
public final class AssistantPanel {

    private final AssistantViewModel vm;
    private final Localization l10n;
    private final ItemOpener opener;
    private final VBox root = new VBox(8);
    private final VBox messagesBox = new VBox(10);
    private final TextArea input = new TextArea();
    private final Label opened = new Label();
    private boolean loaded;

    public AssistantPanel(AssistantViewModel vm, Localization l10n, ItemOpener opener) {
        this.vm = vm;
        this.l10n = l10n;
        this.opener = opener;
        build();
    }

    private void build() {
        root.setId("assistantPanel");
        root.setPadding(new Insets(12));
        // narrow enough that the area beside it keeps its own minimum width in a 1280-pixel window
        root.setPrefWidth(300);
        root.setMinWidth(220);
        root.setMaxWidth(380);
        root.setStyle("-fx-border-color: -color-border-default; -fx-border-width: 0 0 0 1;");
        Label title = new Label(l10n.get("ai.assistant.title"), new FontIcon(Feather.MESSAGE_CIRCLE));
        title.getStyleClass().add(Styles.TITLE_4);
        Button fresh = new Button(null, new FontIcon(Feather.PLUS));
        fresh.setId("newConversationButton");
        fresh.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        fresh.setTooltip(new Tooltip(l10n.get("ai.assistant.new")));
        fresh.setOnAction(e -> vm.newConversation());
        Button off = new Button(l10n.get("ai.assistant.turnOff"));
        off.setId("aiOffButton");
        off.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        off.setOnAction(e -> vm.setAiEnabled(false));
        off.visibleProperty().bind(vm.aiEnabledProperty());
        javafx.scene.control.ComboBox<org.smilefactory.core.api.ai.ResponseStyle> style = new javafx.scene.control.ComboBox<>(
                javafx.collections.FXCollections.observableArrayList(org.smilefactory.core.api.ai.ResponseStyle.values()));
        style.setId("responseStyleBox");
        style.getStyleClass().add(Styles.SMALL);
        style.setTooltip(new Tooltip(l10n.get("ai.assistant.style.tooltip")));
        style.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(org.smilefactory.core.api.ai.ResponseStyle value) {
                return value == null ? "" : l10n.get("ai.assistant.style." + value.name().toLowerCase());
            }

            @Override
            public org.smilefactory.core.api.ai.ResponseStyle fromString(String text) {
                return null;
            }
        });
        style.setValue(vm.styleProperty().get());
        vm.styleProperty().addListener((obs, old, now) -> style.setValue(now));
        style.valueProperty().addListener((obs, old, now) -> vm.setStyle(now));
        style.visibleProperty().bind(vm.aiEnabledProperty());
        style.managedProperty().bind(style.visibleProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(6, title, spacer, style, off, fresh);
        header.setAlignment(Pos.CENTER_LEFT);

        ScrollPane scroll = new ScrollPane(messagesBox);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        messagesBox.setPadding(new Insets(4));
        Label hint = new Label(l10n.get("ai.assistant.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        messagesBox.getChildren().add(hint);
        vm.messages().addListener((ListChangeListener<AssistantMessage>) c -> {
            messagesBox.getChildren().clear();
            if (vm.messages().isEmpty()) {
                messagesBox.getChildren().add(hint);
            }
            for (AssistantMessage m : vm.messages()) {
                messagesBox.getChildren().add(message(m));
            }
            scroll.layout();
            scroll.setVvalue(1.0);
        });

        Label notice = new Label();
        notice.setId("assistantNotice");
        notice.setWrapText(true);
        notice.getStyleClass().add(Styles.WARNING);
        notice.textProperty().bind(vm.noticeProperty());
        notice.visibleProperty().bind(vm.noticeProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());
        opened.setId("assistantOpenedLabel");
        opened.setWrapText(true);
        opened.getStyleClass().add(Styles.TEXT_MUTED);

        input.setId("assistantInput");
        input.setPromptText(l10n.get("ai.assistant.prompt"));
        input.setWrapText(true);
        input.setPrefRowCount(3);
        input.textProperty().bindBidirectional(vm.inputProperty());
        input.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShiftDown()) {
                e.consume();
                vm.send();
            }
        });
        Button send = new Button(l10n.get("ai.assistant.send"), new FontIcon(Feather.SEND));
        send.setId("assistantSendButton");
        send.getStyleClass().add(Styles.ACCENT);
        send.disableProperty().bind(vm.sendingProperty());
        send.setOnAction(e -> vm.send());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(20, 20);
        progress.visibleProperty().bind(vm.sendingProperty());
        HBox actions = new HBox(8, progress, send);
        actions.setAlignment(Pos.CENTER_RIGHT);
        VBox chat = new VBox(8, scroll, notice, opened, input, actions);
        VBox.setVgrow(chat, Priority.ALWAYS);
        chat.visibleProperty().bind(vm.aiEnabledProperty());
        chat.managedProperty().bind(chat.visibleProperty());

        Label offTitle = new Label(l10n.get("ai.off.title"));
        offTitle.getStyleClass().add(Styles.TITLE_4);
        Label offText = new Label(l10n.get("ai.off.description"));
        offText.setWrapText(true);
        Button on = new Button(l10n.get("ai.assistant.turnOn"));
        on.setId("aiOnButton");
        on.getStyleClass().add(Styles.ACCENT);
        on.setOnAction(e -> vm.setAiEnabled(true));
        VBox offState = new VBox(10, new FontIcon(Feather.SLASH), offTitle, offText, on);
        offState.setId("assistantOffState");
        offState.setAlignment(Pos.CENTER);
        offState.visibleProperty().bind(vm.aiEnabledProperty().not());
        offState.managedProperty().bind(offState.visibleProperty());
        root.getChildren().addAll(header, chat, offState);
    }

    private Node message(AssistantMessage m) {
        boolean mine = m.role() == AssistantMessage.Role.USER;
        Label text = new Label(m.content());
        text.setWrapText(true);
        text.getStyleClass().add(mine ? Styles.TEXT_BOLD : "assistant-answer");
        VBox box = new VBox(4, text);
        box.getStyleClass().add(mine ? "assistant-question" : "assistant-message");
        box.setPadding(new Insets(6));
        if (!mine) {
            box.setStyle("-fx-background-color: -color-bg-subtle; -fx-background-radius: 6;");
            for (int i = 0; i < m.citations().size(); i++) {
                Citation c = m.citations().get(i);
                Hyperlink link = new Hyperlink("[" + (i + 1) + "] " + c.title() + " · "
                        + l10n.get("ai.itemKind." + c.kind().name().toLowerCase()));
                link.getStyleClass().add("citation-link");
                link.setId("citation-" + c.id());
                link.setTooltip(new Tooltip(c.snippet()));
                link.setOnAction(e -> {
                    if (!opener.open(c.kind(), c.id())) {
                        opened.setText(l10n.format("ai.openLater", l10n.get("ai.itemKind." + c.kind().name().toLowerCase()), c.title()));
                    }
                });
                box.getChildren().add(link);
            }
            HBox stars = new HBox(2);
            stars.setId("rating-" + m.id());
            for (int s = 1; s <= 5; s++) {
                int value = s;
                boolean filled = m.rating() != null && m.rating() >= s;
                Button star = new Button(filled ? "★" : "☆");
                star.setId("star-" + s + "-" + m.id());
                star.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
                star.setTooltip(new Tooltip(l10n.format("ai.assistant.rate", s)));
                star.setOnAction(e -> vm.rate(m, value));
                stars.getChildren().add(star);
            }
            box.getChildren().add(stars);
        }
        return box;
    }

    /** Shows the panel; loads the member's preferences the first time. */
    public void onShown() {
        if (!loaded) {
            loaded = true;
            vm.load();
        }
        input.requestFocus();
    }

    public Node root() {
        return root;
    }
}
