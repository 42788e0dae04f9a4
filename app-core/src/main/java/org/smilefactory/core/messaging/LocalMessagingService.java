package org.smilefactory.core.messaging;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.smilefactory.core.api.NotFoundException;
import org.smilefactory.core.api.PermissionDeniedException;
import org.smilefactory.core.api.messaging.ConversationPage;
import org.smilefactory.core.api.messaging.ConversationSummary;
import org.smilefactory.core.api.messaging.ConversationType;
import org.smilefactory.core.api.messaging.ConversationView;
import org.smilefactory.core.api.messaging.MessagePage;
import org.smilefactory.core.api.messaging.MessageView;
import org.smilefactory.core.api.messaging.MessagingService;
import org.smilefactory.core.api.messaging.NewGroupConversation;
import org.smilefactory.core.api.messaging.NewMessages;
import org.smilefactory.core.api.messaging.Participant;
import org.smilefactory.core.api.messaging.SendMessage;
import org.smilefactory.core.common.Actor;
import org.smilefactory.core.common.CoreContext;
import org.smilefactory.core.common.Ids;
import org.smilefactory.core.common.Messages;
import org.smilefactory.core.common.Problems;
import org.smilefactory.core.notifications.Notifier;
import org.smilefactory.core.social.Cursors;
import org.smilefactory.core.social.Members;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The local implementation of {@link MessagingService}, acting as and authorised for one actor.
 *
 * <p>Read state lives in {@code conversation_participants} (the last read message and its time), so
 * unread counts are "others' messages after my position", answered from the
 * {@code (conversation_id, created_at, message_id)} index. Direct messages also get {@code read_at}
 * as the sender's read receipt. Sending locks the conversation row and stamps the message with the
 * clock after the lock, so within a conversation commit order equals time order and a poller's cursor
 * never skips a message that commits late (decision 0008).
 */
public final class LocalMessagingService implements MessagingService {

    private static final char MESSAGE_CURSOR = 'm';
    private static final char CONVERSATION_CURSOR = 'v';
    private static final int PREVIEW = 140;
    private static final String AFTER_READ = """
            (u.created_at, u.message_id) > (coalesce(cp.last_read_at, '-infinity'::timestamptz),
                                            coalesce(cp.last_read_message_id, '00000000-0000-0000-0000-000000000000'::uuid))
            """;

    private final CoreContext ctx;
    private final Actor actor;
    private final JdbcClient jdbc;

    public LocalMessagingService(CoreContext ctx, Actor actor) {
        this.ctx = ctx;
        this.actor = actor;
        this.jdbc = ctx.jdbc();
    }

    @Override
    public ConversationView direct(UUID memberId) {
        UUID me = me();
        Problems problems = new Problems().required("memberId", memberId);
        if (me.equals(memberId)) {
            problems.add("memberId", "self", Messages.get("messaging.selfConversation"));
        }
        problems.throwIfAny();
        Members.requireReachable(jdbc, memberId);
        UUID id = ctx.tx().execute(status -> {
            Members.lockPair(jdbc, "direct", me, memberId);
            Optional<UUID> existing = jdbc.sql("""
                    SELECT c.id FROM conversations c
                    JOIN conversation_participants a ON a.conversation_id = c.id AND a.user_id = :me
                    JOIN conversation_participants b ON b.conversation_id = c.id AND b.user_id = :other
                    WHERE c.conversation_type = 'direct'
                    ORDER BY c.created_at LIMIT 1
                    """).param("me", me).param("other", memberId).query(UUID.class).optional();
            if (existing.isPresent()) {
                return existing.get();
            }
            if (Members.blockedBetween(jdbc, me, memberId)) {
                throw new PermissionDeniedException(Messages.get("messaging.blocked"));
            }
            UUID created = Ids.next();
            jdbc.sql("""
                    INSERT INTO conversations (id, conversation_type, created_by, created_at, updated_at)
                    VALUES (?, 'direct', ?, now(), now())
                    """).params(created, me).update();
            addParticipant(created, me);
            addParticipant(created, memberId);
            return created;
        });
        return conversation(id);
    }

