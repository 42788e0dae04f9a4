package org.smilefactory.ui.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.smilefactory.core.api.messaging.ConversationPage;
import org.smilefactory.core.api.messaging.ConversationType;
import org.smilefactory.core.api.messaging.ConversationView;
import org.smilefactory.core.api.messaging.MessagePage;
import org.smilefactory.core.api.messaging.MessageView;
import org.smilefactory.core.api.messaging.MessagingService;
import org.smilefactory.core.api.messaging.NewGroupConversation;
import org.smilefactory.core.api.messaging.NewMessages;
import org.smilefactory.core.api.messaging.Participant;
import org.smilefactory.core.api.messaging.SendMessage;
import org.smilefactory.ui.l10n.Localization;
import org.smilefactory.ui.util.CurrentThreadTaskExecutor;

/** The open conversation's state without a screen: order, sending, polling and the read receipt. */
class ConversationViewModelTest {

    private final Localization l10n = Localization.english();
    private final UUID me = UUID.randomUUID();
    private final UUID other = UUID.randomUUID();
    private final UUID conversationId = UUID.randomUUID();
    private final InMemoryMessaging messaging = new InMemoryMessaging();
    private final AtomicInteger activity = new AtomicInteger();
    private final ConversationViewModel vm = new ConversationViewModel(messaging, new CurrentThreadTaskExecutor(), l10n, me,
            activity::incrementAndGet);

    @Test
    void opensWithTheNewestMessageAtTheBottomAndMarksItRead() {
        messaging.add(other, "first");
        messaging.add(other, "second");
        vm.open(conversationId);
        assertThat(vm.messages()).extracting(MessageView::body).containsExactly("first", "second");
        assertThat(messaging.readUpTo).isEqualTo(vm.messages().get(1).id());
        assertThat(vm.receiptProperty().get()).isEmpty();
    }

    @Test
    void sendingClearsTheDraftAndThePollShowsTheMessageOnce() {
        vm.open(conversationId);
        vm.draftProperty().set("Hello");
        vm.send();
        assertThat(vm.draftProperty().get()).isEmpty();
        vm.poll();
        assertThat(vm.messages()).extracting(MessageView::body).containsExactly("Hello");
        assertThat(vm.receiptProperty().get()).isEqualTo(l10n.get("messages.receipt.sent"));
        assertThat(activity.get()).isPositive();

        messaging.otherReadAt = Instant.now().plusSeconds(1);
        messaging.add(other, "Hi back");
        vm.poll();
        assertThat(vm.messages()).extracting(MessageView::body).containsExactly("Hello", "Hi back");
        assertThat(vm.receiptProperty().get()).isEqualTo(l10n.get("messages.receipt.seen"));
    }

    @Test
    void anEmptyDraftIsNotSent() {
        vm.open(conversationId);
        vm.draftProperty().set("   ");
        vm.send();
        assertThat(vm.draftErrorProperty().get()).isEqualTo(l10n.get("messages.composer.empty"));
        assertThat(messaging.messages).isEmpty();
        vm.draftProperty().set("x");
        assertThat(vm.draftErrorProperty().get()).isEmpty();
    }

    /** A single direct conversation kept in memory, with cursors that are just positions. */
    private final class InMemoryMessaging implements MessagingService {
        final List<MessageView> messages = new ArrayList<>();
        UUID readUpTo;
        Instant otherReadAt;

        void add(UUID sender, String body) {
            Instant at = Instant.now().plusNanos(messages.size() * 1000L);
            messages.add(new MessageView(UUID.randomUUID(), conversationId, sender, sender.equals(me) ? "Me" : "Them", body,
                    at, null, String.valueOf(messages.size())));
        }

        private List<Participant> participants() {
            return List.of(new Participant(me, "Me", null, null), new Participant(other, "Them", null, otherReadAt));
        }

        @Override
        public ConversationView conversation(UUID id) {
            return new ConversationView(id, ConversationType.DIRECT, "Them", other, Instant.now(), participants(), true);
        }

        @Override
        public MessagePage messages(UUID id, String cursor, int limit) {
            List<MessageView> newestFirst = new ArrayList<>(messages);
            java.util.Collections.reverse(newestFirst);
            return new MessagePage(newestFirst, null);
        }

        @Override
        public NewMessages messagesAfter(UUID id, String after) {
            int from = after == null ? 0 : Integer.parseInt(after) + 1;
            List<MessageView> news = messages.subList(Math.min(from, messages.size()), messages.size());
            return new NewMessages(List.copyOf(news), participants(),
                    news.isEmpty() ? after : news.get(news.size() - 1).cursor(), false);
        }

        @Override
        public MessageView send(SendMessage command) {
            add(me, command.body());
            return messages.get(messages.size() - 1);
        }

        @Override
        public void markRead(UUID id, UUID messageId) {
            readUpTo = messageId;
        }

        @Override
        public ConversationView direct(UUID memberId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ConversationView createGroup(NewGroupConversation command) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ConversationView addParticipants(UUID id, List<UUID> memberIds) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ConversationPage conversations(String cursor, int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int unreadCount() {
            return 0;
        }
    }
}
