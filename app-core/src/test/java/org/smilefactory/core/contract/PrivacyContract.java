package org.smilefactory.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.smilefactory.core.api.ConflictException;
import org.smilefactory.core.api.NotFoundException;
import org.smilefactory.core.api.PermissionDeniedException;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.UnauthenticatedException;
import org.smilefactory.core.api.accounts.Role;
import org.smilefactory.core.api.content.MediaRef;
import org.smilefactory.core.api.moderation.AuditEntry;
import org.smilefactory.core.api.moderation.AuditQuery;
import org.smilefactory.core.api.moderation.NewReport;
import org.smilefactory.core.api.moderation.ReportReason;
import org.smilefactory.core.api.moderation.ReportTargetType;
import org.smilefactory.core.api.privacy.ErasureDecision;
import org.smilefactory.core.api.privacy.ErasureRequest;
import org.smilefactory.core.api.privacy.ErasureStatus;
import org.smilefactory.core.api.sync.Change;
import org.smilefactory.core.api.sync.ChangeOperation;
import org.smilefactory.core.api.sync.ChangePage;
import org.smilefactory.core.common.Ids;
import org.smilefactory.core.testsupport.Hubs;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The data export and the erasure of accounts (issue 14, decision 0018) — on any backend. The
 * archive is checked against the backend's own database, file by file and row by row.
 */
public abstract class PrivacyContract extends ContractFixture {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The backend's own database: fixtures the services do not create, and the truth the archive is checked against. */
    protected abstract JdbcClient database();

    private Seeds seeds;
    private Session staff;

    @BeforeAll
    void seedsAndStaff() {
        seeds = new Seeds(database());
        staff = Hubs.member(backend, admin, Role.STAFF, "Sam", "Staff");
    }

    private Session member(String first, String last) {
        return Hubs.member(backend, admin, Role.USER, first, last);
    }

    /** Ids of the rows one member has in every kind of table, and of the rows of another member they touch. */
    private record Fixture(UUID member, UUID other, UUID ownPost, UUID othersPost, UUID ownComment, UUID othersComment,
                           UUID group, UUID event, UUID attendee, UUID ownListing, UUID othersListing, UUID transaction,
                           UUID conversation, UUID media, byte[] mediaBytes, UUID postMedia) {
    }

