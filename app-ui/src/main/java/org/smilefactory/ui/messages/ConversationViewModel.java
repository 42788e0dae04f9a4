package org.smilefactory.ui.messages;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.smilefactory.core.api.ValidationException;
import org.smilefactory.core.api.messaging.ConversationType;
import org.smilefactory.core.api.messaging.ConversationView;
import org.smilefactory.core.api.messaging.MessagePage;
import org.smilefactory.core.api.messaging.MessageView;
import org.smilefactory.core.api.messaging.MessagingService;
import org.smilefactory.core.api.messaging.NewMessages;
import org.smilefactory.core.api.messaging.Participant;
import org.smilefactory.core.api.messaging.SendMessage;
import org.smilefactory.ui.l10n.Localization;
import org.smilefactory.ui.util.BackgroundTask;
import org.smilefactory.ui.util.Errors;
import org.smilefactory.ui.util.TaskExecutor;

/**
 * One open conversation: its messages oldest first (the newest at the bottom), older pages on
 * demand, the composer, read receipts, and {@link #poll()} for what arrives while it is open.
 */
public final class ConversationViewModel {

    static final int PAGE = 40;

    private final MessagingService messaging;
    private final TaskExecutor executor;
    private final Localization l10n;
    private final UUID me;
    private final Runnable onActivity;

    private final ObjectProperty<ConversationView> conversation = new SimpleObjectProperty<>();
    private final javafx.beans.binding.BooleanBinding canAddPeople;
    private final ObservableList<MessageView> messages = FXCollections.observableArrayList();
    private final StringProperty draft = new SimpleStringProperty("");
    private final StringProperty draftError = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty receipt = new SimpleStringProperty("");
    private final BooleanProperty hasOlder = new SimpleBooleanProperty();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final BooleanProperty sending = new SimpleBooleanProperty();
    private String olderCursor;
    private String newestCursor;
    private boolean polling;
    private long generation;

    /** @param onActivity told after the member sent or read something, so lists and badges can refresh */
    public ConversationViewModel(MessagingService messaging, TaskExecutor executor, Localization l10n, UUID me,
                                 Runnable onActivity) {
        this.messaging = Objects.requireNonNull(messaging);
        this.executor = Objects.requireNonNull(executor);
        this.l10n = Objects.requireNonNull(l10n);
        this.me = me;
        this.onActivity = Objects.requireNonNull(onActivity);
        draft.addListener((obs, old, now) -> draftError.set(""));
        canAddPeople = javafx.beans.binding.Bindings.createBooleanBinding(() -> {
            ConversationView c = conversation.get();
            return c != null && c.type() == ConversationType.GROUP && me != null && me.equals(c.createdBy())
                    && c.canSend();
        }, conversation);
    }

    /** Whether the member may add people to the open conversation: a group they started. */
    public javafx.beans.binding.BooleanBinding canAddPeopleProperty() {
        return canAddPeople;
    }

    private record Opened(ConversationView conversation, MessagePage page) {
    }

    public void open(UUID conversationId) {
        long mine = ++generation;
        error.set("");
        draftError.set("");
        BackgroundTask.wrap(() -> new Opened(messaging.conversation(conversationId),
                        messaging.messages(conversationId, null, PAGE)))
                .onRunning(() -> loading.set(true))
                .onSuccess(opened -> {
                    if (mine != generation) {
                        return;
                    }
                    List<MessageView> oldestFirst = new ArrayList<>(opened.page().messages());
                    java.util.Collections.reverse(oldestFirst);
                    messages.setAll(oldestFirst);
                    olderCursor = opened.page().olderCursor();
                    hasOlder.set(olderCursor != null);
                    newestCursor = oldestFirst.isEmpty() ? null : oldestFirst.get(oldestFirst.size() - 1).cursor();
                    conversation.set(opened.conversation());
                    updateReceipt(opened.conversation().participants());
                    markReadLatest();
                })
                .onFailure(e -> {
                    if (mine == generation) {
                        conversation.set(null);
                        messages.clear();
                        error.set(Errors.messageOf(e, l10n));
                    }
                })
                .onFinished(() -> {
                    if (mine == generation) {
                        loading.set(false);
                    }
                })
                .executeWith(executor);
    }

    public void close() {
        generation++;
        conversation.set(null);
        messages.clear();
        receipt.set("");
    }

