package org.smilefactory.core.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.postgresql.util.PSQLException;
import org.smilefactory.core.testsupport.TestPostgres;

/**
 * The Flyway migrations against a real PostgreSQL: they apply cleanly and idempotently, create the
 * seed's tables (reconciled) and the added ones, reject bad enumerated values, keep counters equal
 * to the rows they count (also under concurrency), and support full-text and trigram search.
 */
class SchemaMigrationTest {

    private static final String CHECK_VIOLATION = "23514";
    private static final String UNIQUE_VIOLATION = "23505";

    private static DataSource ds;
    private static Flyway flyway;
    private static MigrateResult firstMigration;

    // fixture rows every enum case may reference
    private static final UUID U1 = UUID.randomUUID();
    private static final UUID U2 = UUID.randomUUID();
    private static final UUID GROUP = UUID.randomUUID();
    private static final UUID POST = UUID.randomUUID();
    private static final UUID COMMENT = UUID.randomUUID();
    private static final UUID EVENT = UUID.randomUUID();
    private static final UUID LISTING = UUID.randomUUID();
    private static final UUID CONV = UUID.randomUUID();
    private static final UUID AI_CONV = UUID.randomUUID();

    @BeforeAll
    static void migrateAndSeedFixtures() throws SQLException {
        ds = TestPostgres.freshDataSource();
        flyway = Flyway.configure().dataSource(ds).locations("classpath:db/migration").load();
        firstMigration = flyway.migrate();

        insertMember(U1, "Fixture", "One");
        insertMember(U2, "Fixture", "Two");
        exec("INSERT INTO groups (id, name, category, created_by) VALUES ('" + GROUP + "', 'Fixture group', 'tech', '" + U1 + "')");
        exec("INSERT INTO posts (post_id, author_id, title, content) VALUES ('" + POST + "', '" + U1 + "', 'Fixture', 'post')");
        exec("INSERT INTO comments (comment_id, post_id, author_id, content) VALUES ('" + COMMENT + "', '" + POST + "', '" + U2 + "', 'hi')");
        exec("INSERT INTO events (id, title, event_type, start_date_time, end_date_time, organizer_id) VALUES ('"
                + EVENT + "', 'Fixture event', 'meetup', now(), now() + interval '2 hours', '" + U1 + "')");
        exec("INSERT INTO marketplace_listings (id, title, description, category, listing_type, seller_id) VALUES ('"
                + LISTING + "', 'Fixture listing', 'desc', 'tools', 'product', '" + U1 + "')");
        exec("INSERT INTO conversations (id, created_by) VALUES ('" + CONV + "', '" + U1 + "')");
        exec("INSERT INTO ai_conversations (id, user_id) VALUES ('" + AI_CONV + "', '" + U1 + "')");
    }

    // ------------------------------------------------------------------------------------------
    // migrations
    // ------------------------------------------------------------------------------------------

    @Test
    void migrationsApplyToAnEmptyDatabaseAndASecondRunIsANoOp() {
        assertThat(firstMigration.success).isTrue();
        assertThat(firstMigration.migrationsExecuted).isGreaterThanOrEqualTo(6);
        assertThat(firstMigration.initialSchemaVersion).isNull();

        MigrateResult second = flyway.migrate();
        assertThat(second.success).isTrue();
        assertThat(second.migrationsExecuted).isZero();
        assertThat(second.targetSchemaVersion).isNull(); // nothing to migrate to
        assertThat(flyway.validateWithResult().validationSuccessful).isTrue();
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(flyway.info().applied()).hasSize(firstMigration.migrationsExecuted);
    }

    @Test
    void everySeedTableAndEveryAddedTableExists() throws SQLException {
        List<String> tables = strings("SELECT table_name FROM information_schema.tables "
                + "WHERE table_schema = 'public' AND table_type = 'BASE TABLE'");
        assertThat(tables).contains(
                // the seed's tables (reconciled)
                "personal_details", "innovator_profiles", "business_investor_profiles", "mentor_profiles",
                "posts", "comments", "connections", "messages", "groups", "events",
                "user_embeddings", "content_embeddings",
                "ai_conversations", "ai_conversation_messages", "ai_user_preferences", "ai_context_data",
                "ai_analytics", "group_memberships", "event_attendees",
                "marketplace_listings", "marketplace_transactions",
                // implied by the seed, added
                "professional_profiles", "industry_expert_profiles", "academic_student_profiles",
                "academic_institution_profiles", "organisation_profiles",
                "post_likes", "comment_likes", "post_bookmarks", "post_shares",
                "conversations", "conversation_participants", "event_check_in_scans",
                "notifications", "content_reports", "audit_log", "auth_tokens", "login_throttle",
                "hub_settings", "media_files",
                "sync_outbox", "sync_change_log", "sync_applied_mutations", "sync_state");
        // the seed's relationship-section names are NOT separate tables
        assertThat(tables).doesNotContain("users", "group_members", "event_registrations");
    }

