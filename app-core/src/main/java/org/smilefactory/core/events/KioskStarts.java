package org.smilefactory.core.events;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.smilefactory.core.api.events.KioskStart;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The pre-sign-in answer for a door laptop started for one event ({@link org.smilefactory.core.api.Backend#kioskStart}):
 * nothing about drafts, finished events or events without a kiosk account, so the answer tells an
 * outsider no more than a member sees in the events list.
 */
public final class KioskStarts {

    private KioskStarts() {
    }

    public static Optional<KioskStart> find(JdbcClient jdbc, UUID eventId) {
        if (eventId == null) {
            return Optional.empty();
        }
        return jdbc.sql("""
                SELECT e.id, e.title, e.start_date_time, e.end_date_time, e.timezone FROM events e
                WHERE e.id = ? AND e.status = 'published'
                  AND EXISTS (SELECT 1 FROM kiosk_assignments k WHERE k.event_id = e.id)
                """).param(eventId)
                .query((rs, n) -> new KioskStart(rs.getObject("id", UUID.class), rs.getString("title"),
                        rs.getObject("start_date_time", OffsetDateTime.class).toInstant(),
                        rs.getObject("end_date_time", OffsetDateTime.class).toInstant(), rs.getString("timezone")))
                .optional();
    }
}