    @Override
    public ConversationView createGroup(NewGroupConversation command) {
        UUID me = me();
        String title = command == null ? null : strip(command.title());
        List<UUID> others = others(command == null ? null : command.memberIds(), me);
        Problems problems = new Problems().requiredText("title", title, NewGroupConversation.MAX_TITLE);
        if (others.isEmpty()) {
            problems.add("memberIds", "required", Messages.get("messaging.groupNeedsMembers"));
        } else if (others.size() > NewGroupConversation.MAX_PARTICIPANTS) {
            problems.add("memberIds", "too-many", Messages.get("validation.tooManyItems", NewGroupConversation.MAX_PARTICIPANTS));
        }
        problems.throwIfAny();
        requireAddable(me, others);
        UUID id = Ids.next();
        ctx.tx().executeWithoutResult(status -> {
            jdbc.sql("""
                    INSERT INTO conversations (id, conversation_type, title, created_by, created_at, updated_at)
                    VALUES (?, 'group', ?, ?, now(), now())
                    """).params(id, title, me).update();
            addParticipant(id, me);
            others.forEach(m -> addParticipant(id, m));
        });
        return conversation(id);
    }

    @Override
    public ConversationView addParticipants(UUID conversationId, List<UUID> memberIds) {
        UUID me = me();
        Header header = header(conversationId, me);
        if (header.type() != ConversationType.GROUP) {
            new Problems().add("conversationId", "not-group", Messages.get("messaging.notGroup")).throwIfAny();
        }
        if (!me.equals(header.createdBy())) {
            throw new PermissionDeniedException(Messages.get("messaging.creatorOnly"));
        }
        List<UUID> others = others(memberIds, me);
        if (others.isEmpty()) {
            new Problems().add("memberIds", "required", Messages.get("validation.required")).throwIfAny();
        }
        requireAddable(me, others);
        ctx.tx().executeWithoutResult(status -> {
            jdbc.sql("SELECT id FROM conversations WHERE id = ? FOR UPDATE").param(conversationId).query(UUID.class).single();
            long count = jdbc.sql("SELECT count(*) FROM conversation_participants WHERE conversation_id = ? AND left_at IS NULL")
                    .param(conversationId).query(Long.class).single();
            long newcomers = others.stream().filter(m -> !isParticipant(conversationId, m)).count();
            if (count + newcomers > NewGroupConversation.MAX_PARTICIPANTS + 1) {
                new Problems().add("memberIds", "too-many",
                        Messages.get("validation.tooManyItems", NewGroupConversation.MAX_PARTICIPANTS)).throwIfAny();
            }
            others.stream().filter(m -> !isParticipant(conversationId, m)).forEach(m -> addParticipant(conversationId, m));
        });
        return conversation(conversationId);
    }

    private void requireAddable(UUID me, List<UUID> others) {
        for (UUID m : others) {
            Members.requireReachable(jdbc, m);
            if (Members.blockedBetween(jdbc, me, m)) {
                throw new PermissionDeniedException(Messages.get("messaging.blockedParticipant"));
            }
        }
    }

    private static List<UUID> others(List<UUID> memberIds, UUID me) {
        if (memberIds == null) {
            return List.of();
        }
        LinkedHashSet<UUID> set = new LinkedHashSet<>();
        memberIds.stream().filter(m -> m != null && !m.equals(me)).forEach(set::add);
        return List.copyOf(set);
    }

    private boolean isParticipant(UUID conversationId, UUID memberId) {
        return jdbc.sql("SELECT count(*) FROM conversation_participants WHERE conversation_id = ? AND user_id = ? AND left_at IS NULL")
                .params(conversationId, memberId).query(Long.class).single() > 0;
    }

