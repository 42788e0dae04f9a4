package org.smilefactory.core.notifications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.smilefactory.core.api.NotFoundException;
import org.smilefactory.core.api.notifications.NotificationPage;
import org.smilefactory.core.api.notifications.NotificationService;
import org.smilefactory.core.api.notifications.NotificationType;
import org.smilefactory.core.api.notifications.NotificationView;
import org.smilefactory.core.common.Actor;
import org.smilefactory.core.common.CoreContext;
import org.smilefactory.core.common.Messages;
import org.smilefactory.core.social.Cursors;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The local implementation of {@link NotificationService}: every query is scoped to the actor's own rows. */
public final class LocalNotificationService implements NotificationService {

    private static final char CURSOR = 'n';

    private final CoreContext ctx;
    private final Actor actor;
    private final JdbcClient jdbc;

    public LocalNotificationService(CoreContext ctx, Actor actor) {
        this.ctx = ctx;
        this.actor = actor;
        this.jdbc = ctx.jdbc();
    }

    @Override
    public NotificationPage list(String cursor, int limit) {
        UUID me = me();
        int n = Cursors.limit(limit, NotificationPage.DEFAULT_LIMIT, NotificationPage.MAX_LIMIT);
        Cursors.TimeKey after = Cursors.time(CURSOR, cursor);
        var spec = jdbc.sql("""
                        SELECT n.id, n.notification_type, n.actor_id, coalesce(nullif(a.full_name, ''), a.email) AS actor_name,
                               n.entity_type, n.entity_id, n.title, n.body, n.created_at, n.read_at
                        FROM notifications n LEFT JOIN personal_details a ON a.user_id = n.actor_id
                        WHERE n.user_id = :me %s
                        ORDER BY n.created_at DESC, n.id DESC LIMIT :limit
                        """.formatted(after == null ? "" : "AND (n.created_at, n.id) < (:ct, :cid)"))
                .param("me", me).param("limit", n + 1);
        if (after != null) {
            spec = spec.param("ct", OffsetDateTime.ofInstant(after.time(), ZoneOffset.UTC)).param("cid", after.id());
        }
        List<NotificationView> rows = spec.query((rs, i) -> view(rs)).list();
        String next = null;
        if (rows.size() > n) {
            NotificationView last = rows.get(n - 1);
            next = Cursors.time(CURSOR, last.createdAt(), last.id());
            rows = rows.subList(0, n);
        }
        return new NotificationPage(List.copyOf(rows), next);
    }

    @Override
    public int unreadCount() {
        return jdbc.sql("SELECT count(*) FROM notifications WHERE user_id = ? AND read_at IS NULL")
                .param(me()).query(Long.class).single().intValue();
    }

    @Override
    public void markRead(UUID notificationId) {
        UUID me = me();
        // Someone else's notification is indistinguishable from a missing one.
        boolean mine = notificationId != null && jdbc.sql("SELECT count(*) FROM notifications WHERE id = ? AND user_id = ?")
                .params(notificationId, me).query(Long.class).single() > 0;
        if (!mine) {
            throw new NotFoundException(Messages.get("notifications.notFound"));
        }
        jdbc.sql("UPDATE notifications SET read_at = now() WHERE id = ? AND user_id = ? AND read_at IS NULL")
                .params(notificationId, me).update();
    }

    @Override
    public void markAllRead() {
        jdbc.sql("UPDATE notifications SET read_at = now() WHERE user_id = ? AND read_at IS NULL").param(me()).update();
    }

    private static NotificationView view(ResultSet rs) throws SQLException {
        return new NotificationView(rs.getObject("id", UUID.class),
                NotificationType.valueOf(rs.getString("notification_type").toUpperCase(Locale.ROOT)),
                rs.getObject("actor_id", UUID.class), rs.getString("actor_name"), rs.getString("entity_type"),
                rs.getObject("entity_id", UUID.class), rs.getString("title"), rs.getString("body"),
                instant(rs, "created_at"), instant(rs, "read_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private UUID me() {
        actor.requireNotKiosk();
        return actor.memberId();
    }
}
