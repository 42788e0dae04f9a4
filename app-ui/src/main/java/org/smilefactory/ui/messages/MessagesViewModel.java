package org.smilefactory.ui.messages;

import java.util.Objects;
import java.util.UUID;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.smilefactory.core.api.messaging.ConversationPage;
import org.smilefactory.core.api.messaging.ConversationSummary;
import org.smilefactory.core.api.messaging.ConversationView;
import org.smilefactory.core.api.messaging.MessagingService;
import org.smilefactory.core.api.social.ConnectionService;
import org.smilefactory.ui.l10n.Localization;
import org.smilefactory.ui.util.BackgroundTask;
import org.smilefactory.ui.util.Errors;
import org.smilefactory.ui.util.TaskExecutor;

/**
 * The Messages area: the conversation list (newest activity first, unread badges), the open
 * conversation, and the Connections panel. While the area is shown the view calls {@link #poll()}
 * every few seconds (decision 0008).
 */
public final class MessagesViewModel {

    private final MessagingService messaging;
    private final TaskExecutor executor;
    private final Localization l10n;
    private final ConversationViewModel conversation;
    private final ConnectionsViewModel connections;

    private final ObservableList<ConversationSummary> conversations = FXCollections.observableArrayList();
    private final ObjectProperty<UUID> selectedId = new SimpleObjectProperty<>();
    private final IntegerProperty unreadTotal = new SimpleIntegerProperty();
    private final StringProperty error = new SimpleStringProperty("");
    private boolean started;
    private boolean refreshing;

    public MessagesViewModel(MessagingService messaging, ConnectionService connectionService, TaskExecutor executor,
                             Localization l10n, UUID me) {
        this.messaging = Objects.requireNonNull(messaging);
        this.executor = Objects.requireNonNull(executor);
        this.l10n = Objects.requireNonNull(l10n);
        this.conversation = new ConversationViewModel(messaging, executor, l10n, me, this::refreshConversations);
        this.connections = new ConnectionsViewModel(connectionService, executor, l10n, this::openWith);
        selectedId.addListener((obs, old, id) -> {
            if (id == null) {
                conversation.close();
            } else if (!id.equals(old)) {
                conversation.open(id);
            }
        });
    }

    /** Each time the area is shown. */
    public void start() {
        started = true;
        refreshConversations();
        connections.load();
    }

    public void refreshConversations() {
        if (refreshing) {
            return;
        }
        refreshing = true;
        BackgroundTask.wrap(() -> messaging.conversations(null, ConversationPage.MAX_LIMIT))
                .onSuccess(page -> {
                    error.set("");
                    conversations.setAll(page.conversations());
                    unreadTotal.set(page.conversations().stream().mapToInt(ConversationSummary::unreadCount).sum());
                })
                .onFailure(e -> error.set(Errors.messageOf(e, l10n)))
                .onFinished(() -> refreshing = false)
                .executeWith(executor);
    }

    /** What the area does every few seconds while shown: new messages in the open conversation, the list. */
    public void poll() {
        if (!started) {
            return;
        }
        conversation.poll();
        refreshConversations();
    }

    /** The member picked a row of the list; picking the open conversation again changes nothing. */
    public void select(UUID conversationId) {
        if (conversationId != null && !conversationId.equals(selectedId.get())) {
            selectedId.set(conversationId);
        }
    }

    /** Opens a conversation from elsewhere (a notification, a profile), reloading it if it is already open. */
    public void open(UUID conversationId) {
        if (Objects.equals(selectedId.get(), conversationId)) {
            conversation.open(conversationId);
        }
        selectedId.set(conversationId);
        refreshConversations();
    }

    /** Opens (creating on first use) the direct conversation with a member. */
    public void openWith(UUID memberId) {
        BackgroundTask.wrap(() -> messaging.direct(memberId))
                .onSuccess(view -> open(view.id()))
                .onFailure(e -> error.set(Errors.messageOf(e, l10n)))
                .executeWith(executor);
    }

    /**
     * A fresh "New group conversation" form over the member's connections (reloaded now, so someone
     * connected a moment ago is there); the new group opens when it is made.
     */
    public GroupFormViewModel newGroup() {
        connections.load();
        return GroupFormViewModel.newGroup(messaging, connections.connected(), executor, l10n, this::open);
    }

    /**
     * A form adding connections to the open group conversation, or null when there is none the
     * member may add to (only a group's creator adds people).
     */
    public GroupFormViewModel addPeople() {
        ConversationView open = conversation.conversationProperty().get();
        if (!conversation.canAddPeopleProperty().get()) {
            return null;
        }
        connections.load();
        return GroupFormViewModel.addPeople(messaging, connections.connected(), open, executor, l10n, this::open);
    }

    public ObservableList<ConversationSummary> conversations() {
        return conversations;
    }

    public ObjectProperty<UUID> selectedIdProperty() {
        return selectedId;
    }

    public ReadOnlyIntegerProperty unreadTotalProperty() {
        return unreadTotal;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    public ConversationViewModel conversation() {
        return conversation;
    }

    public ConnectionsViewModel connections() {
        return connections;
    }
}
