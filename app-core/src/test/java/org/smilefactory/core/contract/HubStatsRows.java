package org.smilefactory.core.contract;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.smilefactory.core.common.Ids;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Posts and events written straight into a hub's database for the dashboard contract (the content and
 * event services are other features; the dashboard only reads their rows).
 */
public final class HubStatsRows {

    private HubStatsRows() {
    }

    public static void post(JdbcClient jdbc, UUID author, Instant at) {
        jdbc.sql("""
                INSERT INTO posts (post_id, author_id, title, content, status, created_at, published_at, updated_at)
                VALUES (?, ?, 'Dashboard post', 'Counted per week', 'published', ?, ?, ?)
                """).params(Ids.next(), author, Timestamp.from(at), Timestamp.from(at), Timestamp.from(at)).update();
    }

    /** A published event that started at {@code at}, with confirmed attendees of whom the first {@code checkedIn} came. */
    public static UUID event(JdbcClient jdbc, UUID organiser, String title, Instant at, List<UUID> attendees, int checkedIn) {
        UUID id = Ids.next();
        jdbc.sql("""
                INSERT INTO events (id, title, event_type, start_date_time, end_date_time, organizer_id, status)
                VALUES (?, ?, 'meetup', ?, ?, ?, 'published')
                """).params(id, title, Timestamp.from(at), Timestamp.from(at.plusSeconds(7200)), organiser).update();
        for (int i = 0; i < attendees.size(); i++) {
            jdbc.sql("""
                    INSERT INTO event_attendees (id, event_id, user_id, status, check_in_time)
                    VALUES (?, ?, ?, 'confirmed', ?)
                    """).params(Ids.next(), id, attendees.get(i), i < checkedIn ? Timestamp.from(at.plusSeconds(60)) : null)
                    .update();
        }
        return id;
    }
}
