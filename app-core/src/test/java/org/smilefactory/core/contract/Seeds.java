package org.smilefactory.core.contract;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.smilefactory.core.common.Ids;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes posts, comments, groups, events, listings and connections straight into a backend's
 * database, for the search and moderation contracts, until the services that create them exist
 * (they are built in parallel). Columns as in migrations V3 and V4.
 */
public final class Seeds {

    private final JdbcClient jdbc;

    public Seeds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A made-up word nobody else in the shared test hub uses ("zqv" + 7 letters). */
    public static String word() {
        StringBuilder s = new StringBuilder("zqv");
        ThreadLocalRandom r = ThreadLocalRandom.current();
        for (int i = 0; i < 7; i++) {
            s.append((char) ('a' + r.nextInt(26)));
        }
        return s.toString();
    }

    /** Publishes a member's profile with a type and the given visibility, as profile save + publish would. */
    public void publishProfile(UUID member, String visibility) {
        jdbc.sql("""
                UPDATE personal_details SET profile_type = 'innovator', profile_state = 'PUBLISHED', published_at = now(),
                  profile_visibility = ?, search_vector = sf_member_search_vector(first_name, last_name, NULL),
                  version = version + 1
                WHERE user_id = ?
                """).params(visibility, member).update();
    }

    public UUID post(UUID author, String title, String content, String visibility, UUID groupId) {
        UUID id = Ids.next();
        jdbc.sql("""
                INSERT INTO posts (post_id, author_id, title, content, visibility, status, group_id, published_at)
                VALUES (?, ?, ?, ?, ?, 'published', ?, now())
                """).params(id, author, title, content, visibility, groupId).update();
        return id;
    }

    public UUID comment(UUID post, UUID author, String content) {
        UUID id = Ids.next();
        jdbc.sql("INSERT INTO comments (comment_id, post_id, author_id, content) VALUES (?, ?, ?, ?)")
                .params(id, post, author, content).update();
        return id;
    }

    public UUID group(UUID creator, String name, String visibility) {
        UUID id = Ids.next();
        jdbc.sql("""
                INSERT INTO groups (id, name, description, category, visibility, created_by)
                VALUES (?, ?, 'A group for testing search', 'Community', ?, ?)
                """).params(id, name, visibility, creator).update();
        joinGroup(id, creator);
        return id;
    }

    public void joinGroup(UUID group, UUID member) {
        jdbc.sql("INSERT INTO group_memberships (group_id, user_id, status) VALUES (?, ?, 'active')")
                .params(group, member).update();
    }

    public UUID event(UUID organiser, String title, String status) {
        UUID id = Ids.next();
        Instant start = Instant.now().plus(10, ChronoUnit.DAYS);
        jdbc.sql("""
                INSERT INTO events (id, title, description, event_type, start_date_time, end_date_time, location,
                                    organizer_id, status)
                VALUES (?, ?, 'An event for testing search', 'meetup', ?, ?, 'Harare', ?, ?)
                """).params(id, title, java.sql.Timestamp.from(start), java.sql.Timestamp.from(start.plus(2, ChronoUnit.HOURS)),
                organiser, status).update();
        return id;
    }

    public UUID listing(UUID seller, String title, String status) {
        UUID id = Ids.next();
        jdbc.sql("""
                INSERT INTO marketplace_listings (id, title, description, category, listing_type, price, seller_id, status)
                VALUES (?, ?, 'A listing for testing search', 'Equipment', 'product', 120.00, ?, ?)
                """).params(id, title, seller, status).update();
        return id;
    }

    public void connect(UUID a, UUID b) {
        jdbc.sql("""
                INSERT INTO connections (connection_id, requester_id, recipient_id, status, created_at, updated_at)
                VALUES (?, ?, ?, 'accepted', now(), now())
                """).params(Ids.next(), a, b).update();
    }

    public void block(UUID blocker, UUID blocked) {
        jdbc.sql("""
                INSERT INTO connections (connection_id, requester_id, recipient_id, status, blocked_by, created_at, updated_at)
                VALUES (?, ?, ?, 'blocked', ?, now(), now())
                """).params(Ids.next(), blocker, blocked, blocker).update();
    }

    public String state(String table, String idColumn, UUID id) {
        return jdbc.sql("SELECT moderation_state FROM " + table + " WHERE " + idColumn + " = ?").param(id)
                .query(String.class).single();
    }

    public String profileState(UUID member) {
        return jdbc.sql("SELECT profile_state FROM personal_details WHERE user_id = ?").param(member).query(String.class).single();
    }

    /** Notifications of a type for a member about an entity. */
    public long notifications(UUID member, String type, UUID entity) {
        return jdbc.sql("SELECT count(*) FROM notifications WHERE user_id = ? AND notification_type = ? AND entity_id = ?")
                .params(member, type, entity).query(Long.class).single();
    }

    public long notificationsOfType(UUID member, String type) {
        return jdbc.sql("SELECT count(*) FROM notifications WHERE user_id = ? AND notification_type = ?")
                .params(member, type).query(Long.class).single();
    }

    public long reports(UUID target) {
        return jdbc.sql("SELECT count(*) FROM content_reports WHERE target_id = ?").param(target).query(Long.class).single();
    }
}
