package org.smilefactory.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.smilefactory.core.api.NotFoundException;
import org.smilefactory.core.api.PermissionDeniedException;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.accounts.Role;
import org.smilefactory.core.api.notifications.NotificationPage;
import org.smilefactory.core.api.notifications.NotificationType;
import org.smilefactory.core.api.notifications.NotificationView;
import org.smilefactory.core.api.social.RequestConnection;
import org.smilefactory.core.testsupport.Hubs;

/** A member's own notifications: newest first, unread count, mark read — on any backend. */
public abstract class NotificationContract extends ContractFixture {

    private Session member(String first) {
        return Hubs.member(backend, admin, Role.USER, first, "Banda");
    }

    /** Five connection requests to {@code target}, one after the other, so there are five notifications. */
    private List<Session> requestsTo(Session target, int n) {
        List<Session> askers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Session s = member("Asker" + i);
            s.connections().request(new RequestConnection(target.member().id(), "note " + i));
            askers.add(s);
        }
        return askers;
    }

    @Test
    void notificationsAreNewestFirstPagedAndCarryWhatTheyAreAbout() {
        Session me = member("Chisomo");
        List<Session> askers = requestsTo(me, 5);
        List<NotificationView> all = new ArrayList<>();
        String cursor = null;
        do {
            NotificationPage page = me.notifications().list(cursor, 2);
            all.addAll(page.notifications());
            cursor = page.nextCursor();
        } while (cursor != null);
        assertThat(all).hasSize(5);
        assertThat(all).extracting(NotificationView::actorId)
                .containsExactly(askers.get(4).member().id(), askers.get(3).member().id(), askers.get(2).member().id(),
                        askers.get(1).member().id(), askers.get(0).member().id());
        NotificationView newest = all.get(0);
        assertThat(newest.type()).isEqualTo(NotificationType.CONNECTION_REQUEST);
        assertThat(newest.actorName()).isEqualTo("Asker4 Banda");
        assertThat(newest.entityType()).isEqualTo("member");
        assertThat(newest.entityId()).isEqualTo(askers.get(4).member().id());
        assertThat(newest.title()).contains("Asker4 Banda");
        assertThat(newest.body()).isEqualTo("note 4");
        assertThat(newest.createdAt()).isNotNull();
        assertThat(newest.unread()).isTrue();
    }

    @Test
    void markingOneOrAllReadLowersTheUnreadCount() {
        Session me = member("Mphatso");
        requestsTo(me, 3);
        assertThat(me.notifications().unreadCount()).isEqualTo(3);
        NotificationView first = me.notifications().list(null, 10).notifications().get(0);
        me.notifications().markRead(first.id());
        me.notifications().markRead(first.id());
        assertThat(me.notifications().unreadCount()).isEqualTo(2);
        assertThat(me.notifications().list(null, 10).notifications().get(0).readAt()).isNotNull();
        me.notifications().markAllRead();
        assertThat(me.notifications().unreadCount()).isZero();
        assertThat(me.notifications().list(null, 10).notifications()).noneMatch(NotificationView::unread);
    }

    @Test
    void nobodyCanReadOrMarkAnotherMembersNotifications() {
        Session me = member("Thoko");
        Session other = member("Kondwani");
        requestsTo(me, 1);
        UUID mine = me.notifications().list(null, 10).notifications().get(0).id();
        assertThat(other.notifications().list(null, 10).notifications()).extracting(NotificationView::id).doesNotContain(mine);
        assertThatThrownBy(() -> other.notifications().markRead(mine)).isInstanceOf(NotFoundException.class);
        other.notifications().markAllRead();
        assertThat(me.notifications().unreadCount()).isEqualTo(1);
        assertThatThrownBy(() -> me.notifications().markRead(UUID.randomUUID())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void kioskAccountsHaveNoNotifications() {
        Session kiosk = Hubs.member(backend, admin, Role.KIOSK, "Desk", "Kiosk");
        assertThatThrownBy(() -> kiosk.notifications().unreadCount()).isInstanceOf(PermissionDeniedException.class);
    }
}
