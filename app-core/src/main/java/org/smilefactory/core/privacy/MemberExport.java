package org.smilefactory.core.privacy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.smilefactory.core.api.sync.SyncTables;
import org.smilefactory.core.content.MediaStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes one member's archive (decision 0018): a JSON array per kind of row, as stored, minus
 * secrets and embeddings, plus their media files and a manifest. Runs inside the caller's
 * (repeatable-read) transaction, so every file shows the same moment.
 */
final class MemberExport {

    /** Format name and version in the manifest, so a later change of layout can be told apart. */
    static final String FORMAT = "smilefactory-member-export/1";

    /** Never leave the server in an archive: secrets, search internals, embeddings. */
    private static final String MEMBER_HIDDEN = "ARRAY['password_hash','search_vector','failed_login_count','locked_until']";

    /**
     * One file of the archive: the rows of {@code from} (an SQL FROM/WHERE fragment with alias
     * {@code x} and the member as {@code :m}), minus the named columns, ordered by {@code order}.
     */
    record Kind(String file, String from, String hidden, String order) {
    }

    /** The files of the archive in the order they are written; {@code PrivacyContract} checks each against the tables. */
    static final List<Kind> KINDS = kinds();

    private static List<Kind> kinds() {
        List<Kind> k = new ArrayList<>();
        k.add(new Kind("profile.json", "personal_details x WHERE x.user_id = :m", MEMBER_HIDDEN, "x.user_id"));
        // every profile type's table: a member has at most one row in one of them
        for (String table : SyncTables.PROFILE_TABLES) {
            k.add(new Kind("profile_" + table + ".json", table + " x WHERE x.user_id = :m", null, "x.user_id"));
        }
        k.add(new Kind("posts.json", "posts x WHERE x.author_id = :m", "ARRAY['search_vector']", "x.created_at, x.post_id"));
        k.add(new Kind("comments.json", "comments x WHERE x.author_id = :m", null, "x.created_at, x.comment_id"));
        k.add(new Kind("post_likes.json", "post_likes x WHERE x.user_id = :m", null, "x.created_at, x.post_id"));
        k.add(new Kind("comment_likes.json", "comment_likes x WHERE x.user_id = :m", null, "x.created_at, x.comment_id"));
        k.add(new Kind("post_bookmarks.json", "post_bookmarks x WHERE x.user_id = :m", null, "x.created_at, x.post_id"));
        k.add(new Kind("post_shares.json", "post_shares x WHERE x.user_id = :m", null, "x.created_at, x.id"));
        k.add(new Kind("connections.json", "connections x WHERE x.requester_id = :m OR x.recipient_id = :m", null,
                "x.created_at, x.connection_id"));
        k.add(new Kind("conversations.json", """
                conversations x WHERE x.created_by = :m
                   OR EXISTS (SELECT 1 FROM conversation_participants cp WHERE cp.conversation_id = x.id AND cp.user_id = :m)
                """, null, "x.created_at, x.id"));
        k.add(new Kind("conversation_participants.json", "conversation_participants x WHERE x.user_id = :m", null,
                "x.joined_at, x.conversation_id"));
        // sent and received: their own messages, messages to them, and messages in conversations they are in
        k.add(new Kind("messages.json", """
                messages x WHERE x.sender_id = :m OR x.recipient_id = :m
                   OR EXISTS (SELECT 1 FROM conversation_participants cp WHERE cp.conversation_id = x.conversation_id AND cp.user_id = :m)
                """, null, "x.created_at, x.message_id"));
        k.add(new Kind("group_memberships.json", "group_memberships x WHERE x.user_id = :m", null, "x.group_id"));
        k.add(new Kind("groups_created.json", "groups x WHERE x.created_by = :m", "ARRAY['search_vector','invite_code']",
                "x.created_at, x.id"));
        k.add(new Kind("event_registrations.json", "event_attendees x WHERE x.user_id = :m", null, "x.registered_at, x.id"));
        k.add(new Kind("event_check_in_scans.json", """
                event_check_in_scans x WHERE EXISTS (SELECT 1 FROM event_attendees a WHERE a.id = x.attendee_id AND a.user_id = :m)
                """, null, "x.scanned_at, x.id"));
        k.add(new Kind("events_organised.json", "events x WHERE x.organizer_id = :m", "ARRAY['search_vector']",
                "x.created_at, x.id"));
        k.add(new Kind("marketplace_listings.json", "marketplace_listings x WHERE x.seller_id = :m", "ARRAY['search_vector']",
                "x.created_at, x.id"));
        k.add(new Kind("marketplace_transactions.json",
                "marketplace_transactions x WHERE x.seller_id = :m OR x.buyer_id = :m", null, "x.created_at, x.id"));
        k.add(new Kind("reports_made.json", "content_reports x WHERE x.reporter_id = :m", null, "x.created_at, x.id"));
        k.add(new Kind("ai_conversations.json", "ai_conversations x WHERE x.user_id = :m", null, "x.started_at, x.id"));
        k.add(new Kind("ai_conversation_messages.json", """
                ai_conversation_messages x WHERE EXISTS (SELECT 1 FROM ai_conversations c WHERE c.id = x.conversation_id AND c.user_id = :m)
                """, "ARRAY['content_embedding']", "x.\"timestamp\", x.id"));
        k.add(new Kind("ai_preferences.json", "ai_user_preferences x WHERE x.user_id = :m", null, "x.id"));
        k.add(new Kind("ai_context.json", "ai_context_data x WHERE x.user_id = :m", "ARRAY['context_embedding']",
                "x.created_at, x.id"));
        k.add(new Kind("ai_analytics.json", "ai_analytics x WHERE x.user_id = :m", null, "x.created_at, x.id"));
        k.add(new Kind("notifications.json", "notifications x WHERE x.user_id = :m", null, "x.created_at, x.id"));
        k.add(new Kind("media_files.json", "media_files x WHERE x.owner_id = :m", "ARRAY['storage_path']",
                "x.created_at, x.id"));
        k.add(new Kind("erasure_requests.json", "erasure_requests x WHERE x.member_id = :m", null, "x.requested_at, x.id"));
        return List.copyOf(k);
    }

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final JdbcClient jdbc;
    private final MediaStore media;