    /** A member with a row in every table the export covers, written as the services would. */
    private Fixture fixture(Session m, Session o) {
        JdbcClient db = database();
        UUID me = m.member().id();
        UUID other = o.member().id();
        seeds.publishProfile(me, "public");
        seeds.publishProfile(other, "public");
        db.sql("INSERT INTO innovator_profiles (user_id, startup_name, industry_focus) VALUES (?, 'Seed Co', 'Agritech')")
                .param(me).update();
        db.sql("UPDATE personal_details SET bio = 'Grows maize', phone_number = '0771234567' WHERE user_id = ?").param(me).update();
        byte[] bytes = ("my notes " + Seeds.word()).getBytes(StandardCharsets.UTF_8);
        MediaRef file = m.content().uploadMedia("notes.txt", bytes);
        MediaRef shown = m.content().uploadMedia("photo.txt", "a picture".getBytes(StandardCharsets.UTF_8));
        UUID ownPost = seeds.post(me, "My harvest", "Good year", "public", null);
        db.sql("UPDATE posts SET featured_image_url = ? WHERE post_id = ?").params(shown.url(), ownPost).update();
        UUID othersPost = seeds.post(other, "Their post", "Hello", "public", null);
        UUID ownComment = seeds.comment(othersPost, me, "Nice one");
        UUID othersComment = seeds.comment(ownPost, other, "Congratulations");
        db.sql("INSERT INTO post_likes (post_id, user_id) VALUES (?, ?)").params(othersPost, me).update();
        db.sql("INSERT INTO comment_likes (comment_id, user_id) VALUES (?, ?)").params(othersComment, me).update();
        db.sql("INSERT INTO post_bookmarks (post_id, user_id) VALUES (?, ?)").params(othersPost, me).update();
        db.sql("INSERT INTO post_shares (id, post_id, user_id) VALUES (?, ?, ?)").params(Ids.next(), othersPost, me).update();
        seeds.connect(me, other);
        UUID conversation = Ids.next();
        db.sql("INSERT INTO conversations (id, conversation_type, created_by) VALUES (?, 'direct', ?)").params(conversation, other).update();
        db.sql("INSERT INTO conversation_participants (conversation_id, user_id) VALUES (?, ?), (?, ?)")
                .params(conversation, me, conversation, other).update();
        db.sql("INSERT INTO messages (message_id, conversation_id, sender_id, recipient_id, content) VALUES (?, ?, ?, ?, 'Hi there')")
                .params(Ids.next(), conversation, other, me).update();
        db.sql("INSERT INTO messages (message_id, conversation_id, sender_id, recipient_id, content) VALUES (?, ?, ?, ?, 'Hello back')")
                .params(Ids.next(), conversation, me, other).update();
        UUID group = seeds.group(other, "Growers " + Seeds.word(), "public");
        seeds.joinGroup(group, me);
        UUID event = seeds.event(other, "Field day", "published");
        UUID attendee = Ids.next();
        db.sql("""
                INSERT INTO event_attendees (id, event_id, user_id, status, ticket_code, check_in_time, check_in_source)
                VALUES (?, ?, ?, 'confirmed', ?, now(), 'door')
                """).params(attendee, event, me, "T" + Seeds.word()).update();
        db.sql("INSERT INTO event_check_in_scans (id, event_id, attendee_id, ticket_code, outcome) VALUES (?, ?, ?, 'x', 'checked_in')")
                .params(Ids.next(), event, attendee).update();
        UUID ownListing = seeds.listing(me, "Tractor for hire", "active");
        UUID othersListing = seeds.listing(other, "Seed drill", "active");
        UUID transaction = Ids.next();
        db.sql("INSERT INTO marketplace_transactions (id, listing_id, seller_id, buyer_id, amount, message) VALUES (?, ?, ?, ?, 80, 'Deal')")
                .params(transaction, othersListing, other, me).update();
        m.moderation().report(new NewReport(ReportTargetType.POST, othersPost, ReportReason.SPAM, "Looks like spam"));
        UUID ai = Ids.next();
        db.sql("INSERT INTO ai_conversations (id, user_id, session_id) VALUES (?, ?, 's1')").params(ai, me).update();
        db.sql("INSERT INTO ai_conversation_messages (id, conversation_id, role, content) VALUES (?, ?, 'user', 'Which seed?')")
                .params(Ids.next(), ai).update();
        db.sql("INSERT INTO ai_user_preferences (id, user_id, preferred_response_style) VALUES (?, ?, 'concise')")
                .params(Ids.next(), me).update();
        db.sql("INSERT INTO ai_context_data (id, user_id, context_type, context_key, context_value) VALUES (?, ?, 'profile', 'k', '{\"a\":1}')")
                .params(Ids.next(), me).update();
        db.sql("INSERT INTO ai_analytics (id, user_id, event_type, event_data) VALUES (?, ?, 'ask', '{}')").params(Ids.next(), me).update();
        db.sql("INSERT INTO user_embeddings (user_id, embedding_model, embedding_dimension, profile_embedding) VALUES (?, 'm', 2, '{0.1,0.2}')")
                .param(me).update();
        db.sql("""
                INSERT INTO content_embeddings (content_id, content_type, embedding_model, embedding_dimension, embedding)
                VALUES (?, 'profile', 'm', 2, '{0.3,0.4}') ON CONFLICT (content_id) DO NOTHING
                """).param(me).update();
        db.sql("INSERT INTO notifications (id, user_id, notification_type, title) VALUES (?, ?, 'system', 'Welcome')")
                .params(Ids.next(), me).update();
        db.sql("INSERT INTO notifications (id, user_id, actor_id, notification_type, title) VALUES (?, ?, ?, 'comment', 'X commented')")
                .params(Ids.next(), other, me).update();
        return new Fixture(me, other, ownPost, othersPost, ownComment, othersComment, group, event, attendee, ownListing,
                othersListing, transaction, conversation, file.id(), bytes, shown.id());
    }

    // ------------------------------------------------------------------------------------------
    // export

