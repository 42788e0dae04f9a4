package org.smilefactory.core.demo;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.smilefactory.core.common.Ids;
import org.smilefactory.core.events.TicketCodes;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Events of the demo community: past (completed, most attendees checked in), upcoming (published,
 * some full with a waitlist), one draft and one cancelled, each with registrations of demo members.
 * The shape is deterministic for a seed (which events, who registers, in which order); ticket codes
 * are random like every real one, since a guessable code would defeat them.
 */
final class DemoEvents {

    private static final String[] TITLES = {
        "Harare Fintech Meetup", "Agritech Pitch Night", "Women in Tech Breakfast", "Startup Legal Clinic",
        "Investor Readiness Workshop", "Bulawayo Founders Networking", "Solar Innovation Webinar",
        "Product Design Workshop", "Mining Tech Conference", "Demo Day", "Health Innovation Meetup",
        "Mentor Speed Networking"
    };
    private static final String[] TYPES = {"meetup", "pitch", "networking", "workshop", "workshop", "networking",
        "webinar", "workshop", "conference", "demo", "meetup", "networking"};
    private static final String[] PLACES = {"Harare Innovation Hub", "Bulawayo Hub", "Online", "Mutare Library Hall"};
    private static final String[] ZONES = {"Africa/Harare", "Africa/Harare", "Africa/Johannesburg", "Africa/Lusaka"};
    private static final Integer[] CAPACITIES = {20, 30, 40, 60, 100, null};

    private DemoEvents() {
    }

    /** How many events a community of this many members gets. */
    static int eventCount(int members) {
        return Math.max(6, Math.min(60, members / 200));
    }

    /** Inserts the events and their registrations for the first {@code members} demo members; returns the event count. */
    static int insert(JdbcTemplate jdbc, long seed, UUID[] ids, int members, Instant now) {
        if (members == 0) {
            return 0;
        }
        Random random = new Random(seed * 31 + 4);
        int count = eventCount(members);
        // events start between 08:00 and 15:00 in the hub's zone, as real ones do
        Instant today = now.atZone(ZoneId.of("Africa/Harare")).toLocalDate().atTime(8, 0)
                .atZone(ZoneId.of("Africa/Harare")).toInstant();
        List<Object[]> events = new ArrayList<>();
        List<Object[]> attendees = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int kind = i % TITLES.length;
            UUID id = Ids.next();
            // a third in the past, the rest spread over the next three months
            boolean past = i % 3 == 0;
            long days = past ? -(1 + random.nextInt(60)) : 2 + random.nextInt(90);
            Instant start = today.plus(Duration.ofDays(days)).plus(Duration.ofHours(random.nextInt(8)));
            Instant end = start.plus(Duration.ofHours(2 + random.nextInt(6)));
            String status = past ? "completed" : i == 1 ? "draft" : i == 4 ? "cancelled" : "published";
            Integer capacity = CAPACITIES[random.nextInt(CAPACITIES.length)];
            boolean online = PLACES[i % PLACES.length].equals("Online");
            String title = TITLES[kind] + (i >= TITLES.length ? " " + (i / TITLES.length + 1) : "");
            UUID organiser = ids[random.nextInt(members)];
            String price = random.nextInt(4) == 0 ? String.valueOf(5 * (1 + random.nextInt(10))) : "0";
            events.add(new Object[] {id, title, "Demo event: " + title + ". Meet the community, share what you build.",
                TYPES[kind], ts(start), ts(end), ZONES[i % ZONES.length], PLACES[i % PLACES.length],
                online ? "https://meet.example.org/" + id : null, online, capacity,
                past ? null : ts(start.minus(Duration.ofDays(1))), organiser, status, new java.math.BigDecimal(price)});
            if (status.equals("draft")) {
                continue;
            }
            int wanted = capacity == null ? 10 + random.nextInt(40) : capacity * (7 + random.nextInt(6)) / 10;
            wanted = Math.min(wanted, members);
            int first = random.nextInt(members);
            for (int r = 0; r < wanted; r++) {
                UUID member = ids[(first + r * 7) % members];
                if (member.equals(organiser)) {
                    continue;
                }
                boolean confirmed = capacity == null || r < capacity;
                Instant registered = start.minus(Duration.ofDays(20)).plus(Duration.ofMinutes(17L * r));
                boolean checkedIn = past && confirmed && random.nextInt(10) < 7;
                attendees.add(new Object[] {Ids.next(), id, member, confirmed ? "confirmed" : "waitlist",
                    ts(registered), confirmed ? null : ts(registered), TicketCodes.next(),
                    checkedIn ? ts(start.plus(Duration.ofMinutes(random.nextInt(45)))) : null,
                    checkedIn ? "kiosk" : null});
            }
        }
        jdbc.batchUpdate("""
                INSERT INTO events (id, title, description, event_type, start_date_time, end_date_time, timezone, location,
                  virtual_meeting_url, is_online, max_attendees, registration_deadline, organizer_id, status, price,
                  currency, created_at, updated_at, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'USD', now(), now(), 0)
                """, events);
        jdbc.batchUpdate("""
                INSERT INTO event_attendees (id, event_id, user_id, status, role, registered_at, updated_at, waitlisted_at,
                  ticket_code, check_in_time, check_in_source, version)
                VALUES (?, ?, ?, ?, 'attendee', ?, now(), ?, ?, ?, ?, 0)
                ON CONFLICT (event_id, user_id) DO NOTHING
                """, attendees);
        return count;
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