    public void loadOlder() {
        ConversationView open = conversation.get();
        if (open == null || olderCursor == null || loading.get()) {
            return;
        }
        long mine = generation;
        String cursor = olderCursor;
        BackgroundTask.wrap(() -> messaging.messages(open.id(), cursor, PAGE))
                .onRunning(() -> loading.set(true))
                .onSuccess(page -> {
                    if (mine != generation) {
                        return;
                    }
                    List<MessageView> oldestFirst = new ArrayList<>(page.messages());
                    java.util.Collections.reverse(oldestFirst);
                    messages.addAll(0, oldestFirst);
                    olderCursor = page.olderCursor();
                    hasOlder.set(olderCursor != null);
                })
                .onFailure(e -> error.set(Errors.messageOf(e, l10n)))
                .onFinished(() -> loading.set(false))
                .executeWith(executor);
    }

    /** Sends the draft; an empty draft or a refused one shows its message under the composer. */
    public void send() {
        ConversationView open = conversation.get();
        if (open == null || sending.get()) {
            return;
        }
        String text = draft.get() == null ? "" : draft.get();
        if (text.isBlank()) {
            draftError.set(l10n.get("messages.composer.empty"));
            return;
        }
        BackgroundTask.wrap(() -> messaging.send(new SendMessage(open.id(), text)))
                .onRunning(() -> sending.set(true))
                .onSuccess(sent -> {
                    draft.set("");
                    poll();
                    onActivity.run();
                })
                .onFailure(e -> {
                    Throwable cause = Errors.unwrap(e);
                    if (cause instanceof ValidationException v && !v.violations().isEmpty()) {
                        draftError.set(v.violations().get(0).message());
                    } else {
                        draftError.set(Errors.messageOf(e, l10n));
                    }
                })
                .onFinished(() -> sending.set(false))
                .executeWith(executor);
    }

    /** Fetches what arrived since the newest message shown; skipped while a poll is still running. */
    public void poll() {
        ConversationView open = conversation.get();
        if (open == null || polling) {
            return;
        }
        polling = true;
        long mine = generation;
        String after = newestCursor;
        BackgroundTask.wrap(() -> messaging.messagesAfter(open.id(), after))
                .onSuccess(news -> {
                    if (mine == generation) {
                        arrived(news);
                    }
                })
                .onFailure(e -> {
                    if (mine == generation) {
                        error.set(Errors.messageOf(e, l10n));
                    }
                })
                .onFinished(() -> polling = false)
                .executeWith(executor);
    }

    private void arrived(NewMessages news) {
        error.set("");
        if (!news.messages().isEmpty()) {
            // a message already shown (sent here and polled back) is not added twice
            java.util.Set<UUID> shown = new java.util.HashSet<>();
            messages.forEach(m -> shown.add(m.id()));
            news.messages().stream().filter(m -> !shown.contains(m.id())).forEach(messages::add);
            newestCursor = news.cursor();
            markReadLatest();
        }
        updateReceipt(news.participants());
        if (news.more()) {
            poll();
        }
    }

    private void markReadLatest() {
        if (messages.isEmpty()) {
            return;
        }
        MessageView latest = messages.get(messages.size() - 1);
        UUID conversationId = latest.conversationId();
        BackgroundTask.run(() -> messaging.markRead(conversationId, latest.id()))
                .onSuccess(v -> onActivity.run())
                .onFailure(Errors::log)
                .executeWith(executor);
    }

    /** "Seen" under my latest message once the others' read positions reach it. */
    private void updateReceipt(List<Participant> participants) {
        ConversationView open = conversation.get();
        MessageView myLast = null;
        for (int i = messages.size() - 1; i >= 0; i--) {
            if (messages.get(i).senderId().equals(me)) {
                myLast = messages.get(i);
                break;
            }
        }
        if (open == null || myLast == null) {
            receipt.set("");
            return;
        }
        MessageView mine = myLast;
        List<Participant> others = participants.stream().filter(p -> !p.memberId().equals(me)).toList();
        long seen = others.stream().filter(p -> p.lastReadAt() != null && !p.lastReadAt().isBefore(mine.sentAt())).count();
        if (open.type() == ConversationType.DIRECT) {
            receipt.set(seen > 0 ? l10n.get("messages.receipt.seen") : l10n.get("messages.receipt.sent"));
        } else {
            receipt.set(l10n.format("messages.receipt.seenBy", seen, others.size()));
        }
    }

    public boolean isMine(MessageView message) {
        return message.senderId().equals(me);
    }

    public ReadOnlyObjectProperty<ConversationView> conversationProperty() {
        return conversation;
    }

    public ObservableList<MessageView> messages() {
        return messages;
    }

    public StringProperty draftProperty() {
        return draft;
    }

    public ReadOnlyStringProperty draftErrorProperty() {
        return draftError;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    public ReadOnlyStringProperty receiptProperty() {
        return receipt;
    }

    public ReadOnlyBooleanProperty hasOlderProperty() {
        return hasOlder;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    public ReadOnlyBooleanProperty sendingProperty() {
        return sending;
    }
}
