package org.smilefactory.core.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.smilefactory.core.api.Backend;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.admin.DemoSize;
import org.smilefactory.core.api.events.EventPage;
import org.smilefactory.core.api.events.EventQuery;
import org.smilefactory.core.common.CoreContext;
import org.smilefactory.core.platform.Backends;
import org.smilefactory.core.platform.LocalBackend;
import org.smilefactory.core.testsupport.Hubs;
import org.smilefactory.core.testsupport.TestPostgres;

/** The demo community's events: every lifecycle state, registrations that respect capacity, tickets. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoEventsTest {

    private Backend backend;
    private Session admin;
    private CoreContext ctx;

    @BeforeAll
    void generate() {
        backend = Backends.direct(TestPostgres.jdbcUrl(TestPostgres.createDatabase()), "postgres", "");
        admin = backend.completeSetup(Hubs.setup(Hubs.uniqueEmail("admin")));
        ctx = ((LocalBackend) backend).context();
        admin.demoData().generate(DemoSize.S, p -> { }, () -> false);
    }

    @AfterAll
    void close() {
        backend.close();
    }

    private long count(String sql) {
        return ctx.jdbc().sql(sql).query(Long.class).single();
    }

    @Test
    void theSmallCommunityHasEventsInEveryStateWithRegistrations() {
        assertThat(count("SELECT count(*) FROM events")).isEqualTo(DemoEvents.eventCount(200));
        assertThat(count("SELECT count(DISTINCT status) FROM events")).isEqualTo(4);
        assertThat(count("SELECT count(*) FROM event_attendees")).isGreaterThan(50);
        assertThat(count("SELECT count(*) FROM event_attendees WHERE check_in_time IS NOT NULL")).isPositive();
        assertThat(count("SELECT count(*) FROM event_attendees WHERE ticket_code IS NULL OR length(ticket_code) <> 24")).isZero();
        // capacity holds and the trigger-kept counter equals the confirmed rows
        assertThat(count("SELECT count(*) FROM events WHERE max_attendees IS NOT NULL AND current_attendees > max_attendees")).isZero();
        assertThat(count("""
                SELECT count(*) FROM events e
                WHERE e.current_attendees <> (SELECT count(*) FROM event_attendees a WHERE a.event_id = e.id AND a.status = 'confirmed')
                """)).isZero();
        assertThat(count("SELECT count(*) FROM event_attendees a JOIN events e ON e.id = a.event_id "
                + "WHERE a.status = 'waitlist' AND (e.max_attendees IS NULL OR e.current_attendees < e.max_attendees)")).isZero();
        EventPage upcoming = admin.events().list(EventQuery.upcoming());
        assertThat(upcoming.items()).isNotEmpty();
    }
}
