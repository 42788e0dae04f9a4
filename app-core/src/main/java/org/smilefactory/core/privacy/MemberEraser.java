package org.smilefactory.core.privacy;

import java.util.List;
import java.util.UUID;
import org.smilefactory.core.accounts.SessionTokens;
import org.smilefactory.core.api.sync.SyncTables;
import org.smilefactory.core.common.CoreContext;
import org.smilefactory.core.common.Messages;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Erases one member inside the caller's transaction, table by table as decision 0018 records: what is
 * only theirs is deleted, what others rely on (posts and comments under discussion, messages in
 * others' conversations, transactions in the other party's records, groups and events they run) is
 * kept and attributed to the anonymised member row, which stays so those rows keep a valid author.
 * Counters follow by their triggers, in the same transaction; the change-log triggers (V61) log the
 * anonymised member row and the deleted rows, so replicas receive tombstones on their next pull.
 */
final class MemberEraser {

    private final CoreContext ctx;
    private final JdbcClient jdbc;

    MemberEraser(CoreContext ctx) {
        this.ctx = ctx;
        this.jdbc = ctx.jdbc();
    }

    /** How much was removed, for the audit entry. */
    record Erased(int rowsDeleted, int tokensEnded, List<String> mediaToDelete) {
    }

    /**
     * @return the storage paths of media files whose rows were deleted; their bytes are deleted after
     *         the transaction commits (a rolled back erasure must still find them)
     */
    Erased erase(UUID member) {
        int deleted = 0;
        // likes, bookmarks and shares: removed; like_count, bookmark_count, share_count follow by trigger
        deleted += jdbc.sql("DELETE FROM post_likes WHERE user_id = ?").param(member).update();
        deleted += jdbc.sql("DELETE FROM comment_likes WHERE user_id = ?").param(member).update();
        deleted += jdbc.sql("DELETE FROM post_bookmarks WHERE user_id = ?").param(member).update();
        deleted += jdbc.sql("DELETE FROM post_shares WHERE user_id = ?").param(member).update();
        // connections (and blocks) in either direction
        deleted += jdbc.sql("DELETE FROM connections WHERE requester_id = ? OR recipient_id = ?")
                .params(member, member).update();
        // group memberships (member_count by trigger) and event registrations with their check-ins
        // (current_attendees by trigger; the scans of the ticket lose their attendee by ON DELETE SET NULL)
        deleted += jdbc.sql("DELETE FROM group_memberships WHERE user_id = ?").param(member).update();
        deleted += jdbc.sql("DELETE FROM event_attendees WHERE user_id = ?").param(member).update();
        deleted += jdbc.sql("DELETE FROM kiosk_assignments WHERE kiosk_id = ?").param(member).update();
        // their notifications, and others' notifications about something they did (the titles name them)
        deleted += jdbc.sql("DELETE FROM notifications WHERE user_id = ? OR actor_id = ?").params(member, member).update();
        // AI: conversations (their messages cascade), preferences, memory, analytics, embeddings
        deleted += jdbc.sql("DELETE FROM ai_conversations WHERE user_id = ?").param(member).update();
        deleted += jdbc.sql("DELETE FROM ai_user_preferences WHERE user_id = ?").param(member).update();
        deleted += jdbc.sql("DELETE FROM ai_context_data WHERE user_id = ?").param(member).update();
        deleted += jdbc.sql("DELETE FROM ai_analytics WHERE user_id = ?").param(member).update();
        deleted += jdbc.sql("DELETE FROM user_embeddings WHERE user_id = ?").param(member).update();
        // the profile type's details: deleted, so every replica gets a tombstone of them
        for (String table : SyncTables.PROFILE_TABLES) {
            deleted += jdbc.sql("DELETE FROM " + table + " WHERE user_id = ?").param(member).update();
        }
        // conversations stay readable for the others; the member has left them
        jdbc.sql("UPDATE conversation_participants SET left_at = now() WHERE user_id = ? AND left_at IS NULL")
                .param(member).update();
        // a report outlives its reporter (V6: reporter_id is nullable for this)
        jdbc.sql("UPDATE content_reports SET reporter_id = NULL WHERE reporter_id = ?").param(member).update();
        // listings on offer are withdrawn; sold ones stay for the buyers' transactions
        jdbc.sql("""
                UPDATE marketplace_listings SET status = 'removed', updated_at = now(), version = version + 1
                WHERE seller_id = ? AND status = 'active'
                """).param(member).update();
        List<String> media = deleteUnusedMedia(member);
        deleted += media.size();
        int tokens = endSessions(member);
        String email = jdbc.sql("SELECT lower(email) FROM personal_details WHERE user_id = ?").param(member)
                .query(String.class).single();
        jdbc.sql("DELETE FROM login_throttle WHERE key = ?").param("email:" + email).update();
        anonymise(member);
        // the update above queued a profile re-embedding; there is nothing left to embed
        jdbc.sql("DELETE FROM ai_embedding_queue WHERE content_type = 'profile' AND content_id = ?").param(member).update();
        deleted += jdbc.sql("DELETE FROM content_embeddings WHERE content_type = 'profile' AND content_id = ?")
                .param(member).update();
        jdbc.sql("UPDATE erasure_requests SET reason = NULL WHERE member_id = ?").param(member).update();
        scrubChangeLog(member);
        return new Erased(deleted, tokens, media);
    }

