package org.smilefactory.ui.messages;

import atlantafx.base.theme.Styles;
import java.util.function.Consumer;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.smilefactory.core.api.messaging.ConversationSummary;
import org.smilefactory.core.api.messaging.ConversationType;
import org.smilefactory.core.api.messaging.MessageView;
import org.smilefactory.core.api.social.ConnectionView;
import org.smilefactory.ui.l10n.HubTime;
import org.smilefactory.ui.l10n.Localization;
import org.smilefactory.ui.shell.AreaView;
import org.smilefactory.ui.util.EmptyState;

/**
 * The Messages area, built in code: conversations and connections on the left, the open conversation
 * on the right (newest message at the bottom, Enter sends, Shift+Enter starts a new line). While the
 * area is shown it polls every {@link #POLL_SECONDS} seconds.
 */
public final class MessagesView implements AreaView {

    static final double POLL_SECONDS = 3;

    private final MessagesViewModel viewModel;
    private final ConversationViewModel conversation;
    private final Localization l10n;
    private final BorderPane root = new BorderPane();
    private final TextArea composer = new TextArea();
    private final ListView<MessageView> messageList = new ListView<>();
    private final Timeline poll = new Timeline();
    private final HubTime hubTime;

    public MessagesView(MessagesViewModel viewModel, Localization l10n) {
        this(viewModel, l10n, HubTime.systemDefault());
    }

    /** Message times in the hub's zone: the time alone today, the date with it before. */
    public MessagesView(MessagesViewModel viewModel, Localization l10n, HubTime hubTime) {
        this.hubTime = hubTime;
        hubTime.zoneProperty().addListener((obs, old, zone) -> messageList.refresh());
        this.viewModel = viewModel;
        this.conversation = viewModel.conversation();
        this.l10n = l10n;
        root.getStylesheets().add(MessagesView.class.getResource("messages.css").toExternalForm());
        root.setId("messagesArea");

        TabPane tabs = new TabPane(new Tab(l10n.get("messages.tab.conversations"), conversationList()),
                new Tab(l10n.get("messages.tab.connections"), new ConnectionsPanel(viewModel.connections(), l10n).root()));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().get(1).setId("connectionsTab");
        tabs.getTabs().get(1).getContent().setId("connectionsPanel");
        tabs.getSelectionModel().selectedIndexProperty().addListener((obs, old, index) -> {
            if (index.intValue() == 1) {
                viewModel.connections().load();
            }
        });
        tabs.setMinWidth(260);

        SplitPane split = new SplitPane(tabs, conversationPane());
        split.setDividerPositions(0.32);
        root.setCenter(split);

        poll.getKeyFrames().add(new KeyFrame(Duration.seconds(POLL_SECONDS), e -> {
            if (isOnShow()) {
                viewModel.poll();
            } else {
                poll.stop();
            }
        }));
        poll.setCycleCount(Animation.INDEFINITE);
    }

