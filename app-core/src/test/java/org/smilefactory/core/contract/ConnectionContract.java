package org.smilefactory.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.smilefactory.core.api.ConflictException;
import org.smilefactory.core.api.NotFoundException;
import org.smilefactory.core.api.PermissionDeniedException;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.ValidationException;
import org.smilefactory.core.api.Violation;
import org.smilefactory.core.api.accounts.Role;
import org.smilefactory.core.api.notifications.NotificationType;
import org.smilefactory.core.api.notifications.NotificationView;
import org.smilefactory.core.api.social.ConnectionPage;
import org.smilefactory.core.api.social.ConnectionStatus;
import org.smilefactory.core.api.social.ConnectionView;
import org.smilefactory.core.api.social.RequestConnection;
import org.smilefactory.core.testsupport.Hubs;

/** Connection requests, answers, blocks and mutual connections — on any backend. */
public abstract class ConnectionContract extends ContractFixture {

    private Session member(String first) {
        return Hubs.member(backend, admin, Role.USER, first, "Moyo");
    }

    private static UUID id(Session s) {
        return s.member().id();
    }

    private static List<NotificationView> notifications(Session s) {
        return s.notifications().list(null, 100).notifications();
    }

    @Test
    void aRequestWithAMessageReachesTheRecipientAndAcceptingConnectsBoth() {
        Session tendai = member("Tendai");
        Session rudo = member("Rudo");

        ConnectionView sent = tendai.connections().request(new RequestConnection(id(rudo), "  Met you at the demo day  "));
        assertThat(sent.status()).isEqualTo(ConnectionStatus.REQUEST_SENT);
        assertThat(sent.message()).isEqualTo("Met you at the demo day");
        assertThat(sent.memberName()).isEqualTo("Rudo Moyo");

        assertThat(rudo.connections().status(id(tendai)).status()).isEqualTo(ConnectionStatus.REQUEST_RECEIVED);
        assertThat(rudo.connections().incoming()).singleElement().satisfies(r -> {
            assertThat(r.memberId()).isEqualTo(id(tendai));
            assertThat(r.message()).isEqualTo("Met you at the demo day");
        });
        assertThat(tendai.connections().outgoing()).extracting(ConnectionView::memberId).containsExactly(id(rudo));
        assertThat(notifications(rudo)).singleElement().satisfies(n -> {
            assertThat(n.type()).isEqualTo(NotificationType.CONNECTION_REQUEST);
            assertThat(n.actorId()).isEqualTo(id(tendai));
            assertThat(n.actorName()).isEqualTo("Tendai Moyo");
            assertThat(n.entityType()).isEqualTo("member");
            assertThat(n.entityId()).isEqualTo(id(tendai));
            assertThat(n.body()).isEqualTo("Met you at the demo day");
        });

        assertThat(rudo.connections().accept(id(tendai)).status()).isEqualTo(ConnectionStatus.CONNECTED);
        assertThat(tendai.connections().status(id(rudo)).status()).isEqualTo(ConnectionStatus.CONNECTED);
        assertThat(rudo.connections().incoming()).isEmpty();
        assertThat(tendai.connections().outgoing()).isEmpty();
        assertThat(tendai.connections().connections(null, 10).entries()).extracting(ConnectionView::memberId)
                .containsExactly(id(rudo));
        assertThat(notifications(tendai)).singleElement().satisfies(n -> {
            assertThat(n.type()).isEqualTo(NotificationType.CONNECTION_ACCEPTED);
            assertThat(n.entityId()).isEqualTo(id(rudo));
        });
    }

    @Test
    void decliningIsInvisibleToTheRequester() {
        Session asker = member("Farai");
        Session decliner = member("Nyasha");
        ConnectionView before = asker.connections().request(new RequestConnection(id(decliner), "Hello"));
        int askerNotifications = notifications(asker).size();

        decliner.connections().decline(id(asker));

        ConnectionView after = asker.connections().status(id(decliner));
        assertThat(after).isEqualTo(before);
        assertThat(asker.connections().outgoing()).containsExactly(before);
        assertThat(notifications(asker)).hasSize(askerNotifications);
        // asking again looks exactly like asking twice while pending
        ConflictException again = catchThrowableOfType(ConflictException.class,
                () -> asker.connections().request(new RequestConnection(id(decliner), null)));
        Session other = member("Kuda");
        Session otherTarget = member("Vimbai");
        other.connections().request(new RequestConnection(id(otherTarget), null));
        ConflictException pendingTwice = catchThrowableOfType(ConflictException.class,
                () -> other.connections().request(new RequestConnection(id(otherTarget), null)));
        assertThat(again.getMessage()).isEqualTo(pendingTwice.getMessage());

        // for the decliner the request is gone
        assertThat(decliner.connections().incoming()).isEmpty();
        assertThat(decliner.connections().status(id(asker)).status()).isEqualTo(ConnectionStatus.NONE);
        // the requester can still withdraw what they think is pending
        assertThat(asker.connections().withdraw(id(decliner)).status()).isEqualTo(ConnectionStatus.NONE);
        assertThat(asker.connections().outgoing()).isEmpty();
    }

