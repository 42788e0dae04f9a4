package org.smilefactory.core.notifications;

import java.util.UUID;
import org.smilefactory.core.common.Ids;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes a notification inside the caller's transaction, so the action that causes it and the
 * notification commit or roll back together. Every feature that notifies members goes through here.
 *
 * <p>{@code type} is one of the {@code notifications.notification_type} values (e.g. {@code comment},
 * {@code reply}, {@code mention}, {@code message}, {@code connection_request}, {@code moderation_outcome}).
 * Nobody is notified about their own action.
 */
public final class Notifier {

    private Notifier() {
    }

    public static void notify(JdbcClient jdbc, UUID recipient, String type, UUID actorId,
                              String entityType, UUID entityId, String title, String body) {
        if (recipient == null || recipient.equals(actorId)) {
            return;
        }
        jdbc.sql("""
                INSERT INTO notifications (id, user_id, notification_type, actor_id, entity_type, entity_id, title, body, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, now())
                """)
                .params(Ids.next(), recipient, type, actorId, entityType, entityId, title, body)
                .update();
    }
}
