package org.smilefactory.core.social;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.smilefactory.core.api.ConflictException;
import org.smilefactory.core.api.NotFoundException;
import org.smilefactory.core.api.PermissionDeniedException;
import org.smilefactory.core.api.social.ConnectionPage;
import org.smilefactory.core.api.social.ConnectionService;
import org.smilefactory.core.api.social.ConnectionStatus;
import org.smilefactory.core.api.social.ConnectionView;
import org.smilefactory.core.api.social.RequestConnection;
import org.smilefactory.core.common.Actor;
import org.smilefactory.core.common.CoreContext;
import org.smilefactory.core.common.Ids;
import org.smilefactory.core.common.Messages;
import org.smilefactory.core.common.Problems;
import org.smilefactory.core.notifications.Notifier;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The local implementation of {@link ConnectionService}, acting as and authorised for one actor.
 *
 * <p>A pair of members has at most one {@code connections} row (decision 0006). Its {@code status}
 * is the truth for both; what each member sees is derived by {@link #statusFor}: a declined request
 * reads as still sent to its requester, and a block reads as "unavailable" to the blocked member.
 * Every change locks the pair first, so crossing requests or a request racing a block serialise.
 */
public final class LocalConnectionService implements ConnectionService {

    private static final int LIST_CAP = 500;

    private final CoreContext ctx;
    private final Actor actor;
    private final JdbcClient jdbc;

    public LocalConnectionService(CoreContext ctx, Actor actor) {
        this.ctx = ctx;
        this.actor = actor;
        this.jdbc = ctx.jdbc();
    }

    /** The pair's row, as stored. */
    private record Row(UUID id, UUID requester, UUID recipient, String status, String message, UUID blockedBy,
                       UUID alsoBlockedBy, Instant createdAt, Instant updatedAt) {
    }

    @Override
    public ConnectionView request(RequestConnection command) {
        UUID me = me();
        UUID other = command == null ? null : command.memberId();
        String message = command == null ? null : trim(command.message());
        Problems problems = new Problems().required("memberId", other).text("message", message, RequestConnection.MAX_MESSAGE);
        if (other != null && other.equals(me)) {
            problems.add("memberId", "self", Messages.get("social.selfRequest"));
        }
        problems.throwIfAny();
        Members.requireReachable(jdbc, other);
        ctx.tx().executeWithoutResult(status -> {
            Row row = lock(me, other).orElse(null);
            String myName = Members.name(jdbc, me);
            if (row == null) {
                jdbc.sql("""
                        INSERT INTO connections (connection_id, requester_id, recipient_id, status, message, created_at, updated_at)
                        VALUES (?, ?, ?, 'pending', ?, now(), now())
                        """).params(Ids.next(), me, other, message).update();
                notifyRequest(other, me, myName, message);
                return;
            }
            switch (row.status()) {
                case "blocked" -> throw new PermissionDeniedException(Messages.get("social.cannotConnect"));
                case "accepted" -> throw new ConflictException(Messages.get("social.alreadyConnected"));
                case "pending", "declined" -> {
                    if (row.requester().equals(me)) {
                        // A declined request is answered exactly like a pending one: the requester is never told.
                        throw new ConflictException(Messages.get("social.alreadyRequested"));
                    }
                    if (row.status().equals("pending")) {
                        // They asked first: asking back is saying yes.
                        acceptRow(row, me, myName);
                        return;
                    }
                    renewRequest(row, me, other, message);
                    notifyRequest(other, me, myName, message);
                }
                default -> {
                    renewRequest(row, me, other, message);
                    notifyRequest(other, me, myName, message);
                }
            }
        });
        return status(other);
    }

    private void renewRequest(Row row, UUID me, UUID other, String message) {
        // created_at is when the current request was made: a renewed request starts afresh.
        jdbc.sql("""
                UPDATE connections SET requester_id = ?, recipient_id = ?, status = 'pending', message = ?,
                  blocked_by = NULL, also_blocked_by = NULL, responded_at = NULL,
                  created_at = now(), updated_at = now(), version = version + 1
                WHERE connection_id = ?
                """).params(me, other, message, row.id()).update();
    }

    private void notifyRequest(UUID recipient, UUID me, String myName, String message) {
        Notifier.notify(jdbc, recipient, "connection_request", me, "member", me,
                Messages.get("social.notify.request", myName), message);
    }

    private void acceptRow(Row row, UUID me, String myName) {
        jdbc.sql("""
                UPDATE connections SET status = 'accepted', responded_at = now(), updated_at = now(), version = version + 1
                WHERE connection_id = ?
                """).param(row.id()).update();
        Notifier.notify(jdbc, row.requester(), "connection_accepted", me, "member", me,
                Messages.get("social.notify.accepted", myName), null);
    }

    @Override
    public ConnectionView accept(UUID memberId) {
        UUID me = me();
        Members.requireReachable(jdbc, memberId);
        ctx.tx().executeWithoutResult(status -> {
            Row row = lock(me, memberId).filter(r -> r.status().equals("pending") && r.requester().equals(memberId))
                    .orElseThrow(() -> new NotFoundException(Messages.get("social.noRequest")));
            acceptRow(row, me, Members.name(jdbc, me));
        });
        return status(memberId);
    }

    @Override
    public ConnectionView decline(UUID memberId) {
        UUID me = me();
        Members.requireReachable(jdbc, memberId);
        ctx.tx().executeWithoutResult(status -> {
            Row row = lock(me, memberId).filter(r -> r.status().equals("pending") && r.requester().equals(memberId))
                    .orElseThrow(() -> new NotFoundException(Messages.get("social.noRequest")));
            // No notification, and nothing the requester's views read changes (see statusFor).
            jdbc.sql("""
                    UPDATE connections SET status = 'declined', responded_at = now(), updated_at = now(), version = version + 1
                    WHERE connection_id = ?
                    """).param(row.id()).update();
        });
        return status(memberId);
    }

    @Override
    public ConnectionView withdraw(UUID memberId) {
        UUID me = me();
        Members.requireReachable(jdbc, memberId);
        ctx.tx().executeWithoutResult(status -> {
            Row row = lock(me, memberId)
                    .filter(r -> (r.status().equals("pending") || r.status().equals("declined")) && r.requester().equals(me))
                    .orElseThrow(() -> new NotFoundException(Messages.get("social.noOwnRequest")));
            jdbc.sql("""
                    UPDATE connections SET status = 'withdrawn', message = NULL, updated_at = now(), version = version + 1
                    WHERE connection_id = ?
                    """).param(row.id()).update();
        });
        return status(memberId);
    }

    @Override
    public ConnectionView remove(UUID memberId) {
        UUID me = me();
        Members.requireReachable(jdbc, memberId);
        ctx.tx().executeWithoutResult(status -> {
            Row row = lock(me, memberId).filter(r -> r.status().equals("accepted"))
                    .orElseThrow(() -> new NotFoundException(Messages.get("social.notConnected")));
            jdbc.sql("DELETE FROM connections WHERE connection_id = ?").param(row.id()).update();
        });
        return status(memberId);
    }

    @Override
    public ConnectionView block(UUID memberId) {
        UUID me = me();
        if (memberId != null && memberId.equals(me)) {
            new Problems().add("memberId", "self", Messages.get("social.selfBlock")).throwIfAny();
        }
        Members.requireReachable(jdbc, memberId);
        ctx.tx().executeWithoutResult(status -> {
            Row row = lock(me, memberId).orElse(null);
            if (row == null) {
                jdbc.sql("""
                        INSERT INTO connections (connection_id, requester_id, recipient_id, status, blocked_by, created_at, updated_at)
                        VALUES (?, ?, ?, 'blocked', ?, now(), now())
                        """).params(Ids.next(), me, memberId, me).update();
            } else if (!row.status().equals("blocked")) {
                jdbc.sql("""
                        UPDATE connections SET status = 'blocked', blocked_by = ?, also_blocked_by = NULL, message = NULL,
                          updated_at = now(), version = version + 1
                        WHERE connection_id = ?
                        """).params(me, row.id()).update();
            } else if (!me.equals(row.blockedBy()) && !me.equals(row.alsoBlockedBy())) {
                jdbc.sql("UPDATE connections SET also_blocked_by = ?, updated_at = now(), version = version + 1 WHERE connection_id = ?")
                        .params(me, row.id()).update();
            }
            // A pending request between the two is gone with the block; so is its unread notice.
            jdbc.sql("""
                    UPDATE notifications SET read_at = now()
                    WHERE read_at IS NULL AND notification_type = 'connection_request' AND entity_type = 'member'
                      AND ((user_id = :me AND actor_id = :other) OR (user_id = :other AND actor_id = :me))
                    """).param("me", me).param("other", memberId).update();
        });
        return status(memberId);
    }

    @Override
    public ConnectionView unblock(UUID memberId) {
        UUID me = me();
        Members.requireReachable(jdbc, memberId);
        ctx.tx().executeWithoutResult(status -> {
            Row row = lock(me, memberId).filter(r -> r.status().equals("blocked")).orElse(null);
            if (row == null) {
                return;
            }
            if (me.equals(row.alsoBlockedBy())) {
                jdbc.sql("UPDATE connections SET also_blocked_by = NULL, updated_at = now(), version = version + 1 WHERE connection_id = ?")
                        .param(row.id()).update();
            } else if (me.equals(row.blockedBy())) {
                if (row.alsoBlockedBy() != null) {
                    jdbc.sql("""
                            UPDATE connections SET blocked_by = also_blocked_by, also_blocked_by = NULL,
                              updated_at = now(), version = version + 1
                            WHERE connection_id = ?
                            """).param(row.id()).update();
                } else {
                    // Lifting the only block leaves no relation: the two start again from nothing.
                    jdbc.sql("DELETE FROM connections WHERE connection_id = ?").param(row.id()).update();
                }
            }
        });
        return status(memberId);
    }

    @Override
    public ConnectionView status(UUID memberId) {
        UUID me = me();
        Members.requireReachable(jdbc, memberId);
        Row row = find(me, memberId).orElse(null);
        record Member(String name, String headline) {
        }
        Member m = jdbc.sql("SELECT " + Members.NAME + " AS name, p.headline FROM personal_details p WHERE p.user_id = ?")
                .param(memberId).query((rs, n) -> new Member(rs.getString("name"), rs.getString("headline"))).single();
        ConnectionStatus s = statusFor(me, row);
        return new ConnectionView(memberId, m.name(), m.headline(), s, messageFor(s, row), sinceFor(s, row));
    }

    /** What {@code me} sees of the pair's row. */
    static ConnectionStatus statusFor(UUID me, Row row) {
        if (row == null) {
            return ConnectionStatus.NONE;
        }
        return switch (row.status()) {
            case "pending" -> row.requester().equals(me) ? ConnectionStatus.REQUEST_SENT : ConnectionStatus.REQUEST_RECEIVED;
            case "declined" -> row.requester().equals(me) ? ConnectionStatus.REQUEST_SENT : ConnectionStatus.NONE;
            case "accepted" -> ConnectionStatus.CONNECTED;
            case "blocked" -> me.equals(row.blockedBy()) || me.equals(row.alsoBlockedBy())
                    ? ConnectionStatus.BLOCKED_BY_ME : ConnectionStatus.UNAVAILABLE;
            default -> ConnectionStatus.NONE;
        };
    }

    private static String messageFor(ConnectionStatus s, Row row) {
        return s == ConnectionStatus.REQUEST_SENT || s == ConnectionStatus.REQUEST_RECEIVED ? row.message() : null;
    }

    private static Instant sinceFor(ConnectionStatus s, Row row) {
        return switch (s) {
            case NONE, UNAVAILABLE -> null;
            // the request's time, never the decline's: a decline must not show through
            case REQUEST_SENT, REQUEST_RECEIVED -> row.createdAt();
            default -> row.updatedAt();
        };
    }

    @Override
    public ConnectionPage connections(String cursor, int limit) {
        UUID me = me();
        int n = Cursors.limit(limit, ConnectionPage.DEFAULT_LIMIT, ConnectionPage.MAX_LIMIT);
        Cursors.NameKey after = Cursors.name('c', cursor);
        String sql = """
                SELECT * FROM (
                  SELECT p.user_id, %s AS name, p.headline, c.updated_at
                  FROM connections c
                  JOIN personal_details p ON p.user_id = CASE WHEN c.requester_id = :me THEN c.recipient_id ELSE c.requester_id END
                  WHERE c.status = 'accepted' AND (c.requester_id = :me OR c.recipient_id = :me) AND p.deleted_at IS NULL
                ) x
                %s
                ORDER BY name, user_id LIMIT :limit
                """.formatted(Members.NAME, after == null ? "" : "WHERE (name, user_id) > (:cname, :cid)");
        var spec = jdbc.sql(sql).param("me", me).param("limit", n + 1);
        if (after != null) {
            spec = spec.param("cname", after.name()).param("cid", after.id());
        }
        List<ConnectionView> rows = spec.query((rs, i) -> new ConnectionView(rs.getObject("user_id", UUID.class),
                rs.getString("name"), rs.getString("headline"), ConnectionStatus.CONNECTED, null,
                instant(rs, "updated_at"))).list();
        String next = null;
        if (rows.size() > n) {
            ConnectionView last = rows.get(n - 1);
            next = Cursors.name('c', last.memberName(), last.memberId());
            rows = rows.subList(0, n);
        }
        return new ConnectionPage(List.copyOf(rows), next);
    }

    @Override
    public List<ConnectionView> incoming() {
        return pending("c.recipient_id = :me AND c.status = 'pending'", "c.requester_id", ConnectionStatus.REQUEST_RECEIVED);
    }

    @Override
    public List<ConnectionView> outgoing() {
        return pending("c.requester_id = :me AND c.status IN ('pending', 'declined')", "c.recipient_id",
                ConnectionStatus.REQUEST_SENT);
    }

    private List<ConnectionView> pending(String where, String otherColumn, ConnectionStatus status) {
        UUID me = me();
        return jdbc.sql("""
                SELECT p.user_id, %s AS name, p.headline, c.message, c.created_at
                FROM connections c JOIN personal_details p ON p.user_id = %s
                WHERE %s AND p.deleted_at IS NULL
                ORDER BY c.created_at DESC, c.connection_id DESC LIMIT %d
                """.formatted(Members.NAME, otherColumn, where, LIST_CAP))
                .param("me", me)
                .query((rs, i) -> new ConnectionView(rs.getObject("user_id", UUID.class), rs.getString("name"),
                        rs.getString("headline"), status, rs.getString("message"), instant(rs, "created_at")))
                .list();
    }

    @Override
    public List<ConnectionView> mutual(UUID memberId) {
        UUID me = me();
        Members.requireReachable(jdbc, memberId);
        return jdbc.sql("""
                WITH mine AS (
                  SELECT CASE WHEN requester_id = :me THEN recipient_id ELSE requester_id END AS id, updated_at
                  FROM connections WHERE status = 'accepted' AND (requester_id = :me OR recipient_id = :me)
                ), theirs AS (
                  SELECT CASE WHEN requester_id = :other THEN recipient_id ELSE requester_id END AS id
                  FROM connections WHERE status = 'accepted' AND (requester_id = :other OR recipient_id = :other)
                )
                SELECT p.user_id, %s AS name, p.headline, mine.updated_at
                FROM mine JOIN theirs ON theirs.id = mine.id JOIN personal_details p ON p.user_id = mine.id
                WHERE p.deleted_at IS NULL AND p.user_id <> :other
                ORDER BY name, p.user_id LIMIT %d
                """.formatted(Members.NAME, LIST_CAP))
                .param("me", me).param("other", memberId)
                .query((rs, i) -> new ConnectionView(rs.getObject("user_id", UUID.class), rs.getString("name"),
                        rs.getString("headline"), ConnectionStatus.CONNECTED, null, instant(rs, "updated_at")))
                .list();
    }

    private UUID me() {
        actor.requireNotKiosk();
        return actor.memberId();
    }

    private Optional<Row> lock(UUID me, UUID other) {
        Members.lockPair(jdbc, "connection", me, other);
        return find(me, other);
    }

    private Optional<Row> find(UUID me, UUID other) {
        return jdbc.sql("""
                SELECT connection_id, requester_id, recipient_id, status, message, blocked_by, also_blocked_by, created_at, updated_at
                FROM connections
                WHERE LEAST(requester_id, recipient_id) = LEAST(:a, :b) AND GREATEST(requester_id, recipient_id) = GREATEST(:a, :b)
                """).param("a", me).param("b", other)
                .query((rs, n) -> new Row(rs.getObject("connection_id", UUID.class), rs.getObject("requester_id", UUID.class),
                        rs.getObject("recipient_id", UUID.class), rs.getString("status"), rs.getString("message"),
                        rs.getObject("blocked_by", UUID.class), rs.getObject("also_blocked_by", UUID.class),
                        instant(rs, "created_at"), instant(rs, "updated_at")))
                .optional();
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static String trim(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }
}