    @Test
    void theDeclinerMayLaterAskThemselves() {
        Session a = member("Chipo");
        Session b = member("Tafadzwa");
        a.connections().request(new RequestConnection(id(b), null));
        b.connections().decline(id(a));
        assertThat(b.connections().request(new RequestConnection(id(a), "Changed my mind")).status())
                .isEqualTo(ConnectionStatus.REQUEST_SENT);
        assertThat(a.connections().status(id(b)).status()).isEqualTo(ConnectionStatus.REQUEST_RECEIVED);
        assertThat(a.connections().accept(id(b)).status()).isEqualTo(ConnectionStatus.CONNECTED);
    }

    @Test
    void askingBackAcceptsTheCrossingRequest() {
        Session a = member("Tatenda");
        Session b = member("Rufaro");
        a.connections().request(new RequestConnection(id(b), null));
        assertThat(b.connections().request(new RequestConnection(id(a), null)).status()).isEqualTo(ConnectionStatus.CONNECTED);
        assertThat(a.connections().status(id(b)).status()).isEqualTo(ConnectionStatus.CONNECTED);
    }

    @Test
    void withdrawingTakesTheRequestBack() {
        Session a = member("Simba");
        Session b = member("Thandi");
        a.connections().request(new RequestConnection(id(b), null));
        assertThatThrownBy(() -> b.connections().withdraw(id(a))).isInstanceOf(NotFoundException.class);
        a.connections().withdraw(id(b));
        assertThat(b.connections().incoming()).isEmpty();
        assertThat(b.connections().status(id(a)).status()).isEqualTo(ConnectionStatus.NONE);
        assertThatThrownBy(() -> b.connections().accept(id(a))).isInstanceOf(NotFoundException.class);
        // and a new request is possible afterwards
        assertThat(a.connections().request(new RequestConnection(id(b), null)).status()).isEqualTo(ConnectionStatus.REQUEST_SENT);
    }