    /** Joins at the conversation's newest message: history is readable but not unread. */
    private void addParticipant(UUID conversationId, UUID memberId) {
        jdbc.sql("""
                INSERT INTO conversation_participants (conversation_id, user_id, joined_at, last_read_at, last_read_message_id)
                SELECT :c, :m, now(), last.created_at, last.message_id
                FROM (SELECT 1) one
                LEFT JOIN LATERAL (SELECT created_at, message_id FROM messages WHERE conversation_id = :c
                                   ORDER BY created_at DESC, message_id DESC LIMIT 1) last ON true
                ON CONFLICT (conversation_id, user_id) DO UPDATE SET left_at = NULL
                """).param("c", conversationId).param("m", memberId).update();
    }

    @Override
    public ConversationView conversation(UUID conversationId) {
        UUID me = me();
        Header header = header(conversationId, me);
        List<Participant> participants = participants(List.of(conversationId)).getOrDefault(conversationId, List.of());
        boolean canSend = header.type() == ConversationType.GROUP || participants.stream()
                .filter(p -> !p.memberId().equals(me)).noneMatch(p -> Members.blockedBetween(jdbc, me, p.memberId()));
        return new ConversationView(conversationId, header.type(), title(header, participants, me), header.createdBy(),
                header.createdAt(), participants, canSend);
    }

    @Override
    public ConversationPage conversations(String cursor, int limit) {
        UUID me = me();
        int n = Cursors.limit(limit, ConversationPage.DEFAULT_LIMIT, ConversationPage.MAX_LIMIT);
        Cursors.TimeKey after = Cursors.time(CONVERSATION_CURSOR, cursor);
        // The page is chosen first; previews and unread counts are computed for its rows only.
        String sql = """
                WITH page AS (
                  SELECT c.id, c.conversation_type, c.title, c.created_by, c.created_at,
                         coalesce(c.last_message_at, c.created_at) AS activity,
                         cp.last_read_at, cp.last_read_message_id
                  FROM conversation_participants cp JOIN conversations c ON c.id = cp.conversation_id
                  WHERE cp.user_id = :me AND cp.left_at IS NULL
                    AND (c.last_message_at IS NOT NULL OR c.created_by = :me)
                    %s
                  ORDER BY activity DESC, c.id DESC
                  LIMIT :limit
                )
                SELECT cp.*, lm.content AS last_content, lm.sender_name AS last_sender,
                       (SELECT count(*) FROM messages u WHERE u.conversation_id = cp.id AND u.sender_id <> :me
                          AND %s) AS unread
                FROM page cp
                LEFT JOIN LATERAL (
                  SELECT left(m.content, %d) AS content, %s AS sender_name
                  FROM messages m JOIN personal_details p ON p.user_id = m.sender_id
                  WHERE m.conversation_id = cp.id
                  ORDER BY m.created_at DESC, m.message_id DESC LIMIT 1) lm ON true
                ORDER BY cp.activity DESC, cp.id DESC
                """.formatted(after == null ? "" : "AND (coalesce(c.last_message_at, c.created_at), c.id) < (:ct, :cid)",
                AFTER_READ, PREVIEW + 1, Members.NAME);
        var spec = jdbc.sql(sql).param("me", me).param("limit", n + 1);
        if (after != null) {
            spec = spec.param("ct", odt(after.time())).param("cid", after.id());
        }
        record Line(Header header, Instant activity, String preview, String sender, int unread) {
        }
        List<Line> lines = spec.query((rs, i) -> new Line(header(rs), instant(rs, "activity"),
                preview(rs.getString("last_content")), rs.getString("last_sender"), rs.getInt("unread"))).list();
        String next = null;
        if (lines.size() > n) {
            Line last = lines.get(n - 1);
            next = Cursors.time(CONVERSATION_CURSOR, last.activity(), last.header().id());
            lines = lines.subList(0, n);
        }
        Map<UUID, List<Participant>> participants = participants(lines.stream().map(l -> l.header().id()).toList());
        List<ConversationSummary> out = new ArrayList<>();
        for (Line l : lines) {
            List<Participant> ps = participants.getOrDefault(l.header().id(), List.of());
            out.add(new ConversationSummary(l.header().id(), l.header().type(), title(l.header(), ps, me), ps,
                    l.preview(), l.sender(), l.activity(), l.unread()));
        }
        return new ConversationPage(out, next);
    }