    /** The archive's entries by name. */
    private static Map<String, byte[]> unzip(byte[] zip) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                entries.put(e.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    private static Map<String, byte[]> export(Session as, UUID member) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        as.privacy().export(member, out);
        return unzip(out.toByteArray());
    }

    /**
     * What each file must hold, written here from the schema and not from the exporter: the table,
     * which of its rows are the member's, and the columns that must never leave (secrets, embeddings).
     */
    private record Expected(String file, String from, List<String> hidden) {
    }

    private static final List<Expected> EXPECTED = List.of(
            new Expected("profile.json", "personal_details x WHERE x.user_id = :m",
                    List.of("password_hash", "search_vector", "failed_login_count", "locked_until")),
            new Expected("profile_innovator_profiles.json", "innovator_profiles x WHERE x.user_id = :m", List.of()),
            new Expected("posts.json", "posts x WHERE x.author_id = :m", List.of("search_vector")),
            new Expected("comments.json", "comments x WHERE x.author_id = :m", List.of()),
            new Expected("post_likes.json", "post_likes x WHERE x.user_id = :m", List.of()),
            new Expected("comment_likes.json", "comment_likes x WHERE x.user_id = :m", List.of()),
            new Expected("post_bookmarks.json", "post_bookmarks x WHERE x.user_id = :m", List.of()),
            new Expected("post_shares.json", "post_shares x WHERE x.user_id = :m", List.of()),
            new Expected("connections.json", "connections x WHERE :m IN (x.requester_id, x.recipient_id)", List.of()),
            new Expected("conversations.json",
                    "conversations x WHERE x.id IN (SELECT conversation_id FROM conversation_participants WHERE user_id = :m)", List.of()),
            new Expected("messages.json", "messages x WHERE :m IN (x.sender_id, x.recipient_id)", List.of()),
            new Expected("group_memberships.json", "group_memberships x WHERE x.user_id = :m", List.of()),
            new Expected("event_registrations.json", "event_attendees x WHERE x.user_id = :m", List.of()),
            new Expected("event_check_in_scans.json",
                    "event_check_in_scans x WHERE x.attendee_id IN (SELECT id FROM event_attendees WHERE user_id = :m)", List.of()),
            new Expected("marketplace_listings.json", "marketplace_listings x WHERE x.seller_id = :m", List.of("search_vector")),
            new Expected("marketplace_transactions.json", "marketplace_transactions x WHERE :m IN (x.buyer_id, x.seller_id)", List.of()),
            new Expected("reports_made.json", "content_reports x WHERE x.reporter_id = :m", List.of()),
            new Expected("ai_conversations.json", "ai_conversations x WHERE x.user_id = :m", List.of()),
            new Expected("ai_conversation_messages.json",
                    "ai_conversation_messages x WHERE x.conversation_id IN (SELECT id FROM ai_conversations WHERE user_id = :m)",
                    List.of("content_embedding")),
            new Expected("ai_preferences.json", "ai_user_preferences x WHERE x.user_id = :m", List.of()),
            new Expected("ai_context.json", "ai_context_data x WHERE x.user_id = :m", List.of("context_embedding")),
            new Expected("ai_analytics.json", "ai_analytics x WHERE x.user_id = :m", List.of()),
            new Expected("notifications.json", "notifications x WHERE x.user_id = :m", List.of()),
            new Expected("media_files.json", "media_files x WHERE x.owner_id = :m", List.of("storage_path")));

    private Set<JsonNode> rowsInDatabase(Expected expected, UUID member) {
        Set<JsonNode> rows = new HashSet<>();
        for (String text : database().sql("SELECT to_jsonb(x)::text FROM " + expected.from()).param("m", member)
                .query(String.class).list()) {
            ObjectNode row = (ObjectNode) JSON.readTree(text);
            expected.hidden().forEach(row::remove);
            rows.add(row);
        }
        return rows;
    }

    private static Set<JsonNode> rowsInFile(Map<String, byte[]> archive, String file) {
        assertThat(archive).as("the archive has " + file).containsKey(file);
        JsonNode array = JSON.readTree(archive.get(file));
        assertThat(array.isArray()).as(file + " is a JSON array").isTrue();
        Set<JsonNode> rows = new HashSet<>();
        array.forEach(rows::add);
        assertThat(rows).as(file + " has no duplicate rows").hasSize(array.size());
        return rows;
    }