    @Test
    void mutableTablesCarryAVersionColumn() throws SQLException {
        List<String> versioned = strings("SELECT table_name FROM information_schema.columns WHERE table_schema = 'public' "
                + "AND column_name = 'version' AND data_type = 'bigint' AND is_nullable = 'NO' AND column_default = '0'");
        assertThat(versioned).contains("personal_details", "innovator_profiles", "business_investor_profiles",
                "mentor_profiles", "professional_profiles", "industry_expert_profiles", "academic_student_profiles",
                "academic_institution_profiles", "organisation_profiles", "posts", "comments", "groups", "events",
                "event_attendees", "marketplace_listings", "marketplace_transactions", "hub_settings",
                "ai_user_preferences");
    }

    @Test
    void noPgvectorNoIvfflatNoQueryTimeTsvectorIndexesAndAllTimestampsHaveTimeZones() throws SQLException {
        assertThat(strings("SELECT extname FROM pg_extension")).contains("pg_trgm").doesNotContain("vector");
        assertThat(strings("SELECT indexname FROM pg_indexes WHERE schemaname = 'public' "
                + "AND (indexdef ILIKE '%to_tsvector%' OR indexdef ILIKE '%ivfflat%' OR indexdef ILIKE '%hnsw%')")).isEmpty();
        assertThat(strings("SELECT table_name || '.' || column_name FROM information_schema.columns "
                + "WHERE table_schema = 'public' AND data_type = 'timestamp without time zone' "
                + "AND table_name <> 'flyway_schema_history'")).isEmpty();
        // embeddings are real[] with model + dimension
        assertThat(strings("SELECT table_name || '.' || column_name FROM information_schema.columns "
                + "WHERE table_schema = 'public' AND udt_name = '_float4'"))
                .containsExactlyInAnyOrder("user_embeddings.profile_embedding", "user_embeddings.interest_embedding",
                        "user_embeddings.activity_embedding", "content_embeddings.embedding",
                        "ai_conversation_messages.content_embedding", "ai_context_data.context_embedding");
        // stored search vectors are GIN-indexed
        for (String table : List.of("personal_details", "posts", "events", "groups", "marketplace_listings")) {
            assertThat(strings("SELECT indexname FROM pg_indexes WHERE schemaname = 'public' AND tablename = '" + table
                    + "' AND indexdef ILIKE '%USING gin (search_vector)%'")).as(table).hasSize(1);
        }
    }

    @Test
    void embeddingMustMatchItsDeclaredDimension() {
        assertSqlState("INSERT INTO content_embeddings (content_id, content_type, embedding, embedding_model, embedding_dimension) "
                + "VALUES (gen_random_uuid(), 'post', ARRAY[0.1, 0.2]::real[], 'all-minilm-l6-v2', 384)", CHECK_VIOLATION);
    }

    // ------------------------------------------------------------------------------------------
    // enumerated columns
    // ------------------------------------------------------------------------------------------