    @Override
    public MessageView send(SendMessage command) {
        UUID me = me();
        UUID conversationId = command == null ? null : command.conversationId();
        String body = command == null ? null : command.body();
        new Problems().required("conversationId", conversationId)
                .requiredText("body", body, SendMessage.MAX_BODY).throwIfAny();
        Header header = header(conversationId, me);
        UUID messageId = Ids.next();
        ctx.tx().executeWithoutResult(status -> {
            // The row lock orders senders; clock_timestamp() after it keeps time order = commit order.
            jdbc.sql("SELECT id FROM conversations WHERE id = ? FOR UPDATE").param(conversationId).query(UUID.class).single();
            List<UUID> others = jdbc.sql("""
                    SELECT user_id FROM conversation_participants WHERE conversation_id = ? AND user_id <> ? AND left_at IS NULL
                    """).params(conversationId, me).query(UUID.class).list();
            UUID recipient = null;
            if (header.type() == ConversationType.DIRECT) {
                recipient = others.isEmpty() ? null : others.get(0);
                if (recipient != null && Members.blockedBetween(jdbc, me, recipient)) {
                    throw new PermissionDeniedException(Messages.get("messaging.blocked"));
                }
            }
            jdbc.sql("""
                    INSERT INTO messages (message_id, conversation_id, sender_id, recipient_id, content, message_type, created_at)
                    VALUES (?, ?, ?, ?, ?, 'text', clock_timestamp())
                    """).params(messageId, conversationId, me, recipient, body).update();
            jdbc.sql("""
                    UPDATE conversation_participants cp SET last_read_at = m.created_at, last_read_message_id = m.message_id
                    FROM messages m WHERE m.message_id = :m AND cp.conversation_id = :c AND cp.user_id = :me
                    """).param("m", messageId).param("c", conversationId).param("me", me).update();
            jdbc.sql("UPDATE conversations SET updated_at = now() WHERE id = ?").param(conversationId).update();
            notifyOthers(header, others, me, body);
        });
        return message(messageId);
    }

    /**
     * One unread 'message' notification per conversation and member: while one is unread, later
     * messages only raise the conversation's unread count. Members who blocked the sender (possible in
     * a group) are not notified.
     */
    private void notifyOthers(Header header, List<UUID> others, UUID me, String body) {
        String myName = Members.name(jdbc, me);
        String title = header.type() == ConversationType.GROUP
                ? Messages.get("messaging.notify.group", myName, header.title())
                : Messages.get("messaging.notify.direct", myName);
        for (UUID other : others) {
            boolean pending = jdbc.sql("""
                    SELECT count(*) FROM notifications
                    WHERE user_id = ? AND entity_id = ? AND read_at IS NULL AND notification_type = 'message'
                    """).params(other, header.id()).query(Long.class).single() > 0;
            if (!pending && !Members.blockedBetween(jdbc, me, other)) {
                Notifier.notify(jdbc, other, "message", me, "conversation", header.id(), title, preview(body));
            }
        }
    }

    @Override
    public MessagePage messages(UUID conversationId, String cursor, int limit) {
        UUID me = me();
        header(conversationId, me);
        int n = Cursors.limit(limit, MessagePage.DEFAULT_LIMIT, MessagePage.MAX_LIMIT);
        Cursors.TimeKey before = Cursors.time(MESSAGE_CURSOR, cursor);
        var spec = jdbc.sql(MESSAGE_SELECT + " WHERE m.conversation_id = :c"
                        + (before == null ? "" : " AND (m.created_at, m.message_id) < (:ct, :cid)")
                        + " ORDER BY m.created_at DESC, m.message_id DESC LIMIT :limit")
                .param("c", conversationId).param("limit", n + 1);
        if (before != null) {
            spec = spec.param("ct", odt(before.time())).param("cid", before.id());
        }
        List<MessageView> rows = spec.query((rs, i) -> message(rs)).list();
        String older = null;
        if (rows.size() > n) {
            older = rows.get(n - 1).cursor();
            rows = rows.subList(0, n);
        }
        return new MessagePage(List.copyOf(rows), older);
    }