    @Test
    void selfRequestsDuplicatesAndBadInputAreRefusedClearly() {
        Session a = member("Tsitsi");
        Session b = member("Blessing");
        ValidationException self = catchThrowableOfType(ValidationException.class,
                () -> a.connections().request(new RequestConnection(id(a), null)));
        assertThat(self.violations()).extracting(Violation::field, Violation::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("memberId", "self"));

        ValidationException tooLong = catchThrowableOfType(ValidationException.class,
                () -> a.connections().request(new RequestConnection(id(b), "x".repeat(1001))));
        assertThat(tooLong.violations()).extracting(Violation::field).containsExactly("message");
        assertThat(b.connections().incoming()).isEmpty();
        assertThat(notifications(b)).isEmpty();

        assertThat(a.connections().request(new RequestConnection(id(b), "y".repeat(1000))).status())
                .isEqualTo(ConnectionStatus.REQUEST_SENT);
        assertThatThrownBy(() -> a.connections().request(new RequestConnection(id(b), null)))
                .isInstanceOf(ConflictException.class);
        b.connections().accept(id(a));
        assertThatThrownBy(() -> a.connections().request(new RequestConnection(id(b), null)))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> b.connections().accept(id(a))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> a.connections().request(new RequestConnection(UUID.randomUUID(), null)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aBlockedMemberCannotSendRequestsAndLearnsNoMore() {
        Session blocker = member("Precious");
        Session blocked = member("Tonderai");
        blocked.connections().request(new RequestConnection(id(blocker), "please"));

        ConnectionView mine = blocker.connections().block(id(blocked));
        assertThat(mine.status()).isEqualTo(ConnectionStatus.BLOCKED_BY_ME);
        assertThat(blocker.connections().incoming()).isEmpty();
        assertThat(blocked.connections().outgoing()).isEmpty();
        assertThat(blocker.notifications().unreadCount()).isZero();

        ConnectionView theirs = blocked.connections().status(id(blocker));
        assertThat(theirs.status()).isEqualTo(ConnectionStatus.UNAVAILABLE);
        assertThat(theirs.message()).isNull();
        assertThat(theirs.since()).isNull();

        PermissionDeniedException refused = catchThrowableOfType(PermissionDeniedException.class,
                () -> blocked.connections().request(new RequestConnection(id(blocker), "again")));
        assertThat(refused.getMessage()).doesNotContainIgnoringCase("block");
        assertThatThrownBy(() -> blocker.connections().request(new RequestConnection(id(blocked), null)))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(blocker.notifications().unreadCount()).isZero();

        // only the blocker's own block can be lifted by them
        blocked.connections().unblock(id(blocker));
        assertThat(blocked.connections().status(id(blocker)).status()).isEqualTo(ConnectionStatus.UNAVAILABLE);
        assertThat(blocker.connections().unblock(id(blocked)).status()).isEqualTo(ConnectionStatus.NONE);
        assertThat(blocked.connections().request(new RequestConnection(id(blocker), null)).status())
                .isEqualTo(ConnectionStatus.REQUEST_SENT);
    }

    @Test
    void blockingEndsAConnectionAndBothBlocksMustBeLifted() {
        Session a = member("Anesu");
        Session b = member("Munya");
        a.connections().request(new RequestConnection(id(b), null));
        b.connections().accept(id(a));

        a.connections().block(id(b));
        assertThat(a.connections().connections(null, 10).entries()).isEmpty();
        assertThat(b.connections().connections(null, 10).entries()).isEmpty();

        b.connections().block(id(a));
        assertThat(b.connections().status(id(a)).status()).isEqualTo(ConnectionStatus.BLOCKED_BY_ME);
        assertThat(a.connections().unblock(id(b)).status()).isEqualTo(ConnectionStatus.UNAVAILABLE);
        assertThat(b.connections().status(id(a)).status()).isEqualTo(ConnectionStatus.BLOCKED_BY_ME);
        assertThatThrownBy(() -> a.connections().request(new RequestConnection(id(b), null)))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(b.connections().unblock(id(a)).status()).isEqualTo(ConnectionStatus.NONE);
        assertThat(a.connections().status(id(b)).status()).isEqualTo(ConnectionStatus.NONE);
    }

    @Test
    void removingAConnectionEndsItForBoth() {
        Session a = member("Gift");
        Session b = member("Loveness");
        a.connections().request(new RequestConnection(id(b), null));
        b.connections().accept(id(a));
        assertThat(b.connections().remove(id(a)).status()).isEqualTo(ConnectionStatus.NONE);
        assertThat(a.connections().status(id(b)).status()).isEqualTo(ConnectionStatus.NONE);
        assertThatThrownBy(() -> a.connections().remove(id(b))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void mutualConnectionsAreThoseBothHave() {
        Session me = member("Kudzai");
        Session them = member("Ropafadzo");
        Session shared = member("Shamiso");
        Session onlyMine = member("Fadzai");
        connect(me, shared);
        connect(them, shared);
        connect(me, onlyMine);
        assertThat(me.connections().mutual(id(them))).extracting(ConnectionView::memberId).containsExactly(id(shared));
        assertThat(them.connections().mutual(id(me))).extracting(ConnectionView::memberId).containsExactly(id(shared));
    }

    @Test
    void myConnectionsArePagedByName() {
        Session me = member("Paging");
        Set<UUID> expected = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            Session friend = member("Friend" + i);
            connect(me, friend);
            expected.add(id(friend));
        }
        List<UUID> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            ConnectionPage page = me.connections().connections(cursor, 2);
            page.entries().forEach(e -> seen.add(e.memberId()));
            cursor = page.nextCursor();
            pages++;
        } while (cursor != null);
        assertThat(pages).isEqualTo(3);
        assertThat(seen).hasSize(5).containsExactlyInAnyOrderElementsOf(expected);
        assertThatThrownBy(() -> me.connections().connections("not-a-cursor", 2)).isInstanceOf(ValidationException.class);
    }

    @Test
    void kioskAccountsCannotUseConnections() {
        Session kiosk = Hubs.member(backend, admin, Role.KIOSK, "Gate", "Kiosk");
        Session m = member("Nobuhle");
        assertThatThrownBy(() -> kiosk.connections().request(new RequestConnection(id(m), null)))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> kiosk.connections().incoming()).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> m.connections().request(new RequestConnection(id(kiosk), null)))
                .isInstanceOf(NotFoundException.class);
    }

    private static void connect(Session a, Session b) {
        a.connections().request(new RequestConnection(id(b), null));
        b.connections().accept(id(a));
    }
}