    static Stream<Arguments> enumeratedColumns() {
        String member = "INSERT INTO personal_details (user_id, email, password_hash, %s) "
                + "VALUES (gen_random_uuid(), gen_random_uuid() || '@example.org', 'h', {v})";
        String post = "INSERT INTO posts (post_id, author_id, title, %s) VALUES (gen_random_uuid(), {u1}, 't', {v})";
        String group = "INSERT INTO groups (id, name, category, created_by, %s) VALUES (gen_random_uuid(), 'g', 'c', {u1}, {v})";
        String event = "INSERT INTO events (id, title, event_type, start_date_time, end_date_time, organizer_id, %s) "
                + "VALUES (gen_random_uuid(), 'e', 'meetup', now(), now(), {u1}, {v})";
        String eventTyped = "INSERT INTO events (id, title, start_date_time, end_date_time, organizer_id, event_type) "
                + "VALUES (gen_random_uuid(), 'e', now(), now(), {u1}, {v})";
        String listing = "INSERT INTO marketplace_listings (id, title, description, category, seller_id, listing_type, %s) "
                + "VALUES (gen_random_uuid(), 't', 'd', 'c', {u1}, 'service', {v})";
        return Stream.of(
                c("personal_details", "role", member.formatted("role"), "'kiosk'", "'superuser'"),
                c("personal_details", "profile_type", member.formatted("profile_type"), "'academic_student'", "'wizard'"),
                c("personal_details", "profile_visibility", member.formatted("profile_visibility"), "'connections_only'", "'friends'"),
                c("personal_details", "profile_state", member.formatted("profile_state"), "'PUBLISHED'", "'published'"),
                c("personal_details", "gender", member.formatted("gender"), "'non_binary'", "'robot'"),
                c("innovator_profiles", "innovation_stage",
                        "INSERT INTO innovator_profiles (user_id, innovation_stage) VALUES ({u1}, {v})", "'mvp'", "'unicorn'"),
                c("business_investor_profiles", "investment_stage_preference",
                        "INSERT INTO business_investor_profiles (user_id, investment_stage_preference) VALUES ({u1}, {v})",
                        "ARRAY['idea', 'growth']", "ARRAY['idea', 'ipo']"),
                c("mentor_profiles", "preferred_communication_methods",
                        "INSERT INTO mentor_profiles (user_id, preferred_communication_methods) VALUES ({u1}, {v})",
                        "ARRAY['video', 'chat']", "ARRAY['telepathy']"),
                c("professional_profiles", "availability",
                        "INSERT INTO professional_profiles (user_id, availability) VALUES ({u1}, {v})", "'freelance'", "'sometimes'"),
                c("industry_expert_profiles", "consulting_availability",
                        "INSERT INTO industry_expert_profiles (user_id, consulting_availability) VALUES ({u1}, {v})", "'limited'", "'busy'"),
                c("academic_student_profiles", "degree_level",
                        "INSERT INTO academic_student_profiles (user_id, degree_level) VALUES ({u1}, {v})", "'master'", "'kindergarten'"),
                c("academic_student_profiles", "seeking",
                        "INSERT INTO academic_student_profiles (user_id, seeking) VALUES ({u1}, {v})",
                        "ARRAY['internship', 'co_founder']", "ARRAY['cofounder']"),
                c("academic_institution_profiles", "institution_type",
                        "INSERT INTO academic_institution_profiles (user_id, institution_type) VALUES ({u1}, {v})", "'polytechnic'", "'bootcamp'"),
                c("organisation_profiles", "organisation_type",
                        "INSERT INTO organisation_profiles (user_id, organisation_type) VALUES ({u1}, {v})", "'ngo'", "'NGO'"),
                c("organisation_profiles", "organisation_size",
                        "INSERT INTO organisation_profiles (user_id, organisation_size) VALUES ({u1}, {v})", "'51-200'", "'5000'"),
                c("posts", "post_type", post.formatted("post_type"), "'success_story'", "'tweet'"),
                c("posts", "visibility", post.formatted("visibility"), "'connections'", "'friends'"),
                c("posts", "status", post.formatted("status"), "'archived'", "'deleted'"),
                c("posts", "moderation_state", post.formatted("moderation_state"), "'hidden'", "'shadowbanned'"),
                c("comments", "moderation_state",
                        "INSERT INTO comments (post_id, author_id, content, moderation_state) VALUES ({post}, {u2}, 'c', {v})",
                        "'removed'", "'deleted'"),
                c("connections", "status",
                        "INSERT INTO connections (requester_id, recipient_id, status) VALUES ({u1}, {u2}, {v})", "'withdrawn'", "'friends'"),
                c("conversations", "conversation_type",
                        "INSERT INTO conversations (created_by, conversation_type) VALUES ({u1}, {v})", "'group'", "'channel'"),
                c("messages", "message_type",
                        "INSERT INTO messages (conversation_id, sender_id, content, message_type) VALUES ({conv}, {u1}, 'm', {v})",
                        "'image'", "'video'"),
                c("groups", "visibility", group.formatted("visibility"), "'hidden'", "'secret'"),
                c("groups", "membership_type", group.formatted("membership_type"), "'invite_only'", "'invite-only'"),
                c("groups", "status", group.formatted("status"), "'archived'", "'deleted'"),
                c("group_memberships", "role",
                        "INSERT INTO group_memberships (group_id, user_id, role) VALUES ({group}, {u2}, {v})", "'moderator'", "'owner'"),
                c("group_memberships", "status",
                        "INSERT INTO group_memberships (group_id, user_id, status) VALUES ({group}, {u2}, {v})", "'banned'", "'kicked'"),
                c("events", "event_type", eventTyped, "'pitch'", "'party'"),
                c("events", "status", event.formatted("status"), "'completed'", "'upcoming'"),
                c("events", "visibility", event.formatted("visibility"), "'members_only'", "'internal'"),
                c("event_attendees", "status",
                        "INSERT INTO event_attendees (event_id, user_id, status) VALUES ({event}, {u2}, {v})", "'waitlist'", "'attending'"),
                c("event_attendees", "role",
                        "INSERT INTO event_attendees (event_id, user_id, role) VALUES ({event}, {u2}, {v})", "'speaker'", "'vip'"),
                c("event_check_in_scans", "outcome",
                        "INSERT INTO event_check_in_scans (event_id, ticket_code, outcome) VALUES ({event}, 'X', {v})", "'duplicate'", "'ok'"),
                c("marketplace_listings", "listing_type",
                        "INSERT INTO marketplace_listings (id, title, description, category, seller_id, listing_type) "
                                + "VALUES (gen_random_uuid(), 't', 'd', 'c', {u1}, {v})", "'job'", "'auction'"),
                c("marketplace_listings", "status", listing.formatted("status"), "'sold'", "'pending'"),
                c("marketplace_transactions", "status",
                        "INSERT INTO marketplace_transactions (listing_id, seller_id, buyer_id, status) VALUES ({listing}, {u1}, {u2}, {v})",
                        "'negotiating'", "'paid'"),
                c("content_embeddings", "content_type",
                        "INSERT INTO content_embeddings (content_id, content_type) VALUES (gen_random_uuid(), {v})", "'listing'", "'comment'"),
                c("ai_conversations", "status",
                        "INSERT INTO ai_conversations (user_id, status) VALUES ({u1}, {v})", "'timeout'", "'paused'"),
                c("ai_conversation_messages", "role",
                        "INSERT INTO ai_conversation_messages (conversation_id, role, content) VALUES ({ai}, {v}, 'x')", "'system'", "'tool'"),
                c("ai_user_preferences", "preferred_response_style",
                        "INSERT INTO ai_user_preferences (user_id, preferred_response_style) VALUES ({u1}, {v})", "'concise'", "'verbose'"),
                c("ai_user_preferences", "context_awareness_level",
                        "INSERT INTO ai_user_preferences (user_id, context_awareness_level) VALUES ({u1}, {v})", "'minimal'", "'none'"),
                c("ai_context_data", "context_type",
                        "INSERT INTO ai_context_data (user_id, context_type, context_key, context_value) VALUES ({u1}, {v}, 'k', '{}')",
                        "'activity'", "'location'"),
                c("notifications", "notification_type",
                        "INSERT INTO notifications (user_id, notification_type) VALUES ({u1}, {v})", "'waitlist_promoted'", "'like'"),
                c("content_reports", "target_type",
                        "INSERT INTO content_reports (reporter_id, target_id, reason, target_type) VALUES ({u1}, {post}, 'spam', {v})",
                        "'listing'", "'message'"),
                c("content_reports", "reason",
                        "INSERT INTO content_reports (reporter_id, target_type, target_id, reason) VALUES ({u1}, 'post', {post}, {v})",
                        "'misinformation'", "'boring'"),
                c("content_reports", "status",
                        "INSERT INTO content_reports (reporter_id, target_type, target_id, reason, status) VALUES ({u1}, 'post', {post}, 'spam', {v})",
                        "'dismissed'", "'closed'"),
                c("auth_tokens", "purpose",
                        "INSERT INTO auth_tokens (user_id, token_hash, purpose, expires_at) "
                                + "VALUES ({u1}, md5(random()::text), {v}, now() + interval '1 day')", "'password_reset'", "'api_key'"),
                c("sync_outbox", "operation",
                        "INSERT INTO sync_outbox (mutation_id, entity_type, entity_id, operation, payload, kind) "
                                + "VALUES (gen_random_uuid(), 'post', {post}, {v}, '{}', 'profile.save')", "'delete'", "'upsert'"),
                c("sync_outbox", "status",
                        "INSERT INTO sync_outbox (mutation_id, entity_type, entity_id, operation, payload, status, kind) "
                                + "VALUES (gen_random_uuid(), 'post', {post}, 'update', '{}', {v}, 'profile.save')", "'conflict'", "'failed'"),
                c("sync_change_log", "operation",
                        "INSERT INTO sync_change_log (entity_type, entity_id, operation) VALUES ('post', {post}, {v})", "'upsert'", "'insert'"),
                c("sync_applied_mutations", "outcome",
                        "INSERT INTO sync_applied_mutations (mutation_id, outcome) VALUES (gen_random_uuid(), {v})", "'rejected'", "'ok'"));
    }