    MemberExport(JdbcClient jdbc, MediaStore media) {
        this.jdbc = jdbc;
        this.media = media;
    }

    /** What was written, for the audit entry. */
    record Written(int files, int rows, int mediaFiles) {
    }

    Written write(UUID member, Instant at, OutputStream target) {
        ZipOutputStream zip = new ZipOutputStream(new NonClosing(target), StandardCharsets.UTF_8);
        Map<String, Integer> counts = new LinkedHashMap<>();
        int rows = 0;
        try {
            for (Kind kind : KINDS) {
                String select = kind.hidden() == null ? "to_jsonb(x)" : "(to_jsonb(x) - " + kind.hidden() + "::text[])";
                record Json(String text, int count) {
                }
                Json json = jdbc.sql("SELECT jsonb_pretty(coalesce(jsonb_agg(" + select + " ORDER BY " + kind.order()
                                + "), '[]'::jsonb)) AS text, count(*)::int AS n FROM " + kind.from())
                        .param("m", member)
                        .query((rs, n) -> new Json(rs.getString("text"), rs.getInt("n"))).single();
                entry(zip, kind.file(), json.text().getBytes(StandardCharsets.UTF_8));
                counts.put(kind.file(), json.count());
                rows += json.count();
            }
            List<Map<String, Object>> files = new ArrayList<>();
            record Media(UUID id, String name, String path) {
            }
            List<Media> owned = jdbc.sql("SELECT id, file_name, storage_path FROM media_files WHERE owner_id = ? ORDER BY created_at, id")
                    .param(member)
                    .query((rs, n) -> new Media(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3))).list();
            for (Media m : owned) {
                String name = "media/" + m.id() + "-" + safe(m.name());
                byte[] bytes;
                try {
                    bytes = media.read(m.path());
                } catch (UncheckedIOException missing) {
                    // a row whose file is gone (restored database, deleted by hand): say so instead of failing the export
                    files.add(Map.of("id", m.id().toString(), "missing", true));
                    continue;
                }
                entry(zip, name, bytes);
                files.add(Map.of("id", m.id().toString(), "file", name, "bytes", bytes.length));
            }
            Map<String, Object> manifest = new LinkedHashMap<>();
            manifest.put("format", FORMAT);
            manifest.put("memberId", member.toString());
            manifest.put("exportedAt", at.toString());
            manifest.put("files", counts);
            manifest.put("media", files);
            entry(zip, "manifest.json", JSON.writeValueAsBytes(manifest));
            zip.finish();
            zip.flush();
            return new Written(counts.size(), rows, (int) files.stream().filter(f -> f.containsKey("file")).count());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void entry(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }

    /** A file name safe inside a ZIP on every platform: no folders, no characters Windows refuses. */
    static String safe(String name) {
        String s = name == null ? "file" : name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").trim();
        return s.isEmpty() || s.equals(".") || s.equals("..") ? "file" : s;
    }

    /** The caller owns the stream: finishing the ZIP must not close it. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
