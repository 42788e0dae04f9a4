package org.smilefactory.core.contract;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.smilefactory.core.common.Ids;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rows of a given age written straight into a hub's database for the retention contract: scans, AI
 * history, notifications, audit entries and tokens are written by other features, and none of them
 * can be back-dated through the contract.
 */
public final class RetentionRows {

    private final JdbcClient jdbc;

    public RetentionRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static Timestamp daysAgo(int days) {
        return Timestamp.from(Instant.now().minus(Duration.ofDays(days)).minusSeconds(60));
    }

    public UUID event(UUID organiser) {
        UUID id = Ids.next();
        jdbc.sql("""
                INSERT INTO events (id, title, event_type, start_date_time, end_date_time, organizer_id, status)
                VALUES (?, 'Retention night', 'meetup', now(), now() + interval '2 hours', ?, 'published')
                """).params(id, organiser).update();
        return id;
    }

    public UUID scan(UUID event, int ageDays) {
        UUID id = Ids.next();
        jdbc.sql("INSERT INTO event_check_in_scans (id, event_id, ticket_code, scanned_at, outcome) VALUES (?, ?, 'SF-1', ?, 'duplicate')")
                .params(id, event, daysAgo(ageDays)).update();
        return id;
    }

    /** A conversation with one message, last active {@code ageDays} ago. */
    public UUID conversation(UUID member, int ageDays) {
        UUID id = Ids.next();
        Timestamp at = daysAgo(ageDays);
        jdbc.sql("INSERT INTO ai_conversations (id, user_id, started_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?)")
                .params(id, member, at, at, at).update();
        jdbc.sql("INSERT INTO ai_conversation_messages (id, conversation_id, role, content, \"timestamp\") VALUES (?, ?, 'user', 'Hello', ?)")
                .params(Ids.next(), id, at).update();
        return id;
    }

    public UUID analytics(UUID member, int ageDays) {
        UUID id = Ids.next();
        jdbc.sql("INSERT INTO ai_analytics (id, user_id, event_type, event_data, created_at) VALUES (?, ?, 'assistant_answer', CAST('{}' AS jsonb), ?)")
                .params(id, member, daysAgo(ageDays)).update();
        return id;
    }

    public UUID notification(UUID member, int ageDays, boolean read) {
        UUID id = Ids.next();
        Timestamp at = daysAgo(ageDays);
        jdbc.sql("INSERT INTO notifications (id, user_id, notification_type, title, read_at, created_at) VALUES (?, ?, 'system', 'Old news', ?, ?)")
                .params(id, member, read ? at : null, at).update();
        return id;
    }

    public UUID audit(int ageDays) {
        UUID id = Ids.next();
        jdbc.sql("INSERT INTO audit_log (id, action, entity_type, created_at) VALUES (?, 'test.planted', 'test', ?)")
                .params(id, daysAgo(ageDays)).update();
        return id;
    }

    /** A session token that ended {@code endedDaysAgo} ago: revoked (still unexpired) or expired. */
    public UUID token(UUID member, int endedDaysAgo, boolean revoked) {
        UUID id = Ids.next();
        Timestamp ended = daysAgo(endedDaysAgo);
        jdbc.sql("""
                INSERT INTO auth_tokens (id, user_id, token_hash, purpose, created_at, expires_at, revoked_at)
                VALUES (?, ?, ?, 'session', ?, ?, ?)""")
                .params(id, member, "planted-" + id, ended,
                        revoked ? Timestamp.from(Instant.now().plus(Duration.ofDays(10))) : ended, revoked ? ended : null)
                .update();
        return id;
    }

    public boolean exists(String table, UUID id) {
        return jdbc.sql("SELECT count(*) FROM " + table + " WHERE id = ?").param(id).query(Long.class).single() > 0;
    }

    public long messagesOf(UUID conversation) {
        return jdbc.sql("SELECT count(*) FROM ai_conversation_messages WHERE conversation_id = ?").param(conversation)
                .query(Long.class).single();
    }
}