    private static Arguments c(String table, String column, String template, String good, String bad) {
        return Arguments.of(table + "." + column, table, column, template, good, bad);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("enumeratedColumns")
    void badEnumeratedValueIsRejectedByItsCheckConstraint(String label, String table, String column, String template,
                                                          String good, String bad) throws SQLException {
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                // control: the same row with a valid value is accepted, so the rejection below is about the value
                s.executeUpdate(fill(template, good));
            } finally {
                c.rollback();
            }
            try (Statement s = c.createStatement()) {
                assertThatThrownBy(() -> s.executeUpdate(fill(template, bad)))
                        .isInstanceOfSatisfying(PSQLException.class, e -> {
                            assertThat(e.getSQLState()).isEqualTo(CHECK_VIOLATION);
                            assertThat(e.getServerErrorMessage().getConstraint()).isEqualTo(table + "_" + column + "_check");
                        });
            } finally {
                c.rollback();
            }
        }
    }

    private static String fill(String template, String value) {
        Map<String, UUID> ids = Map.of("{u1}", U1, "{u2}", U2, "{group}", GROUP, "{post}", POST, "{comment}", COMMENT,
                "{event}", EVENT, "{listing}", LISTING, "{conv}", CONV, "{ai}", AI_CONV);
        String sql = template;
        for (var e : ids.entrySet()) {
            sql = sql.replace(e.getKey(), "'" + e.getValue() + "'");
        }
        return sql.replace("{v}", value);
    }

    // ------------------------------------------------------------------------------------------
    // other constraints
    // ------------------------------------------------------------------------------------------

    @Test
    void emailIsUniqueRegardlessOfCase() throws SQLException {
        exec("INSERT INTO personal_details (user_id, email, password_hash) VALUES (gen_random_uuid(), 'Rudo.Case@Example.org', 'h')");
        assertSqlState("INSERT INTO personal_details (user_id, email, password_hash) "
                + "VALUES (gen_random_uuid(), 'rudo.case@example.ORG', 'h')", UNIQUE_VIOLATION);
    }

    @Test
    void crossFieldChecks() throws SQLException {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        insertMember(a, "Cross", "A");
        insertMember(b, "Cross", "B");
        assertSqlState("INSERT INTO business_investor_profiles (user_id, ticket_size_min, ticket_size_max) "
                + "VALUES ('" + a + "', 500, 100)", CHECK_VIOLATION);
        assertSqlState("INSERT INTO events (title, event_type, start_date_time, end_date_time, organizer_id) "
                + "VALUES ('x', 'demo', now(), now() - interval '1 hour', '" + a + "')", CHECK_VIOLATION);
        assertSqlState("INSERT INTO events (title, event_type, start_date_time, end_date_time, organizer_id, currency) "
                + "VALUES ('x', 'demo', now(), now(), '" + a + "', 'usd')", CHECK_VIOLATION);
        assertSqlState("INSERT INTO posts (author_id, visibility) VALUES ('" + a + "', 'group')", CHECK_VIOLATION);
        assertSqlState("INSERT INTO connections (requester_id, recipient_id) VALUES ('" + a + "', '" + a + "')", CHECK_VIOLATION);
        assertSqlState("INSERT INTO marketplace_transactions (listing_id, seller_id, buyer_id) "
                + "VALUES ('" + LISTING + "', '" + a + "', '" + a + "')", CHECK_VIOLATION);
        assertSqlState("INSERT INTO personal_details (user_id, email, password_hash, profile_completion) "
                + "VALUES (gen_random_uuid(), gen_random_uuid() || '@x.org', 'h', 101)", CHECK_VIOLATION);
        // one connection row per pair of members, whichever direction
        exec("INSERT INTO connections (requester_id, recipient_id) VALUES ('" + a + "', '" + b + "')");
        assertSqlState("INSERT INTO connections (requester_id, recipient_id) VALUES ('" + b + "', '" + a + "')", UNIQUE_VIOLATION);
        // a reply must belong to the same post as its parent
        UUID otherPost = UUID.randomUUID();
        exec("INSERT INTO posts (post_id, author_id) VALUES ('" + otherPost + "', '" + a + "')");
        assertSqlState("INSERT INTO comments (post_id, author_id, content, parent_comment_id) "
                + "VALUES ('" + otherPost + "', '" + a + "', 'x', '" + COMMENT + "')", "23503");
    }

    // ------------------------------------------------------------------------------------------
    // counters
    // ------------------------------------------------------------------------------------------

    @Test
    void likesCommentsBookmarksAndSharesKeepPostCountersExact() throws SQLException {
        UUID author = UUID.randomUUID();
        UUID[] fans = {UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID()};
        insertMember(author, "Post", "Author");
        for (UUID f : fans) {
            insertMember(f, "Fan", f.toString().substring(0, 6));
        }
        UUID post = UUID.randomUUID();
        // counters written by the application are ignored: a new post starts at 0
        exec("INSERT INTO posts (post_id, author_id, title, like_count, comment_count) VALUES ('" + post + "', '" + author + "', 'p', 7, 7)");
        assertPostCountersMatchRows(post);
        assertThat(longValue("SELECT like_count FROM posts WHERE post_id = '" + post + "'")).isZero();

        for (UUID f : fans) {
            exec("INSERT INTO post_likes (post_id, user_id) VALUES ('" + post + "', '" + f + "')");
        }
        assertThat(longValue("SELECT like_count FROM posts WHERE post_id = '" + post + "'")).isEqualTo(3);
        exec("DELETE FROM post_likes WHERE post_id = '" + post + "' AND user_id = '" + fans[1] + "'");
        assertThat(longValue("SELECT like_count FROM posts WHERE post_id = '" + post + "'")).isEqualTo(2);
        assertPostCountersMatchRows(post);

        // a stale entity written back by an ORM cannot overwrite the counter
        exec("UPDATE posts SET like_count = 999, title = 'edited', version = version + 1 WHERE post_id = '" + post + "'");
        assertThat(longValue("SELECT like_count FROM posts WHERE post_id = '" + post + "'")).isEqualTo(2);
        assertThat(longValue("SELECT version FROM posts WHERE post_id = '" + post + "'")).isEqualTo(1);

        UUID c1 = UUID.randomUUID();
        UUID c2 = UUID.randomUUID();
        UUID c3 = UUID.randomUUID();
        exec("INSERT INTO comments (comment_id, post_id, author_id, content) VALUES ('" + c1 + "', '" + post + "', '" + fans[0] + "', 'one')");
        exec("INSERT INTO comments (comment_id, post_id, author_id, content, parent_comment_id) "
                + "VALUES ('" + c2 + "', '" + post + "', '" + fans[1] + "', 'reply', '" + c1 + "')");
        exec("INSERT INTO comments (comment_id, post_id, author_id, content) VALUES ('" + c3 + "', '" + post + "', '" + fans[2] + "', 'three')");
        assertThat(longValue("SELECT comment_count FROM posts WHERE post_id = '" + post + "'")).isEqualTo(3);
        assertPostCountersMatchRows(post);

        // removed comments do not count; restoring counts again
        exec("UPDATE comments SET moderation_state = 'removed' WHERE comment_id = '" + c3 + "'");
        assertThat(longValue("SELECT comment_count FROM posts WHERE post_id = '" + post + "'")).isEqualTo(2);
        exec("UPDATE comments SET moderation_state = 'visible' WHERE comment_id = '" + c3 + "'");
        assertThat(longValue("SELECT comment_count FROM posts WHERE post_id = '" + post + "'")).isEqualTo(3);

        // comment likes
        exec("INSERT INTO comment_likes (comment_id, user_id) VALUES ('" + c1 + "', '" + fans[2] + "'), ('" + c1 + "', '" + author + "')");
        assertThat(longValue("SELECT like_count FROM comments WHERE comment_id = '" + c1 + "'")).isEqualTo(2);
        exec("DELETE FROM comment_likes WHERE comment_id = '" + c1 + "' AND user_id = '" + author + "'");
        assertThat(longValue("SELECT like_count FROM comments WHERE comment_id = '" + c1 + "'")).isEqualTo(1);

        // deleting a comment deletes its replies; both leave the count
        exec("DELETE FROM comments WHERE comment_id = '" + c1 + "'");
        assertThat(longValue("SELECT comment_count FROM posts WHERE post_id = '" + post + "'")).isEqualTo(1);
        assertPostCountersMatchRows(post);

        // bookmarks and shares
        exec("INSERT INTO post_bookmarks (post_id, user_id) VALUES ('" + post + "', '" + fans[0] + "'), ('" + post + "', '" + fans[1] + "')");
        exec("INSERT INTO post_shares (post_id, user_id) VALUES ('" + post + "', '" + fans[0] + "'), ('" + post + "', '" + fans[0] + "')");
        exec("DELETE FROM post_bookmarks WHERE user_id = '" + fans[1] + "'");
        assertThat(longValue("SELECT bookmark_count FROM posts WHERE post_id = '" + post + "'")).isEqualTo(1);
        assertThat(longValue("SELECT share_count FROM posts WHERE post_id = '" + post + "'")).isEqualTo(2);
        assertPostCountersMatchRows(post);

        // deleting the post cascades through its children without tripping the counter triggers
        exec("DELETE FROM posts WHERE post_id = '" + post + "'");
        assertThat(longValue("SELECT count(*) FROM post_likes WHERE post_id = '" + post + "'")).isZero();
    }

    private static void assertPostCountersMatchRows(UUID post) throws SQLException {
        String p = "'" + post + "'";
        assertThat(longValue("SELECT like_count FROM posts WHERE post_id = " + p))
                .isEqualTo(longValue("SELECT count(*) FROM post_likes WHERE post_id = " + p));
        assertThat(longValue("SELECT comment_count FROM posts WHERE post_id = " + p))
                .isEqualTo(longValue("SELECT count(*) FROM comments WHERE post_id = " + p + " AND moderation_state = 'visible'"));
        assertThat(longValue("SELECT bookmark_count FROM posts WHERE post_id = " + p))
                .isEqualTo(longValue("SELECT count(*) FROM post_bookmarks WHERE post_id = " + p));
        assertThat(longValue("SELECT share_count FROM posts WHERE post_id = " + p))
                .isEqualTo(longValue("SELECT count(*) FROM post_shares WHERE post_id = " + p));
    }

    @Test
    void memberCountFollowsActiveMembershipsIncludingStatusChanges() throws SQLException {
        UUID owner = UUID.randomUUID();
        UUID joiner = UUID.randomUUID();
        UUID applicant = UUID.randomUUID();
        insertMember(owner, "Group", "Owner");
        insertMember(joiner, "Group", "Joiner");
        insertMember(applicant, "Group", "Applicant");
        UUID g = UUID.randomUUID();
        exec("INSERT INTO groups (id, name, category, created_by, member_count) VALUES ('" + g + "', 'Makers', 'tech', '" + owner + "', 50)");
        String count = "SELECT member_count FROM groups WHERE id = '" + g + "'";
        assertThat(longValue(count)).isZero();

        exec("INSERT INTO group_memberships (group_id, user_id, role) VALUES ('" + g + "', '" + owner + "', 'admin')");
        exec("INSERT INTO group_memberships (group_id, user_id) VALUES ('" + g + "', '" + joiner + "')");
        exec("INSERT INTO group_memberships (group_id, user_id, status) VALUES ('" + g + "', '" + applicant + "', 'pending')");
        assertThat(longValue(count)).isEqualTo(2);

        exec("UPDATE group_memberships SET status = 'left', left_at = now() WHERE group_id = '" + g + "' AND user_id = '" + joiner + "'");
        assertThat(longValue(count)).isEqualTo(1);
        exec("UPDATE group_memberships SET status = 'active' WHERE group_id = '" + g + "' AND user_id = '" + applicant + "'");
        assertThat(longValue(count)).isEqualTo(2);
        exec("UPDATE group_memberships SET role = 'moderator' WHERE group_id = '" + g + "' AND user_id = '" + applicant + "'");
        assertThat(longValue(count)).isEqualTo(2);
        exec("DELETE FROM group_memberships WHERE group_id = '" + g + "' AND user_id = '" + applicant + "'");
        assertThat(longValue(count)).isEqualTo(1)
                .isEqualTo(longValue("SELECT count(*) FROM group_memberships WHERE group_id = '" + g + "' AND status = 'active'"));
    }

    @Test
    void currentAttendeesFollowsConfirmedRegistrations() throws SQLException {
        UUID organiser = UUID.randomUUID();
        UUID guest = UUID.randomUUID();
        UUID waiting = UUID.randomUUID();
        insertMember(organiser, "Event", "Organiser");
        insertMember(guest, "Event", "Guest");
        insertMember(waiting, "Event", "Waiting");
        UUID e = UUID.randomUUID();
        exec("INSERT INTO events (id, title, event_type, start_date_time, end_date_time, organizer_id, max_attendees) "
                + "VALUES ('" + e + "', 'Pitch night', 'pitch', now(), now() + interval '3 hours', '" + organiser + "', 1)");
        String count = "SELECT current_attendees FROM events WHERE id = '" + e + "'";

        exec("INSERT INTO event_attendees (event_id, user_id, status, ticket_code) VALUES ('" + e + "', '" + guest + "', 'confirmed', 'T-" + e + "')");
        exec("INSERT INTO event_attendees (event_id, user_id, status, waitlisted_at) VALUES ('" + e + "', '" + waiting + "', 'waitlist', now())");
        assertThat(longValue(count)).isEqualTo(1);

        exec("UPDATE event_attendees SET status = 'cancelled', cancelled_at = now() WHERE event_id = '" + e + "' AND user_id = '" + guest + "'");
        assertThat(longValue(count)).isZero();
        exec("UPDATE event_attendees SET status = 'confirmed' WHERE event_id = '" + e + "' AND user_id = '" + waiting + "'");
        assertThat(longValue(count)).isEqualTo(1)
                .isEqualTo(longValue("SELECT count(*) FROM event_attendees WHERE event_id = '" + e + "' AND status = 'confirmed'"));
        // an application write of the counter is ignored
        exec("UPDATE events SET current_attendees = 0 WHERE id = '" + e + "'");
        assertThat(longValue(count)).isEqualTo(1);
    }

    @Test
    void aiConversationTotalMessagesFollowsItsMessages() throws SQLException {
        UUID conv = UUID.randomUUID();
        exec("INSERT INTO ai_conversations (id, user_id) VALUES ('" + conv + "', '" + U2 + "')");
        exec("INSERT INTO ai_conversation_messages (conversation_id, role, content) VALUES "
                + "('" + conv + "', 'user', 'Who invests in agritech?'), ('" + conv + "', 'assistant', 'Three investors...')");
        assertThat(longValue("SELECT total_messages FROM ai_conversations WHERE id = '" + conv + "'")).isEqualTo(2);
        exec("DELETE FROM ai_conversation_messages WHERE conversation_id = '" + conv + "' AND role = 'assistant'");
        assertThat(longValue("SELECT total_messages FROM ai_conversations WHERE id = '" + conv + "'")).isEqualTo(1);
    }

    @Test
    void concurrentLikesAndUnlikesNeverDrift() throws Exception {
        int threads = 8;
        int rounds = 50;
        UUID author = UUID.randomUUID();
        insertMember(author, "Busy", "Author");
        UUID post = UUID.randomUUID();
        exec("INSERT INTO posts (post_id, author_id, title) VALUES ('" + post + "', '" + author + "', 'Popular')");
        List<UUID> likers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            UUID u = UUID.randomUUID();
            insertMember(u, "Liker", "N" + i);
            likers.add(u);
        }

        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (UUID liker : likers) {
                futures.add(pool.submit(() -> {
                    try (Connection c = ds.getConnection();
                         PreparedStatement like = c.prepareStatement("INSERT INTO post_likes (post_id, user_id) VALUES (?, ?)");
                         PreparedStatement unlike = c.prepareStatement("DELETE FROM post_likes WHERE post_id = ? AND user_id = ?")) {
                        c.setAutoCommit(true);
                        for (PreparedStatement ps : List.of(like, unlike)) {
                            ps.setObject(1, post);
                            ps.setObject(2, liker);
                        }
                        start.await();
                        for (int r = 0; r < rounds; r++) {
                            like.executeUpdate();
                            unlike.executeUpdate();
                        }
                        like.executeUpdate(); // everyone ends liking it
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : futures) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        long rows = longValue("SELECT count(*) FROM post_likes WHERE post_id = '" + post + "'");
        assertThat(rows).isEqualTo(threads);
        assertThat(longValue("SELECT like_count FROM posts WHERE post_id = '" + post + "'")).isEqualTo(rows);
    }

    // ------------------------------------------------------------------------------------------
    // search
    // ------------------------------------------------------------------------------------------

    @Test
    void storedSearchVectorsMatchWordsOfTheirTextAndFollowEdits() throws SQLException {
        UUID post = UUID.randomUUID();
        exec("INSERT INTO posts (post_id, author_id, title, content, tags) VALUES ('" + post + "', '" + U1
                + "', 'Solar irrigation pilot in Masvingo', 'Farmers share water pumps', ARRAY['agritech'])");
        String match = "SELECT search_vector @@ plainto_tsquery('english', ?) FROM posts WHERE post_id = '" + post + "'";
        assertThat(bool(match, "irrigation")).isTrue();
        assertThat(bool(match, "irrigating")).isTrue(); // stemmed
        assertThat(bool(match, "pumps")).isTrue();
        assertThat(bool(match, "agritech")).isTrue();
        assertThat(bool(match, "volcano")).isFalse();
        // title outranks body
        assertThat(bool("SELECT ts_rank(search_vector, plainto_tsquery('english', ?)) > "
                + "ts_rank(search_vector, plainto_tsquery('english', 'farmers')) FROM posts WHERE post_id = '" + post + "'", "solar"))
                .isTrue();

        exec("UPDATE posts SET title = 'Borehole drilling pilot' WHERE post_id = '" + post + "'");
        assertThat(bool(match, "borehole")).isTrue();
        assertThat(bool(match, "irrigation")).isFalse();

        assertThat(bool("SELECT search_vector @@ plainto_tsquery('english', ?) FROM groups WHERE id = '" + GROUP + "'", "fixture")).isTrue();
        assertThat(bool("SELECT search_vector @@ plainto_tsquery('english', ?) FROM events WHERE id = '" + EVENT + "'", "fixture")).isTrue();
        assertThat(bool("SELECT search_vector @@ plainto_tsquery('english', ?) FROM marketplace_listings WHERE id = '" + LISTING + "'",
                "listing")).isTrue();
    }

    @Test
    void trigramSimilarityFindsAMemberDespiteATypo() throws SQLException {
        UUID tendai = UUID.randomUUID();
        insertMember(tendai, "Tendai", "Mukanya");
        assertThat(strings("SELECT full_name FROM personal_details WHERE user_id = '" + tendai + "'")).containsExactly("Tendai Mukanya");

        try (Connection c = ds.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT user_id, similarity(full_name, ?) FROM personal_details "
                     + "WHERE full_name % ? ORDER BY similarity(full_name, ?) DESC, user_id LIMIT 1")) {
            String typo = "Tendia Mukania";
            ps.setString(1, typo);
            ps.setString(2, typo);
            ps.setString(3, typo);
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).as("a member similar to '%s'", typo).isTrue();
                assertThat(rs.getObject(1, UUID.class)).isEqualTo(tendai);
                assertThat(rs.getDouble(2)).isGreaterThan(0.3);
            }
        }
    }

    // ------------------------------------------------------------------------------------------
    // helpers
    // ------------------------------------------------------------------------------------------

    private static void insertMember(UUID id, String first, String last) throws SQLException {
        try (Connection c = ds.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "INSERT INTO personal_details (user_id, email, password_hash, first_name, last_name) VALUES (?, ?, 'x', ?, ?)")) {
            ps.setObject(1, id);
            ps.setString(2, id + "@example.org");
            ps.setString(3, first);
            ps.setString(4, last);
            ps.executeUpdate();
        }
    }

    private static void exec(String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static void assertSqlState(String sql, String sqlState) {
        assertThatThrownBy(() -> exec(sql))
                .as(sql)
                .isInstanceOf(SQLException.class)
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo(sqlState));
    }

    private static long longValue(String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            assertThat(rs.next()).as(sql).isTrue();
            return rs.getLong(1);
        }
    }

    private static boolean bool(String sql, String param) throws SQLException {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, param);
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).as(sql).isTrue();
                return rs.getBoolean(1);
            }
        }
    }

    private static List<String> strings(String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
