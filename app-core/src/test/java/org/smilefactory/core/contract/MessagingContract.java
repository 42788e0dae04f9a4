package org.smilefactory.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.smilefactory.core.api.NotFoundException;
import org.smilefactory.core.api.PermissionDeniedException;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.ValidationException;
import org.smilefactory.core.api.Violation;
import org.smilefactory.core.api.accounts.Role;
import org.smilefactory.core.api.messaging.ConversationSummary;
import org.smilefactory.core.api.messaging.ConversationType;
import org.smilefactory.core.api.messaging.ConversationView;
import org.smilefactory.core.api.messaging.MessagePage;
import org.smilefactory.core.api.messaging.MessageView;
import org.smilefactory.core.api.messaging.NewGroupConversation;
import org.smilefactory.core.api.messaging.NewMessages;
import org.smilefactory.core.api.messaging.Participant;
import org.smilefactory.core.api.messaging.SendMessage;
import org.smilefactory.core.api.notifications.NotificationType;
import org.smilefactory.core.api.notifications.NotificationView;
import org.smilefactory.core.testsupport.Hubs;

/** Direct and group conversations, unread counts, read receipts, paging and polling — on any backend. */
public abstract class MessagingContract extends ContractFixture {

    private Session member(String first) {
        return Hubs.member(backend, admin, Role.USER, first, "Dube");
    }

    private static UUID id(Session s) {
        return s.member().id();
    }

    private static MessageView say(Session s, UUID conversation, String text) {
        return s.messaging().send(new SendMessage(conversation, text));
    }

    private static List<NotificationView> messageNotifications(Session s) {
        return s.notifications().list(null, 100).notifications().stream()
                .filter(n -> n.type() == NotificationType.MESSAGE).toList();
    }

    @Test
    void aDirectConversationIsCreatedOnceAndCarriesMessagesBothWays() {
        Session ama = member("Ama");
        Session bo = member("Bo");
        ConversationView c = ama.messaging().direct(id(bo));
        assertThat(c.type()).isEqualTo(ConversationType.DIRECT);
        assertThat(c.title()).isEqualTo("Bo Dube");
        assertThat(c.canSend()).isTrue();
        assertThat(bo.messaging().direct(id(ama)).id()).isEqualTo(c.id());
        assertThat(ama.messaging().direct(id(bo)).id()).isEqualTo(c.id());

        MessageView hello = say(ama, c.id(), "Hello Bo");
        assertThat(hello.senderId()).isEqualTo(id(ama));
        assertThat(hello.body()).isEqualTo("Hello Bo");
        assertThat(hello.readAt()).isNull();
        say(bo, c.id(), "Hi Ama");

        MessagePage page = ama.messaging().messages(c.id(), null, 10);
        assertThat(page.messages()).extracting(MessageView::body).containsExactly("Hi Ama", "Hello Bo");
        assertThat(page.hasOlder()).isFalse();

        ConversationSummary line = bo.messaging().conversations(null, 10).conversations().get(0);
        assertThat(line.id()).isEqualTo(c.id());
        assertThat(line.title()).isEqualTo("Ama Dube");
        assertThat(line.lastMessagePreview()).isEqualTo("Hi Ama");
        assertThat(line.lastSenderName()).isEqualTo("Bo Dube");
    }