    @Override
    public NewMessages messagesAfter(UUID conversationId, String afterCursor) {
        UUID me = me();
        header(conversationId, me);
        Cursors.TimeKey after = Cursors.time(MESSAGE_CURSOR, afterCursor);
        var spec = jdbc.sql(MESSAGE_SELECT + " WHERE m.conversation_id = :c"
                        + (after == null ? "" : " AND (m.created_at, m.message_id) > (:ct, :cid)")
                        + " ORDER BY m.created_at, m.message_id LIMIT :limit")
                .param("c", conversationId).param("limit", NewMessages.MAX_MESSAGES + 1);
        if (after != null) {
            spec = spec.param("ct", odt(after.time())).param("cid", after.id());
        }
        List<MessageView> rows = spec.query((rs, i) -> message(rs)).list();
        boolean more = rows.size() > NewMessages.MAX_MESSAGES;
        if (more) {
            rows = rows.subList(0, NewMessages.MAX_MESSAGES);
        }
        String cursor = rows.isEmpty() ? afterCursor : rows.get(rows.size() - 1).cursor();
        return new NewMessages(List.copyOf(rows), participants(List.of(conversationId)).getOrDefault(conversationId, List.of()),
                cursor, more);
    }

    @Override
    public void markRead(UUID conversationId, UUID messageId) {
        UUID me = me();
        new Problems().required("conversationId", conversationId).required("messageId", messageId).throwIfAny();
        header(conversationId, me);
        ctx.tx().executeWithoutResult(status -> {
            Instant sentAt = jdbc.sql("SELECT created_at FROM messages WHERE message_id = ? AND conversation_id = ?")
                    .params(messageId, conversationId)
                    .query((rs, i) -> instant(rs, "created_at")).optional()
                    .orElseThrow(() -> new NotFoundException(Messages.get("messaging.messageNotFound")));
            jdbc.sql("""
                    UPDATE conversation_participants SET last_read_at = :t, last_read_message_id = :m
                    WHERE conversation_id = :c AND user_id = :me
                      AND (coalesce(last_read_at, '-infinity'::timestamptz),
                           coalesce(last_read_message_id, '00000000-0000-0000-0000-000000000000'::uuid)) < (:t, :m)
                    """).param("t", odt(sentAt)).param("m", messageId).param("c", conversationId).param("me", me).update();
            jdbc.sql("""
                    UPDATE messages SET read_at = now()
                    WHERE conversation_id = :c AND recipient_id = :me AND read_at IS NULL AND (created_at, message_id) <= (:t, :m)
                    """).param("c", conversationId).param("me", me).param("t", odt(sentAt)).param("m", messageId).update();
            jdbc.sql("""
                    UPDATE notifications SET read_at = now()
                    WHERE user_id = ? AND entity_id = ? AND read_at IS NULL AND notification_type = 'message'
                    """).params(me, conversationId).update();
        });
    }

    @Override
    public int unreadCount() {
        UUID me = me();
        return jdbc.sql("""
                SELECT count(*) FROM conversation_participants cp
                JOIN messages u ON u.conversation_id = cp.conversation_id
                WHERE cp.user_id = :me AND cp.left_at IS NULL AND u.sender_id <> :me AND %s
                """.formatted(AFTER_READ)).param("me", me).query(Long.class).single().intValue();
    }

    // ------------------------------------------------------------------------------------------