    private Node conversationList() {
        ListView<ConversationSummary> list = new ListView<>(viewModel.conversations());
        list.setId("conversationList");
        list.setCellFactory(lv -> new ConversationCell());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (item != null) {
                viewModel.select(item.id());
            }
        });
        // keep the highlighted row on the open conversation when the list refreshes
        viewModel.conversations().addListener((ListChangeListener<ConversationSummary>) c -> {
            var id = viewModel.selectedIdProperty().get();
            for (int i = 0; i < list.getItems().size(); i++) {
                if (list.getItems().get(i).id().equals(id)) {
                    list.getSelectionModel().select(i);
                    return;
                }
            }
        });
        EmptyState empty = new EmptyState(Feather.MESSAGE_SQUARE, l10n.get("messages.empty.title"),
                l10n.get("messages.empty.description"));
        empty.visibleProperty().bind(Bindings.isEmpty(viewModel.conversations()));
        list.visibleProperty().bind(empty.visibleProperty().not());
        Label error = errorLabel(viewModel.errorProperty());
        Button newGroup = new Button(l10n.get("messages.newGroup"), new FontIcon(Feather.USERS));
        newGroup.setId("newGroupButton");
        newGroup.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        newGroup.setTooltip(new Tooltip(l10n.get("messages.newGroup.tooltip")));
        newGroup.setOnAction(e -> openNewGroup());
        HBox toolbar = new HBox(newGroup);
        toolbar.setAlignment(Pos.CENTER_RIGHT);
        toolbar.setPadding(new Insets(6, 8, 2, 8));
        VBox box = new VBox(toolbar, error, new StackPane(list, empty));
        VBox.setVgrow(box.getChildren().get(2), Priority.ALWAYS);
        return box;
    }

    private Node conversationPane() {
        Label title = new Label();
        title.setId("conversationTitle");
        title.getStyleClass().add(Styles.TITLE_4);
        title.textProperty().bind(Bindings.createStringBinding(() -> conversation.conversationProperty().get() == null
                ? "" : conversation.conversationProperty().get().title(), conversation.conversationProperty()));
        Label people = new Label();
        people.setId("conversationPeople");
        people.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        people.textProperty().bind(Bindings.createStringBinding(() -> {
            var c = conversation.conversationProperty().get();
            return c == null || c.type() == ConversationType.DIRECT ? ""
                    : String.join(", ", c.participants().stream().map(p -> p.name()).toList());
        }, conversation.conversationProperty()));
        Button addPeople = new Button(l10n.get("messages.group.add"), new FontIcon(Feather.USER_PLUS));
        addPeople.setId("addPeopleButton");
        addPeople.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        addPeople.setTooltip(new Tooltip(l10n.get("messages.group.add.tooltip")));
        addPeople.visibleProperty().bind(conversation.canAddPeopleProperty());
        addPeople.managedProperty().bind(addPeople.visibleProperty());
        addPeople.setOnAction(e -> {
            GroupFormViewModel form = viewModel.addPeople();
            if (form != null && root.getScene() != null) {
                new GroupFormDialog(form, l10n).show(root.getScene().getWindow());
            }
        });
        VBox names = new VBox(2, title, people);
        HBox.setHgrow(names, Priority.ALWAYS);
        HBox header = new HBox(8, names, addPeople);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("pane-header");

        Button older = new Button(l10n.get("messages.loadOlder"));
        older.setId("loadOlderButton");
        older.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        older.visibleProperty().bind(conversation.hasOlderProperty());
        older.managedProperty().bind(older.visibleProperty());
        older.setOnAction(e -> conversation.loadOlder());
        HBox olderBox = new HBox(older);
        olderBox.setAlignment(Pos.CENTER);

        messageList.setItems(conversation.messages());
        messageList.setId("messageList");
        messageList.getStyleClass().add("message-list");
        messageList.setCellFactory(lv -> new MessageCell());
        messageList.setFocusTraversable(false);
        conversation.messages().addListener((ListChangeListener<MessageView>) c -> {
            boolean appended = false;
            while (c.next()) {
                appended |= c.wasAdded() && c.getTo() == conversation.messages().size();
            }
            if (appended) {
                messageList.scrollTo(conversation.messages().size() - 1);
            }
        });

        Label receipt = new Label();
        receipt.setId("receiptLabel");
        receipt.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        receipt.textProperty().bind(conversation.receiptProperty());
        HBox receiptBox = new HBox(receipt);
        receiptBox.setAlignment(Pos.CENTER_RIGHT);
        receiptBox.setPadding(new Insets(0, 14, 0, 14));

        composer.setId("composer");
        composer.setPromptText(l10n.get("messages.composer.prompt"));
        composer.setWrapText(true);
        composer.setPrefRowCount(2);
        composer.textProperty().bindBidirectional(conversation.draftProperty());
        composer.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                if (e.isShiftDown()) {
                    composer.insertText(composer.getCaretPosition(), "\n");
                } else {
                    conversation.send();
                }
                e.consume();
            }
        });
        Button send = new Button(l10n.get("messages.send"), new FontIcon(Feather.SEND));
        send.setId("sendButton");
        send.getStyleClass().add(Styles.ACCENT);
        // the composer takes the spare width; the button keeps its whole label ("S..." otherwise)
        send.setMinWidth(Region.USE_PREF_SIZE);
        send.disableProperty().bind(conversation.sendingProperty());
        send.setOnAction(e -> conversation.send());
        HBox.setHgrow(composer, Priority.ALWAYS);
        HBox composerRow = new HBox(8, composer, send);
        composerRow.setAlignment(Pos.BOTTOM_RIGHT);
        Label draftError = errorLabel(conversation.draftErrorProperty());
        draftError.setId("composerError");
        Label hint = new Label(l10n.get("messages.composer.hint"));
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        VBox composerBox = new VBox(4, composerRow, draftError, hint);
        composerBox.getStyleClass().add("composer-box");
        composerBox.disableProperty().bind(Bindings.createBooleanBinding(() -> conversation.conversationProperty().get() == null
                || !conversation.conversationProperty().get().canSend(), conversation.conversationProperty()));
        Label cannotSend = new Label(l10n.get("messages.cannotSend"));
        cannotSend.getStyleClass().add(Styles.TEXT_MUTED);
        cannotSend.visibleProperty().bind(composerBox.disabledProperty().and(conversation.conversationProperty().isNotNull()));
        cannotSend.managedProperty().bind(cannotSend.visibleProperty());

        VBox.setVgrow(messageList, Priority.ALWAYS);
        VBox pane = new VBox(header, errorLabel(conversation.errorProperty()), olderBox, messageList, receiptBox, cannotSend,
                composerBox);
        pane.visibleProperty().bind(conversation.conversationProperty().isNotNull());
        EmptyState placeholder = new EmptyState(Feather.MESSAGE_CIRCLE, l10n.get("messages.placeholder.title"),
                l10n.get("messages.placeholder.description"));
        placeholder.visibleProperty().bind(pane.visibleProperty().not());
        return new StackPane(placeholder, pane);
    }

    private static Label errorLabel(javafx.beans.value.ObservableStringValue text) {
        Label label = new Label();
        label.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        label.setWrapText(true);
        label.textProperty().bind(text);
        label.visibleProperty().bind(Bindings.isNotEmpty(text));
        label.managedProperty().bind(label.visibleProperty());
        label.setPadding(new Insets(2, 14, 2, 14));
        return label;
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void onShown() {
        viewModel.start();
        poll.play();
    }

    @Override
    public boolean onShortcut(Shortcut shortcut) {
        if (shortcut == Shortcut.FIND) {
            composer.requestFocus();
            return true;
        }
        if (shortcut == Shortcut.NEW) {
            openNewGroup();
            return true;
        }
        return false;
    }

    private void openNewGroup() {
        if (root.getScene() != null) {
            new GroupFormDialog(viewModel.newGroup(), l10n).show(root.getScene().getWindow());
        }
    }

    /** Shown now: in the window's current scene and not swapped out for another area. */
    private boolean isOnShow() {
        var scene = root.getScene();
        return scene != null && root.getParent() != null && scene.getWindow() != null && scene.getWindow().isShowing()
                && scene.getWindow().getScene() == scene;
    }

    private final class ConversationCell extends ListCell<ConversationSummary> {
        private final Label title = new Label();
        private final Label preview = new Label();
        private final Label badge = new Label();
        private final HBox top = new HBox(6, title, new Region(), badge);
        private final VBox box = new VBox(2, top, preview);

        ConversationCell() {
            title.getStyleClass().add("conversation-cell-title");
            preview.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            badge.getStyleClass().add("unread-badge");
            HBox.setHgrow(top.getChildren().get(1), Priority.ALWAYS);
            top.setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(ConversationSummary item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            title.setText(item.title());
            preview.setText(item.lastMessagePreview() == null ? l10n.get("messages.noMessagesYet")
                    : (item.type() == ConversationType.GROUP && item.lastSenderName() != null
                    ? item.lastSenderName() + ": " : "") + item.lastMessagePreview());
            badge.setText(String.valueOf(item.unreadCount()));
            badge.setVisible(item.unreadCount() > 0);
            setGraphic(box);
        }
    }

    private final class MessageCell extends ListCell<MessageView> {
        private final Label body = new Label();
        private final Label meta = new Label();
        private final VBox bubble = new VBox(3, body, meta);
        private final HBox row = new HBox(bubble);

        MessageCell() {
            body.setWrapText(true);
            body.setMaxWidth(520);
            meta.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            bubble.getStyleClass().add("bubble");
            bubble.setMaxWidth(Region.USE_PREF_SIZE);
            row.setPadding(new Insets(3, 10, 3, 10));
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(MessageView item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            boolean mine = conversation.isMine(item);
            body.setText(item.body());
            meta.setText((mine ? "" : item.senderName() + " \u00b7 ") + hubTime.timeOrDateTime(item.sentAt(), java.time.Clock.systemUTC()));
            bubble.getStyleClass().remove("bubble-mine");
            if (mine) {
                bubble.getStyleClass().add("bubble-mine");
            }
            row.setAlignment(mine ? Pos.CENTER_RIGHT : Pos.CENTER_LEFT);
            setGraphic(row);
        }
    }

    /** Requests to answer, requests sent, and connections, each with its actions. */
    static final class ConnectionsPanel {
        private final ConnectionsViewModel vm;
        private final Localization l10n;
        private final VBox root = new VBox(8);

        ConnectionsPanel(ConnectionsViewModel vm, Localization l10n) {
            this.vm = vm;
            this.l10n = l10n;
            root.setPadding(new Insets(10));
            Label error = errorLabel(vm.errorProperty());
            ListView<ConnectionView> incoming = list("incomingList", vm.incoming(), r -> actions(
                    button("acceptButton", "connections.accept", Styles.SUCCESS, () -> vm.accept(r)),
                    button("declineButton", "connections.decline", null, () -> vm.decline(r))));
            ListView<ConnectionView> outgoing = list("outgoingList", vm.outgoing(), r -> actions(
                    button("withdrawButton", "connections.withdraw", null, () -> vm.withdraw(r))));
            ListView<ConnectionView> connected = list("connectedList", vm.connected(), r -> actions(
                    button("messageConnectionButton", "connections.message", Styles.ACCENT, () -> vm.message(r))));
            VBox.setVgrow(connected, Priority.ALWAYS);
            root.getChildren().addAll(error,
                    section("connections.incoming"), incoming,
                    section("connections.outgoing"), outgoing,
                    section("connections.connected"), connected);
            incoming.setPrefHeight(150);
            outgoing.setPrefHeight(110);
        }

        private Label section(String key) {
            Label label = new Label(l10n.get(key));
            label.getStyleClass().add(Styles.TEXT_BOLD);
            return label;
        }

        private HBox actions(Button... buttons) {
            HBox box = new HBox(4, buttons);
            box.setAlignment(Pos.CENTER_RIGHT);
            return box;
        }

        private Button button(String id, String key, String style, Runnable action) {
            Button b = new Button(l10n.get(key));
            b.setId(id);
            b.getStyleClass().add(Styles.SMALL);
            if (style != null) {
                b.getStyleClass().add(style);
            }
            b.setOnAction(e -> action.run());
            return b;
        }

        private ListView<ConnectionView> list(String id, javafx.collections.ObservableList<ConnectionView> items,
                                              java.util.function.Function<ConnectionView, Node> actions) {
            ListView<ConnectionView> list = new ListView<>(items);
            list.setId(id);
            list.setPlaceholder(new Label(l10n.get("connections.none")));
            list.setCellFactory(lv -> new ListCell<>() {
                @Override
                protected void updateItem(ConnectionView item, boolean empty) {
                    super.updateItem(item, empty);
                    if (empty || item == null) {
                        setGraphic(null);
                        return;
                    }
                    Label name = new Label(item.memberName());
                    name.getStyleClass().add(Styles.TEXT_BOLD);
                    VBox text = new VBox(1, name);
                    String detail = item.message() != null ? "\u201c" + item.message() + "\u201d" : item.headline();
                    if (detail != null && !detail.isBlank()) {
                        Label d = new Label(detail);
                        d.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
                        d.setWrapText(true);
                        text.getChildren().add(d);
                    }
                    HBox.setHgrow(text, Priority.ALWAYS);
                    HBox row = new HBox(6, text, actions.apply(item));
                    row.setAlignment(Pos.CENTER_LEFT);
                    setGraphic(row);
                }
            });
            return list;
        }

        Parent root() {
            return root;
        }
    }

    /** For callers that want to react to a conversation being opened elsewhere. */
    public Consumer<java.util.UUID> opener() {
        return viewModel::open;
    }
}