    @Test
    void unreadCountsAndReadReceiptsFollowMarkRead() {
        Session ama = member("Esi");
        Session bo = member("Kofi");
        UUID c = ama.messaging().direct(id(bo)).id();
        say(ama, c, "one");
        say(ama, c, "two");
        MessageView three = say(ama, c, "three");

        assertThat(bo.messaging().unreadCount()).isEqualTo(3);
        assertThat(ama.messaging().unreadCount()).isZero();
        assertThat(bo.messaging().conversations(null, 10).conversations().get(0).unreadCount()).isEqualTo(3);

        MessageView two = ama.messaging().messages(c, null, 10).messages().get(1);
        bo.messaging().markRead(c, two.id());
        assertThat(bo.messaging().unreadCount()).isEqualTo(1);
        List<MessageView> seen = ama.messaging().messages(c, null, 10).messages();
        assertThat(seen.get(0).readAt()).as("three, not read yet").isNull();
        assertThat(seen.get(1).readAt()).isNotNull();
        assertThat(seen.get(2).readAt()).isNotNull();

        // marking an older message read never moves the position back
        bo.messaging().markRead(c, three.id());
        bo.messaging().markRead(c, seen.get(2).id());
        assertThat(bo.messaging().unreadCount()).isZero();
        Participant boState = ama.messaging().conversation(c).participants().stream()
                .filter(p -> p.memberId().equals(id(bo))).findFirst().orElseThrow();
        assertThat(boState.lastReadMessageId()).isEqualTo(three.id());

        assertThatThrownBy(() -> bo.messaging().markRead(c, UUID.randomUUID())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void oneMessageNotificationPerConversationUntilRead() {
        Session ama = member("Yaw");
        Session bo = member("Abena");
        UUID c = ama.messaging().direct(id(bo)).id();
        say(ama, c, "first");
        MessageView second = say(ama, c, "second");
        List<NotificationView> notes = messageNotifications(bo);
        assertThat(notes).singleElement().satisfies(n -> {
            assertThat(n.entityType()).isEqualTo("conversation");
            assertThat(n.entityId()).isEqualTo(c);
            assertThat(n.actorName()).isEqualTo("Yaw Dube");
            assertThat(n.body()).isEqualTo("first");
            assertThat(n.unread()).isTrue();
        });
        assertThat(messageNotifications(ama)).isEmpty();

        bo.messaging().markRead(c, second.id());
        assertThat(messageNotifications(bo)).allMatch(n -> !n.unread());
        say(ama, c, "third");
        assertThat(messageNotifications(bo)).hasSize(2).filteredOn(NotificationView::unread).hasSize(1);
    }

    @Test
    void messagesArePagedNewestFirstWithACursor() {
        Session ama = member("Kwame");
        Session bo = member("Akua");
        UUID c = ama.messaging().direct(id(bo)).id();
        for (int i = 0; i < 7; i++) {
            say(i % 2 == 0 ? ama : bo, c, "m" + i);
        }
        List<String> bodies = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            MessagePage page = bo.messaging().messages(c, cursor, 3);
            page.messages().forEach(m -> bodies.add(m.body()));
            cursor = page.olderCursor();
            pages++;
        } while (cursor != null);
        assertThat(pages).isEqualTo(3);
        assertThat(bodies).containsExactly("m6", "m5", "m4", "m3", "m2", "m1", "m0");
        assertThatThrownBy(() -> bo.messaging().messages(c, "garbage", 3)).isInstanceOf(ValidationException.class);
    }

    @Test
    void anOpenConversationPollsForWhatIsNew() {
        Session ama = member("Ato");
        Session bo = member("Efua");
        UUID c = ama.messaging().direct(id(bo)).id();
        MessageView first = say(ama, c, "first");

        NewMessages none = bo.messaging().messagesAfter(c, first.cursor());
        assertThat(none.messages()).isEmpty();
        assertThat(none.cursor()).isEqualTo(first.cursor());

        say(ama, c, "second");
        say(bo, c, "third");
        NewMessages news = bo.messaging().messagesAfter(c, none.cursor());
        assertThat(news.messages()).extracting(MessageView::body).containsExactly("second", "third");
        assertThat(news.more()).isFalse();
        assertThat(bo.messaging().messagesAfter(c, news.cursor()).messages()).isEmpty();
        assertThat(bo.messaging().messagesAfter(c, null).messages()).extracting(MessageView::body)
                .containsExactly("first", "second", "third");
        // the read positions travel with each poll, so "seen" marks update too
        assertThat(news.participants()).extracting(Participant::memberId).containsExactlyInAnyOrder(id(ama), id(bo));
    }

    @Test
    void onlyParticipantsCanReadOrPost() {
        Session ama = member("Nana");
        Session bo = member("Adjoa");
        Session outsider = member("Snoop");
        UUID c = ama.messaging().direct(id(bo)).id();
        say(ama, c, "private");

        assertThatThrownBy(() -> outsider.messaging().messages(c, null, 10)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> outsider.messaging().conversation(c)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> outsider.messaging().messagesAfter(c, null)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> say(outsider, c, "let me in")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> outsider.messaging().addParticipants(c, List.of(id(outsider))))
                .isInstanceOf(NotFoundException.class);
        assertThat(outsider.messaging().conversations(null, 10).conversations()).isEmpty();
        assertThat(ama.messaging().messages(c, null, 10).messages()).hasSize(1);
    }

    @Test
    void aBlockedPairCannotMessage() {
        Session blocker = member("Kojo");
        Session blocked = member("Afia");
        UUID c = blocker.messaging().direct(id(blocked)).id();
        say(blocked, c, "before the block");
        blocker.connections().block(id(blocked));

        assertThatThrownBy(() -> say(blocked, c, "hello?")).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> say(blocker, c, "bye")).isInstanceOf(PermissionDeniedException.class);
        assertThat(blocked.messaging().conversation(c).canSend()).isFalse();
        assertThat(blocker.messaging().messages(c, null, 10).messages()).hasSize(1);

        Session stranger = member("Yaa");
        stranger.connections().block(id(blocked));
        assertThatThrownBy(() -> blocked.messaging().direct(id(stranger))).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> stranger.messaging().direct(id(blocked))).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> blocked.messaging().createGroup(new NewGroupConversation("Chat", List.of(id(stranger)))))
                .isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void groupConversationsTrackEachParticipantsReading() {
        Session host = member("Host");
        Session p1 = member("Pat");
        Session p2 = member("Sam");
        Session late = member("Late");
        ConversationView g = host.messaging().createGroup(new NewGroupConversation("  Demo day team ", List.of(id(p1), id(p2), id(p1))));
        assertThat(g.type()).isEqualTo(ConversationType.GROUP);
        assertThat(g.title()).isEqualTo("Demo day team");
        assertThat(g.participants()).extracting(Participant::memberId).containsExactlyInAnyOrder(id(host), id(p1), id(p2));

        MessageView m1 = say(host, g.id(), "Welcome");
        say(p1, g.id(), "Thanks");
        assertThat(p2.messaging().unreadCount()).isEqualTo(2);
        assertThat(p1.messaging().unreadCount()).as("replying reads what came before").isZero();
        p2.messaging().markRead(g.id(), m1.id());
        assertThat(p2.messaging().unreadCount()).isEqualTo(1);
        assertThat(m1.readAt()).isNull();
        Participant p2State = host.messaging().conversation(g.id()).participants().stream()
                .filter(p -> p.memberId().equals(id(p2))).findFirst().orElseThrow();
        assertThat(p2State.lastReadMessageId()).isEqualTo(m1.id());

        assertThatThrownBy(() -> p1.messaging().addParticipants(g.id(), List.of(id(late))))
                .isInstanceOf(PermissionDeniedException.class);
        host.messaging().addParticipants(g.id(), List.of(id(late), id(p1)));
        assertThat(late.messaging().messages(g.id(), null, 10).messages()).hasSize(2);
        assertThat(late.messaging().unreadCount()).as("history is readable, not unread").isZero();
        say(late, g.id(), "Hi all");
        assertThat(host.messaging().unreadCount()).isEqualTo(2);

        UUID direct = host.messaging().direct(id(p1)).id();
        assertThatThrownBy(() -> host.messaging().addParticipants(direct, List.of(id(late))))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void badMessagesAreRefusedAndNothingIsWritten() {
        Session ama = member("Kwesi");
        Session bo = member("Ekua");
        UUID c = ama.messaging().direct(id(bo)).id();
        ValidationException empty = catchThrowableOfType(ValidationException.class, () -> say(ama, c, "   "));
        assertThat(empty.violations()).extracting(Violation::field).containsExactly("body");
        ValidationException huge = catchThrowableOfType(ValidationException.class, () -> say(ama, c, "x".repeat(10_001)));
        assertThat(huge.violations()).extracting(Violation::field, Violation::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("body", "too-long"));
        assertThat(ama.messaging().messages(c, null, 10).messages()).isEmpty();
        assertThat(bo.messaging().unreadCount()).isZero();
        assertThat(say(ama, c, "x".repeat(10_000)).body()).hasSize(10_000);

        ValidationException noTitle = catchThrowableOfType(ValidationException.class,
                () -> ama.messaging().createGroup(new NewGroupConversation(" ", List.of())));
        assertThat(noTitle.violations()).extracting(Violation::field).containsExactlyInAnyOrder("title", "memberIds");
        ValidationException self = catchThrowableOfType(ValidationException.class, () -> ama.messaging().direct(id(ama)));
        assertThat(self.violations()).extracting(Violation::field).containsExactly("memberId");
        assertThatThrownBy(() -> ama.messaging().direct(UUID.randomUUID())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void conversationsAreListedNewestActivityFirst() {
        Session me = member("Lister");
        Session a = member("Alpha");
        Session b = member("Beta");
        Session c = member("Gamma");
        UUID ca = me.messaging().direct(id(a)).id();
        UUID cb = me.messaging().direct(id(b)).id();
        UUID cc = me.messaging().direct(id(c)).id();
        say(a, ca, "1");
        say(b, cb, "2");
        say(c, cc, "3");
        say(a, ca, "4");
        List<UUID> order = new ArrayList<>();
        String cursor = null;
        do {
            var page = me.messaging().conversations(cursor, 2);
            page.conversations().forEach(s -> order.add(s.id()));
            cursor = page.nextCursor();
        } while (cursor != null);
        assertThat(order).containsExactly(ca, cc, cb);
        // a conversation someone opened with me but never wrote in does not clutter my list
        Session silent = member("Silent");
        silent.messaging().direct(id(me));
        assertThat(me.messaging().conversations(null, 10).conversations()).hasSize(3);
    }

    @Test
    void kioskAccountsCannotMessage() {
        Session kiosk = Hubs.member(backend, admin, Role.KIOSK, "Hall", "Kiosk");
        Session m = member("Ola");
        assertThatThrownBy(() -> kiosk.messaging().conversations(null, 10)).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> m.messaging().direct(id(kiosk))).isInstanceOf(NotFoundException.class);
    }
}