    @Test
    void theArchiveHoldsEveryRowOfTheMemberAsTheDatabaseHoldsIt() {
        Session m = member("Export", "Me");
        Fixture f = fixture(m, member("Other", "Person"));

        Map<String, byte[]> archive = export(m, f.member());

        for (Expected expected : EXPECTED) {
            Set<JsonNode> inDatabase = rowsInDatabase(expected, f.member());
            assertThat(inDatabase).as("the fixture has rows for " + expected.file()).isNotEmpty();
            assertThat(rowsInFile(archive, expected.file())).as(expected.file()).isEqualTo(inDatabase);
        }
        // the other profile types' files are there, empty
        assertThat(rowsInFile(archive, "profile_mentor_profiles.json")).isEmpty();
        // their media: both files, with their bytes
        assertThat(archive.get("media/" + f.media() + "-notes.txt")).isEqualTo(f.mediaBytes());
        assertThat(archive).containsKey("media/" + f.postMedia() + "-photo.txt");
        JsonNode manifest = JSON.readTree(archive.get("manifest.json"));
        assertThat(manifest.path("memberId").asString()).isEqualTo(f.member().toString());
        assertThat(manifest.path("files").path("posts.json").asInt()).isEqualTo(1);
        assertThat(manifest.path("files").path("messages.json").asInt()).isEqualTo(2);
    }

    @Test
    void theArchiveHoldsNoSecrets() {
        Session m = member("Secret", "Keeper");
        fixture(m, member("Other", "Secret"));
        // a server token row of theirs exists (remote sign-in made one; a local one is made here)
        backend.signIn(m.member().email(), Hubs.MEMBER_PASSWORD);
        String hash = database().sql("SELECT password_hash FROM personal_details WHERE user_id = ?").param(m.member().id())
                .query(String.class).single();

        Map<String, byte[]> archive = export(m, m.member().id());

        StringBuilder all = new StringBuilder();
        archive.forEach((name, bytes) -> all.append(new String(bytes, StandardCharsets.UTF_8)));
        assertThat(all).doesNotContain(hash).doesNotContain("password_hash").doesNotContain("token_hash")
                .doesNotContain("exit_pin_hash").doesNotContain("profile_embedding").doesNotContain("storage_path");
    }

    @Test
    void aMemberCannotExportSomeoneElse() {
        Session nosy = member("Nosy", "Neighbour");
        Session target = member("Private", "Person");
        assertThatThrownBy(() -> export(nosy, target.member().id())).isInstanceOf(PermissionDeniedException.class);
        assertThat(auditOf("privacy.export", target.member().id())).isEmpty();
    }

    @Test
    void staffExportForAMemberAndAMembersOwnExportAreAudited() {
        Session m = member("Audited", "Export");
        UUID id = m.member().id();
        Map<String, byte[]> archive = export(staff, id);
        assertThat(archive).containsKey("profile.json");
        export(m, id);

        List<AuditEntry> entries = auditOf("privacy.export", id);
        assertThat(entries).extracting(AuditEntry::actorId).containsExactlyInAnyOrder(staff.member().id(), id);
        AuditEntry byStaff = entries.stream().filter(e -> e.actorId().equals(staff.member().id())).findFirst().orElseThrow();
        assertThat(JSON.readTree(byStaff.afterJson()).path("forOtherMember").asBoolean()).isTrue();
    }

    @Test
    void exportingAnUnknownMemberIsNotFound() {
        assertThatThrownBy(() -> export(staff, UUID.randomUUID())).isInstanceOf(NotFoundException.class);
    }

    private List<AuditEntry> auditOf(String action, UUID entity) {
        return admin.moderation().auditLog(new AuditQuery(null, action, null, null, null, null, 200)).entries().stream()
                .filter(e -> entity.equals(e.entityId())).toList();
    }

    // ------------------------------------------------------------------------------------------
    // erasure requests