    /** Media rows of theirs that no kept post shows; returns the files to delete after commit. */
    private List<String> deleteUnusedMedia(UUID member) {
        return jdbc.sql("""
                DELETE FROM media_files m WHERE m.owner_id = ? AND NOT EXISTS (
                    SELECT 1 FROM posts p WHERE p.featured_image_url = 'media:' || m.id OR ('media:' || m.id) = ANY(p.media_urls))
                RETURNING m.storage_path
                """).param(member).query(String.class).list();
    }

    /**
     * Server sessions end through the one revocation path ({@link SessionTokens#revokeAll}); then every
     * token row of theirs goes, since a token hash is of no use once the account is gone. The server's
     * short token cache forgets everything when a write request starts (decision 0014), and the member
     * row is marked deleted below, which {@code SessionTokens.open} refuses too.
     */
    private int endSessions(UUID member) {
        int revoked = new SessionTokens(ctx).revokeAll(member);
        jdbc.sql("DELETE FROM auth_tokens WHERE user_id = ?").param(member).update();
        return revoked;
    }

    /**
     * The member row stays (posts, messages, groups, events, transactions point at it) but holds
     * nothing of them: a placeholder name, an address that cannot receive mail and is unique, a
     * password hash that is not bcrypt so no sign-in (online or on a replica, OfflineSignIn) matches,
     * and deleted_at, which every directory, sign-in and replica rule already excludes.
     */
    private void anonymise(UUID member) {
        jdbc.sql("""
                UPDATE personal_details SET
                  email = 'erased-' || user_id || '@erased.invalid', password_hash = '!erased',
                  first_name = ?, last_name = NULL, phone_country_code = NULL, phone_number = NULL, gender = NULL,
                  role = 'user', profile_name = NULL, profile_state = 'DRAFT', profile_type = NULL,
                  profile_visibility = 'private', profile_completion = 0, is_verified = FALSE, email_verified = FALSE,
                  bio = NULL, hear_about_us = NULL, last_login_at = NULL, location = NULL, focus_tags = '{}',
                  search_vector = NULL, headline = NULL, failed_login_count = 0, locked_until = NULL,
                  published_at = NULL, deleted_at = now(), updated_at = now(), version = version + 1
                WHERE user_id = ?
                """).params(Messages.get("privacy.formerMember"), member).update();
    }

    /**
     * Earlier change-log entries of the member's rows still carry what they were (name, e-mail, the
     * details). The feed only ever sends a row's latest entry, but the log is a copy of the data, so
     * the old member entries take the anonymised row and the old profile-detail entries become
     * deletions (without payload). Entries are rewritten, never removed: whether a replica was sent a
     * row before is read from their existence (ChangeFeed's sent_before).
     */
    private void scrubChangeLog(UUID member) {
        jdbc.sql("""
                UPDATE sync_change_log SET payload = (SELECT to_jsonb(p) FROM personal_details p WHERE p.user_id = :m)
                WHERE entity_type = 'personal_details' AND entity_id = :m AND operation = 'upsert'
                """).param("m", member).update();
        jdbc.sql("""
                UPDATE sync_change_log SET operation = 'delete', payload = NULL
                WHERE entity_type = ANY(:tables) AND entity_id = :m AND operation = 'upsert'
                """).param("tables", SyncTables.PROFILE_TABLES.toArray(String[]::new)).param("m", member).update();
    }
}