    private record Header(UUID id, ConversationType type, String title, UUID createdBy, Instant createdAt) {
    }

    private static final String MESSAGE_SELECT = """
            SELECT m.message_id, m.conversation_id, m.sender_id, %s AS sender_name, m.content, m.created_at, m.read_at
            FROM messages m JOIN personal_details p ON p.user_id = m.sender_id
            """.formatted(Members.NAME);

    private MessageView message(UUID messageId) {
        return jdbc.sql(MESSAGE_SELECT + " WHERE m.message_id = ?").param(messageId).query((rs, i) -> message(rs)).single();
    }

    private static MessageView message(ResultSet rs) throws SQLException {
        UUID id = rs.getObject("message_id", UUID.class);
        Instant sentAt = instant(rs, "created_at");
        return new MessageView(id, rs.getObject("conversation_id", UUID.class), rs.getObject("sender_id", UUID.class),
                rs.getString("sender_name"), rs.getString("content"), sentAt, instant(rs, "read_at"),
                Cursors.time(MESSAGE_CURSOR, sentAt, id));
    }

    /** The conversation, if {@code me} takes part in it; to anyone else it does not exist. */
    private Header header(UUID conversationId, UUID me) {
        if (conversationId == null) {
            throw new NotFoundException(Messages.get("messaging.notFound"));
        }
        return jdbc.sql("""
                SELECT c.id, c.conversation_type, c.title, c.created_by, c.created_at
                FROM conversations c JOIN conversation_participants cp ON cp.conversation_id = c.id
                WHERE c.id = ? AND cp.user_id = ? AND cp.left_at IS NULL
                """).params(conversationId, me).query((rs, i) -> header(rs)).optional()
                .orElseThrow(() -> new NotFoundException(Messages.get("messaging.notFound")));
    }

    private static Header header(ResultSet rs) throws SQLException {
        return new Header(rs.getObject("id", UUID.class),
                ConversationType.valueOf(rs.getString("conversation_type").toUpperCase(java.util.Locale.ROOT)),
                rs.getString("title"), rs.getObject("created_by", UUID.class), instant(rs, "created_at"));
    }

    private Map<UUID, List<Participant>> participants(List<UUID> conversationIds) {
        Map<UUID, List<Participant>> out = new LinkedHashMap<>();
        if (conversationIds.isEmpty()) {
            return out;
        }
        jdbc.sql("""
                SELECT cp.conversation_id, cp.user_id, %s AS name, cp.last_read_message_id, cp.last_read_at
                FROM conversation_participants cp JOIN personal_details p ON p.user_id = cp.user_id
                WHERE cp.conversation_id IN (:ids) AND cp.left_at IS NULL
                ORDER BY cp.joined_at, cp.user_id
                """.formatted(Members.NAME)).param("ids", conversationIds)
                .query((rs, i) -> {
                    out.computeIfAbsent(rs.getObject("conversation_id", UUID.class), k -> new ArrayList<>())
                            .add(new Participant(rs.getObject("user_id", UUID.class), rs.getString("name"),
                                    rs.getObject("last_read_message_id", UUID.class), instant(rs, "last_read_at")));
                    return null;
                }).list();
        return out;
    }

    private static String title(Header header, List<Participant> participants, UUID me) {
        if (header.type() == ConversationType.GROUP) {
            return header.title();
        }
        return participants.stream().filter(p -> !p.memberId().equals(me)).map(Participant::name).findFirst()
                .orElse(Messages.get("messaging.nobody"));
    }

    private UUID me() {
        actor.requireNotKiosk();
        return actor.memberId();
    }

    private static String preview(String content) {
        if (content == null) {
            return null;
        }
        String flat = content.strip().replaceAll("\\s+", " ");
        return flat.length() <= PREVIEW ? flat : flat.substring(0, PREVIEW - 1) + "\u2026";
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }

    private static OffsetDateTime odt(Instant t) {
        return OffsetDateTime.ofInstant(t, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