    @Test
    void aMemberAsksToBeErasedOnceAndStaffSeeThePendingRequest() {
        Session m = member("Leaving", "Soon");
        ErasureRequest request = m.privacy().requestErasure("Moving abroad");
        assertThat(request.status()).isEqualTo(ErasureStatus.PENDING);
        assertThat(request.memberId()).isEqualTo(m.member().id());
        assertThat(request.reason()).isEqualTo("Moving abroad");
        assertThat(m.privacy().myErasureRequest()).contains(request);
        assertThatThrownBy(() -> m.privacy().requestErasure(null)).isInstanceOf(ConflictException.class);

        assertThat(staff.privacy().erasureRequests(ErasureStatus.PENDING)).extracting(ErasureRequest::id).contains(request.id());
        assertThat(staff.privacy().erasureRequests(ErasureStatus.PENDING)).filteredOn(r -> r.id().equals(request.id()))
                .singleElement().extracting(ErasureRequest::memberName).isEqualTo("Leaving Soon");
        assertThat(auditOf("privacy.erasure.request", m.member().id())).hasSize(1);
    }

    @Test
    void aMemberWithoutARequestHasNoneAndCanWithdrawAPendingOne() {
        Session m = member("Changed", "Mind");
        assertThat(m.privacy().myErasureRequest()).isEmpty();
        assertThatThrownBy(() -> m.privacy().withdrawErasureRequest()).isInstanceOf(NotFoundException.class);
        ErasureRequest request = m.privacy().requestErasure(null);
        ErasureRequest withdrawn = m.privacy().withdrawErasureRequest();
        assertThat(withdrawn.id()).isEqualTo(request.id());
        assertThat(withdrawn.status()).isEqualTo(ErasureStatus.WITHDRAWN);
        assertThat(staff.privacy().erasureRequests(ErasureStatus.PENDING)).extracting(ErasureRequest::id).doesNotContain(request.id());
        // asking again is possible
        assertThat(m.privacy().requestErasure(null).status()).isEqualTo(ErasureStatus.PENDING);
    }

    @Test
    void onlyStaffSeeAndDecideRequestsAndNeverTheirOwn() {
        Session m = member("Plain", "Member");
        ErasureRequest request = member("Wants", "Out").privacy().requestErasure(null);
        assertThatThrownBy(() -> m.privacy().erasureRequests(null)).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> m.privacy().decideErasure(request.id(), new ErasureDecision(true, null)))
                .isInstanceOf(PermissionDeniedException.class);

        ErasureRequest own = staff.privacy().requestErasure(null);
        assertThatThrownBy(() -> staff.privacy().decideErasure(own.id(), new ErasureDecision(true, null)))
                .isInstanceOf(PermissionDeniedException.class);
        // staff who are not admins do not decide an administrator's erasure
        ErasureRequest adminsOwn = admin.privacy().requestErasure(null);
        assertThatThrownBy(() -> staff.privacy().decideErasure(adminsOwn.id(), new ErasureDecision(true, null)))
                .isInstanceOf(PermissionDeniedException.class);
        admin.privacy().withdrawErasureRequest();
        staff.privacy().withdrawErasureRequest();
        assertThatThrownBy(() -> staff.privacy().decideErasure(UUID.randomUUID(), new ErasureDecision(false, null)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aDeclinedRequestKeepsTheAccountAndCannotBeDecidedAgain() {
        Session m = member("Not", "Yet");
        ErasureRequest request = m.privacy().requestErasure(null);
        ErasureRequest declined = staff.privacy().decideErasure(request.id(), new ErasureDecision(false, "Your invoice is open"));
        assertThat(declined.status()).isEqualTo(ErasureStatus.DECLINED);
        assertThat(declined.decisionNote()).isEqualTo("Your invoice is open");
        assertThat(declined.decidedBy()).isEqualTo(staff.member().id());
        assertThat(m.accounts().me().email()).isEqualTo(m.member().email());
        assertThat(m.privacy().myErasureRequest().orElseThrow().status()).isEqualTo(ErasureStatus.DECLINED);
        assertThatThrownBy(() -> staff.privacy().decideErasure(request.id(), new ErasureDecision(true, null)))
                .isInstanceOf(ConflictException.class);
        assertThat(auditOf("privacy.erasure.decline", m.member().id())).hasSize(1);
    }

    // ------------------------------------------------------------------------------------------
    // erasure

    private long count(String sql, Object... params) {
        return database().sql(sql).params(params).query(Long.class).single();
    }

    /** Every counter the schema keeps equals the rows it counts, everywhere in the hub. */
    private void countersEqualTheirRows() {
        assertThat(count("""
                SELECT count(*) FROM posts p WHERE p.like_count <> (SELECT count(*) FROM post_likes l WHERE l.post_id = p.post_id)
                   OR p.bookmark_count <> (SELECT count(*) FROM post_bookmarks b WHERE b.post_id = p.post_id)
                   OR p.share_count <> (SELECT count(*) FROM post_shares s WHERE s.post_id = p.post_id)
                   OR p.comment_count <> (SELECT count(*) FROM comments c WHERE c.post_id = p.post_id AND c.moderation_state = 'visible')
                """)).as("posts whose counters are off").isZero();
        assertThat(count("""
                SELECT count(*) FROM comments c WHERE c.like_count <> (SELECT count(*) FROM comment_likes l WHERE l.comment_id = c.comment_id)
                """)).as("comments whose like count is off").isZero();
        assertThat(count("""
                SELECT count(*) FROM groups g WHERE g.member_count <> (SELECT count(*) FROM group_memberships m WHERE m.group_id = g.id AND m.status = 'active')
                """)).as("groups whose member count is off").isZero();
        assertThat(count("""
                SELECT count(*) FROM events e WHERE e.current_attendees <> (SELECT count(*) FROM event_attendees a WHERE a.event_id = e.id AND a.status = 'confirmed')
                """)).as("events whose attendee count is off").isZero();
    }

    @Test
    void confirmingAnErasureRemovesWhatIsTheirsAndAnonymisesWhatOthersKeep() {
        Session m = member("Erase", "Me");
        Fixture f = fixture(m, member("Stays", "Here"));
        UUID me = f.member();
        String email = m.member().email();
        ErasureRequest request = m.privacy().requestErasure("Please forget me");

        ErasureRequest confirmed = staff.privacy().decideErasure(request.id(), new ErasureDecision(true, null));

        assertThat(confirmed.status()).isEqualTo(ErasureStatus.CONFIRMED);
        assertThat(confirmed.decidedBy()).isEqualTo(staff.member().id());
        assertThat(confirmed.reason()).isNull();
        assertThat(confirmed.memberName()).isEqualTo("Former member");
        assertThat(confirmed.memberEmail()).doesNotContain(email);
        // the member row: kept for what others keep, holding nothing of theirs
        Map<String, Object> row = database().sql("""
                SELECT email, password_hash, full_name, bio, phone_number, profile_type, profile_state, deleted_at IS NOT NULL AS gone
                FROM personal_details WHERE user_id = ?
                """).param(me).query().singleRow();
        assertThat(row.get("email")).isEqualTo("erased-" + me + "@erased.invalid");
        assertThat(row.get("password_hash")).isEqualTo("!erased");
        assertThat(row.get("full_name")).isEqualTo("Former member");
        assertThat(row.get("bio")).isNull();
        assertThat(row.get("phone_number")).isNull();
        assertThat(row.get("profile_type")).isNull();
        assertThat(row.get("profile_state")).isEqualTo("DRAFT");
        assertThat(row.get("gone")).isEqualTo(true);
        // removed
        assertThat(count("SELECT count(*) FROM innovator_profiles WHERE user_id = ?", me)).isZero();
        assertThat(count("SELECT count(*) FROM post_likes WHERE user_id = ?", me)).isZero();
        assertThat(count("SELECT count(*) FROM comment_likes WHERE user_id = ?", me)).isZero();
        assertThat(count("SELECT count(*) FROM post_bookmarks WHERE user_id = ?", me)).isZero();
        assertThat(count("SELECT count(*) FROM post_shares WHERE user_id = ?", me)).isZero();
        assertThat(count("SELECT count(*) FROM connections WHERE ? IN (requester_id, recipient_id)", me)).isZero();
        assertThat(count("SELECT count(*) FROM group_memberships WHERE user_id = ?", me)).isZero();
        assertThat(count("SELECT count(*) FROM event_attendees WHERE user_id = ?", me)).isZero();
        assertThat(count("SELECT count(*) FROM notifications WHERE ? IN (user_id, actor_id)", me)).isZero();
        assertThat(count("SELECT count(*) FROM ai_conversations WHERE user_id = ?", me)).isZero();
        assertThat(count("SELECT count(*) FROM ai_user_preferences WHERE user_id = ?", me)).isZero();
        assertThat(count("SELECT count(*) FROM ai_context_data WHERE user_id = ?", me)).isZero();
        assertThat(count("SELECT count(*) FROM ai_analytics WHERE user_id = ?", me)).isZero();
        assertThat(count("SELECT count(*) FROM user_embeddings WHERE user_id = ?", me)).isZero();
        assertThat(count("SELECT count(*) FROM content_embeddings WHERE content_id = ?", me)).isZero();
        assertThat(count("SELECT count(*) FROM ai_embedding_queue WHERE content_id = ?", me)).isZero();
        assertThat(count("SELECT count(*) FROM auth_tokens WHERE user_id = ?", me)).isZero();
        assertThat(count("SELECT count(*) FROM media_files WHERE id = ?", f.media())).isZero();
        // kept for the others, attributed to the anonymised row
        assertThat(count("SELECT count(*) FROM posts WHERE post_id = ? AND author_id = ?", f.ownPost(), me)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM comments WHERE comment_id IN (?, ?)", f.ownComment(), f.othersComment())).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM media_files WHERE id = ?", f.postMedia())).as("a kept post's picture").isEqualTo(1);
        assertThat(count("SELECT count(*) FROM messages WHERE conversation_id = ?", f.conversation())).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM conversation_participants WHERE user_id = ? AND left_at IS NOT NULL", me)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM marketplace_transactions WHERE id = ? AND buyer_id = ?", f.transaction(), me)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM marketplace_listings WHERE id = ? AND status = 'removed'", f.ownListing())).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM content_reports WHERE target_id = ? AND reporter_id IS NULL", f.othersPost())).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM event_check_in_scans WHERE event_id = ? AND attendee_id IS NULL", f.event())).isEqualTo(1);
        countersEqualTheirRows();
        // they cannot sign in again, and nobody can export them any more
        assertThatThrownBy(() -> backend.signIn(email, Hubs.MEMBER_PASSWORD)).isInstanceOf(UnauthenticatedException.class);
        assertThatThrownBy(() -> export(staff, me)).isInstanceOf(NotFoundException.class);
        assertThat(auditOf("privacy.erasure.confirm", me)).singleElement()
                .satisfies(e -> assertThat(e.actorId()).isEqualTo(staff.member().id()));
        assertThat(auditOf("privacy.erasure.request", me)).hasSize(1);
        // the request stays in the staff list as confirmed
        assertThat(staff.privacy().erasureRequests(ErasureStatus.CONFIRMED)).extracting(ErasureRequest::id).contains(request.id());
    }

    @Test
    void anErasureThatFailsHalfWayChangesNothing() {
        Session m = member("Half", "Way");
        Fixture f = fixture(m, member("Other", "Half"));
        ErasureRequest request = m.privacy().requestErasure(null);
        // the member row is anonymised late in the erasure, after the likes, memberships and registrations went
        String trigger = "privacy_fail_" + f.member().toString().replace("-", "");
        database().sql("CREATE FUNCTION %1$s() RETURNS TRIGGER LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'injected failure'; END $$"
                .formatted(trigger)).update();
        database().sql("CREATE TRIGGER %1$s BEFORE UPDATE OF email ON personal_details FOR EACH ROW WHEN (OLD.user_id = '%2$s') EXECUTE FUNCTION %1$s()"
                .formatted(trigger, f.member())).update();
        try {
            assertThatThrownBy(() -> staff.privacy().decideErasure(request.id(), new ErasureDecision(true, null)))
                    .isInstanceOf(RuntimeException.class);
        } finally {
            database().sql("DROP TRIGGER %1$s ON personal_details".formatted(trigger)).update();
            database().sql("DROP FUNCTION %1$s()".formatted(trigger)).update();
        }
        assertThat(count("SELECT count(*) FROM post_likes WHERE user_id = ?", f.member())).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM group_memberships WHERE user_id = ?", f.member())).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM event_attendees WHERE user_id = ?", f.member())).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM innovator_profiles WHERE user_id = ?", f.member())).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM media_files WHERE id = ?", f.media())).isEqualTo(1);
        assertThat(export(m, f.member()).get("media/" + f.media() + "-notes.txt")).as("the file is still there").isEqualTo(f.mediaBytes());
        assertThat(staff.privacy().erasureRequests(ErasureStatus.PENDING)).extracting(ErasureRequest::id).contains(request.id());
        assertThat(auditOf("privacy.erasure.confirm", f.member())).isEmpty();
        countersEqualTheirRows();
    }

    @Test
    void anAdministratorIsErasedOnlyByAnotherAdministrator() {
        Session second = Hubs.member(backend, admin, Role.ADMIN, "Second", "Admin");
        ErasureRequest request = second.privacy().requestErasure(null);
        assertThatThrownBy(() -> staff.privacy().decideErasure(request.id(), new ErasureDecision(true, null)))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(admin.privacy().decideErasure(request.id(), new ErasureDecision(true, null)).status())
                .isEqualTo(ErasureStatus.CONFIRMED);
        assertThat(count("SELECT count(*) FROM personal_details WHERE user_id = ? AND role = 'user' AND deleted_at IS NOT NULL",
                second.member().id())).isEqualTo(1);
    }

    // ------------------------------------------------------------------------------------------
    // offline replicas

    /** Reads the change log to its end for a session, from a cursor; returns the changes and the new cursor. */
    private record Pulled(List<Change> changes, long cursor) {
    }

    private static Pulled pull(Session s, long from) {
        List<Change> all = new java.util.ArrayList<>();
        long cursor = from;
        while (true) {
            ChangePage page = s.sync().changes(cursor, 1000);
            all.addAll(page.changes());
            cursor = page.cursor();
            if (!page.more()) {
                return new Pulled(all, cursor);
            }
        }
    }

    @Test
    void theErasureReachesAnotherMembersReplicaAsTombstones() {
        Session m = member("Synced", "Away");
        Session reader = member("Replica", "Holder");
        Fixture f = fixture(m, member("Third", "Party"));
        Pulled before = pull(reader, 0);
        assertThat(before.changes()).as("the reader's replica holds the published profile")
                .anySatisfy(c -> {
                    assertThat(c.entityId()).isEqualTo(f.member());
                    assertThat(c.entityType()).isEqualTo("personal_details");
                    assertThat(c.operation()).isEqualTo(ChangeOperation.UPSERT);
                });
        ErasureRequest request = m.privacy().requestErasure(null);
        staff.privacy().decideErasure(request.id(), new ErasureDecision(true, null));

        Pulled after = pull(reader, before.cursor());

        List<Change> ofMember = after.changes().stream().filter(c -> c.entityId().equals(f.member())).toList();
        assertThat(ofMember).extracting(Change::entityType, Change::operation).contains(
                org.assertj.core.groups.Tuple.tuple("personal_details", ChangeOperation.DELETE),
                org.assertj.core.groups.Tuple.tuple("innovator_profiles", ChangeOperation.DELETE));
        assertThat(ofMember).noneMatch(c -> c.operation() == ChangeOperation.UPSERT);
        // a staff replica keeps the row others' posts and events point at, anonymised, and no details
        Pulled forStaff = pull(staff, 0);
        assertThat(forStaff.changes()).filteredOn(c -> c.entityId().equals(f.member()) && c.entityType().equals("personal_details"))
                .isNotEmpty().allSatisfy(c -> assertThat(c.payload()).doesNotContain(m.member().email()).contains("Former member"));
        assertThat(forStaff.changes()).filteredOn(c -> c.entityId().equals(f.member()) && c.entityType().equals("innovator_profiles"))
                .allSatisfy(c -> assertThat(c.operation()).isEqualTo(ChangeOperation.DELETE));
    }
}
