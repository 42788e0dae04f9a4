package org.smilefactory.core.moderation;

import static org.smilefactory.core.common.SqlValues.db;
import static org.smilefactory.core.common.SqlValues.escapeLike;
import static org.smilefactory.core.common.SqlValues.en;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.smilefactory.core.api.ConflictException;
import org.smilefactory.core.api.NotFoundException;
import org.smilefactory.core.api.ValidationException;
import org.smilefactory.core.api.Violation;
import org.smilefactory.core.api.moderation.AuditEntry;
import org.smilefactory.core.api.moderation.AuditPage;
import org.smilefactory.core.api.moderation.AuditQuery;
import org.smilefactory.core.api.moderation.ModerationDecision;
import org.smilefactory.core.api.moderation.ModerationOutcome;
import org.smilefactory.core.api.moderation.ModerationService;
import org.smilefactory.core.api.moderation.ModerationState;
import org.smilefactory.core.api.moderation.NewReport;
import org.smilefactory.core.api.moderation.QueuePage;
import org.smilefactory.core.api.moderation.QueueQuery;
import org.smilefactory.core.api.moderation.Report;
import org.smilefactory.core.api.moderation.ReportReason;
import org.smilefactory.core.api.moderation.ReportStatus;
import org.smilefactory.core.api.moderation.ReportTargetType;
import org.smilefactory.core.api.moderation.ReportedTarget;
import org.smilefactory.core.audit.AuditLog;
import org.smilefactory.core.common.Actor;
import org.smilefactory.core.common.CoreContext;
import org.smilefactory.core.common.Ids;
import org.smilefactory.core.common.Messages;
import org.smilefactory.core.common.Problems;
import org.smilefactory.core.content.PostVisibility;
import org.smilefactory.core.notifications.Notifier;
import org.smilefactory.core.profiles.LocalProfileService;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The local implementation of {@link ModerationService}, acting as and authorised for one actor.
 * Decision 0009 explains the choices: one open report per member and target, outcomes applied to
 * the target's {@code moderation_state} (posts, comments, members), all open reports of a target
 * resolved together, notifications and the audit row in the same transaction.
 */
public final class LocalModerationService implements ModerationService {

    private final CoreContext context;
    private final Actor actor;
    private final JdbcClient jdbc;

    public LocalModerationService(CoreContext context, Actor actor) {
        this.context = context;
        this.actor = actor;
        this.jdbc = context.jdbc();
    }

    @Override
    public Report report(NewReport report) {
        actor.requireNotKiosk();
        Problems problems = new Problems();
        if (report == null) {
            problems.required("targetType", null).throwIfAny();
        }
        problems.required("targetType", report.targetType())
                .required("targetId", report.targetId())
                .required("reason", report.reason())
                .text("details", report.details(), MAX_DETAILS);
        problems.throwIfAny();
        UUID author = visibleAuthor(report.targetType(), report.targetId())
                .orElseThrow(() -> new NotFoundException(Messages.get("moderation.targetNotFound")));
        if (actor.is(author)) {
            throw new ValidationException(List.of(new Violation("targetId", "own",
                    Messages.get(report.targetType() == ReportTargetType.MEMBER ? "moderation.reportSelf" : "moderation.reportOwn"))));
        }
        UUID id = Ids.next();
        String details = report.details() == null || report.details().isBlank() ? null : report.details().strip();
        // The partial unique index (one open report per reporter and target) decides races.
        int inserted = jdbc.sql("""
                INSERT INTO content_reports (id, reporter_id, target_type, target_id, reason, details, status, created_at)
                VALUES (:id, :reporter, :type, :target, :reason, :details, 'open', now())
                ON CONFLICT (reporter_id, target_type, target_id) WHERE status = 'open' DO NOTHING
                """)
                .param("id", id).param("reporter", actor.memberId()).param("type", db(report.targetType()))
                .param("target", report.targetId()).param("reason", db(report.reason())).param("details", details)
                .update();
        if (inserted == 0) {
            throw new ConflictException(Messages.get("moderation.alreadyReported"));
        }
        return jdbc.sql("SELECT id, target_type, target_id, reason, details, status, created_at FROM content_reports WHERE id = ?")
                .param(id)
                .query((rs, n) -> new Report(rs.getObject("id", UUID.class), en(ReportTargetType.class, rs.getString("target_type")),
                        rs.getObject("target_id", UUID.class), en(ReportReason.class, rs.getString("reason")),
                        rs.getString("details"), en(ReportStatus.class, rs.getString("status")),
                        rs.getTimestamp("created_at").toInstant()))
                .single();
    }

    /** The author of a target the actor may see (the member themselves for a member), if any. */
    private Optional<UUID> visibleAuthor(ReportTargetType type, UUID id) {
        String sql;
        switch (type) {
            case POST:
                sql = "SELECT p.author_id FROM posts p WHERE p.post_id = :id AND " + PostVisibility.VISIBLE_TO_VIEWER;
                break;
            case COMMENT:
                // A comment is visible when its post is and it is not moderated away (authors see their own).
                sql = "SELECT c.author_id FROM comments c JOIN posts p ON p.post_id = c.post_id WHERE c.comment_id = :id"
                        + " AND (c.author_id = :viewer OR (c.moderation_state = 'visible' AND NOT EXISTS ("
                        + "   SELECT 1 FROM connections b WHERE b.status = 'blocked'"
                        + "     AND ((b.requester_id = :viewer AND b.recipient_id = c.author_id)"
                        + "       OR (b.recipient_id = :viewer AND b.requester_id = c.author_id)))))"
                        + " AND " + PostVisibility.VISIBLE_TO_VIEWER;
                break;
            case MEMBER:
                sql = "SELECT p.user_id FROM personal_details p WHERE p.user_id = :id AND p.deleted_at IS NULL"
                        + " AND p.role <> 'kiosk' AND " + LocalProfileService.VISIBLE_TO_VIEWER;
                break;
            default:
                throw new IllegalArgumentException(type.name());
        }
        return jdbc.sql(sql).param("id", id).param("viewer", actor.memberId()).param("staff", actor.isStaff())
                .query(UUID.class).optional();
    }

    @Override
    public QueuePage queue(QueueQuery query) {
        actor.requireStaff();
        QueueQuery q = query == null ? QueueQuery.open() : query;
        new Problems().range("limit", q.limit(), 0, QueueQuery.MAX_LIMIT).throwIfAny();
        int limit = q.limit() == 0 ? QueueQuery.DEFAULT_LIMIT : q.limit();
        ReportStatus status = q.status() == null ? ReportStatus.OPEN : q.status();
        QueueCursor cursor = QueueCursor.decode(q.cursor());
        StringBuilder sql = new StringBuilder("""
                WITH grouped AS (
                    SELECT r.target_type, r.target_id, count(*) AS n, min(r.created_at) AS first_at,
                           max(r.created_at) AS last_at,
                           array_agg(DISTINCT r.reason) AS reasons,
                           coalesce(array_agg(r.details ORDER BY r.created_at) FILTER (WHERE r.details IS NOT NULL),
                                    '{}') AS details
                    FROM content_reports r WHERE r.status = :status
                    GROUP BY r.target_type, r.target_id)
                SELECT * FROM (
                    SELECT g.*,
                           CASE g.target_type
                               WHEN 'post' THEN left(coalesce(nullif(po.title, '') || ': ', '') || coalesce(po.content, ''), 300)
                               WHEN 'comment' THEN left(co.content, 300)
                               ELSE concat_ws(' · ', nullif(m.full_name, ''), m.headline) END AS preview,
                           au.user_id AS author_id, coalesce(nullif(au.full_name, ''), au.email) AS author_name,
                           coalesce(po.moderation_state, co.moderation_state, m.moderation_state) AS state
                    FROM grouped g
                    LEFT JOIN posts po ON g.target_type = 'post' AND po.post_id = g.target_id
                    LEFT JOIN comments co ON g.target_type = 'comment' AND co.comment_id = g.target_id
                    LEFT JOIN personal_details m ON g.target_type = 'member' AND m.user_id = g.target_id
                    LEFT JOIN personal_details au ON au.user_id = coalesce(po.author_id, co.author_id, m.user_id)
                ) t WHERE target_type IN ('post', 'comment', 'member')
                """);
        if (status == ReportStatus.HIDDEN) {
            // hidden content that was restored since is no longer waiting for anyone
            sql.append(" AND state = 'hidden'");
        }
        if (cursor != null) {
            sql.append(" AND (first_at, target_type, target_id) > (:cat, :ctype, :cid)");
        }
        sql.append(" ORDER BY first_at, target_type, target_id LIMIT :limit");
        var spec = jdbc.sql(sql.toString()).param("status", db(status)).param("limit", limit + 1);
        if (cursor != null) {
            spec = spec.param("cat", Timestamp.from(cursor.at())).param("ctype", cursor.type()).param("cid", cursor.id());
        }
        List<ReportedTarget> rows = new ArrayList<>(spec.query((rs, n) -> target(rs)).list());
        String next = null;
        if (rows.size() > limit) {
            ReportedTarget last = rows.get(limit - 1);
            next = QueueCursor.encode(last.firstReportedAt(), db(last.targetType()), last.targetId());
            rows = rows.subList(0, limit);
        }
        return new QueuePage(rows, next);
    }

    private static ReportedTarget target(ResultSet rs) throws SQLException {
        String state = rs.getString("state");
        return new ReportedTarget(en(ReportTargetType.class, rs.getString("target_type")), rs.getObject("target_id", UUID.class),
                rs.getInt("n"), strings(rs.getArray("reasons")).stream().map(r -> en(ReportReason.class, r)).toList(),
                strings(rs.getArray("details")), rs.getString("preview"), rs.getObject("author_id", UUID.class),
                rs.getString("author_name"), state == null ? ModerationState.REMOVED : en(ModerationState.class, state),
                rs.getTimestamp("first_at").toInstant(), rs.getTimestamp("last_at").toInstant());
    }

    @Override
    public ReportedTarget decide(ModerationDecision decision) {
        actor.requireStaff();
        Problems problems = new Problems();
        if (decision == null) {
            problems.required("outcome", null).throwIfAny();
        }
        problems.required("targetType", decision.targetType())
                .required("targetId", decision.targetId())
                .required("outcome", decision.outcome())
                .text("note", decision.note(), MAX_DETAILS);
        problems.throwIfAny();
        String note = decision.note() == null || decision.note().isBlank() ? null : decision.note().strip();
        ReportTargetType type = decision.targetType();
        ModerationOutcome outcome = decision.outcome();
        UUID targetId = decision.targetId();
        return context.tx().execute(status -> {
            Target target = lockTarget(type, targetId)
                    .orElseThrow(() -> new NotFoundException(Messages.get("moderation.targetNotFound")));
            List<OpenReport> open = jdbc.sql("""
                    SELECT id, reporter_id, reason, details, created_at FROM content_reports
                    WHERE target_type = ? AND target_id = ? AND status = 'open' ORDER BY created_at FOR UPDATE
                    """)
                    .params(db(type), targetId)
                    .query((rs, n) -> new OpenReport(rs.getObject("id", UUID.class), rs.getObject("reporter_id", UUID.class),
                            en(ReportReason.class, rs.getString("reason")), rs.getString("details"),
                            rs.getTimestamp("created_at").toInstant()))
                    .list();
            String before = target.state();
            String after;
            switch (outcome) {
                case RESTORE:
                    if (!"hidden".equals(before)) {
                        throw new ConflictException(Messages.get("moderation.notHidden"));
                    }
                    after = "visible";
                    break;
                case HIDE:
                    requireOpen(open);
                    if ("removed".equals(before)) {
                        throw new ConflictException(Messages.get("moderation.alreadyRemoved"));
                    }
                    after = "hidden";
                    break;
                case REMOVE:
                    requireOpen(open);
                    after = "removed";
                    break;
                case DISMISS:
                    requireOpen(open);
                    after = before;
                    break;
                default:
                    throw new IllegalArgumentException(outcome.name());
            }
            if (!after.equals(before)) {
                applyState(type, targetId, after);
            }
            if (outcome != ModerationOutcome.RESTORE) {
                String reportStatus = outcome == ModerationOutcome.DISMISS ? "dismissed" : after;
                jdbc.sql("""
                        UPDATE content_reports SET status = :status, resolved_by = :by, resolved_at = now(),
                          resolution_note = :note, version = version + 1
                        WHERE id = ANY(:ids)
                        """)
                        .param("status", reportStatus).param("by", actor.memberId()).param("note", note)
                        .param("ids", open.stream().map(OpenReport::id).toArray(UUID[]::new))
                        .update();
            }
            notifyPeople(type, targetId, target.author(), outcome, open);
            Map<String, Object> beforeData = new LinkedHashMap<>();
            beforeData.put("state", before);
            beforeData.put("openReports", open.size());
            Map<String, Object> afterData = new LinkedHashMap<>();
            afterData.put("state", after);
            afterData.put("reportsResolved", outcome == ModerationOutcome.RESTORE ? 0 : open.size());
            afterData.put("author", String.valueOf(target.author()));
            if (note != null) {
                afterData.put("note", note);
            }
            AuditLog.record(jdbc, actor.memberId(), "moderation." + outcome.name().toLowerCase(Locale.ROOT), db(type),
                    targetId, beforeData, afterData);
            Instant first = open.isEmpty() ? context.clock().instant() : open.get(0).createdAt();
            Instant last = open.isEmpty() ? first : open.get(open.size() - 1).createdAt();
            return new ReportedTarget(type, targetId, outcome == ModerationOutcome.RESTORE ? 0 : open.size(),
                    open.stream().map(OpenReport::reason).distinct().toList(),
                    open.stream().map(OpenReport::details).filter(d -> d != null).toList(),
                    target.preview(), target.author(), target.authorName(), en(ModerationState.class, after), first, last);
        });
    }

    private static void requireOpen(List<OpenReport> open) {
        if (open.isEmpty()) {
            throw new ConflictException(Messages.get("moderation.nothingOpen"));
        }
    }

    private Optional<Target> lockTarget(ReportTargetType type, UUID id) {
        String sql;
        switch (type) {
            case POST:
                sql = """
                        SELECT p.author_id AS author, p.moderation_state AS state,
                               left(coalesce(nullif(p.title, '') || ': ', '') || coalesce(p.content, ''), 300) AS preview
                        FROM posts p WHERE p.post_id = ? FOR UPDATE OF p
                        """;
                break;
            case COMMENT:
                sql = """
                        SELECT c.author_id AS author, c.moderation_state AS state, left(c.content, 300) AS preview
                        FROM comments c WHERE c.comment_id = ? FOR UPDATE OF c
                        """;
                break;
            case MEMBER:
                sql = """
                        SELECT p.user_id AS author, p.moderation_state AS state,
                               concat_ws(' · ', nullif(p.full_name, ''), p.headline) AS preview
                        FROM personal_details p WHERE p.user_id = ? AND p.deleted_at IS NULL FOR UPDATE OF p
                        """;
                break;
            default:
                throw new IllegalArgumentException(type.name());
        }
        return jdbc.sql(sql).param(id)
                .query((rs, n) -> new Target(rs.getObject("author", UUID.class), rs.getString("state"), rs.getString("preview"), null))
                .optional()
                .map(t -> new Target(t.author(), t.state(), t.preview(), jdbc.sql(
                        "SELECT coalesce(nullif(full_name, ''), email) FROM personal_details WHERE user_id = ?")
                        .param(t.author()).query(String.class).optional().orElse(null)));
    }

    private void applyState(ReportTargetType type, UUID id, String state) {
        switch (type) {
            case POST:
                jdbc.sql("UPDATE posts SET moderation_state = ?, updated_at = now() WHERE post_id = ?").params(state, id).update();
                break;
            case COMMENT:
                jdbc.sql("UPDATE comments SET moderation_state = ?, updated_at = now() WHERE comment_id = ?").params(state, id).update();
                break;
            case MEMBER:
                // The trigger of V32 keeps a hidden or removed member's profile unpublished (and a
                // removed one private); restoring publishes the profile again.
                jdbc.sql("""
                        UPDATE personal_details SET moderation_state = :state, version = version + 1, updated_at = now(),
                          profile_state = CASE WHEN :state = 'visible' AND profile_type IS NOT NULL THEN 'PUBLISHED'
                                               ELSE profile_state END
                        WHERE user_id = :id
                        """).param("state", state).param("id", id).update();
                break;
            default:
                throw new IllegalArgumentException(type.name());
        }
    }

    private void notifyPeople(ReportTargetType type, UUID targetId, UUID author, ModerationOutcome outcome, List<OpenReport> open) {
        String what = Messages.get("moderation.what." + db(type));
        if (outcome != ModerationOutcome.DISMISS) {
            String key = "moderation.notify." + outcome.name().toLowerCase(Locale.ROOT);
            Notifier.notify(jdbc, author, "moderation_outcome", actor.memberId(), db(type), targetId,
                    Messages.get(key + ".title", what), Messages.get(key + ".body", what));
        }
        if (outcome == ModerationOutcome.RESTORE) {
            return;
        }
        // Reporters hear that their report was reviewed and whether staff acted, not who was told what.
        String body = Messages.get(outcome == ModerationOutcome.DISMISS ? "moderation.notify.reviewed.noAction"
                : "moderation.notify.reviewed.action", what);
        open.stream().map(OpenReport::reporter).filter(r -> r != null).distinct().forEach(reporter ->
                Notifier.notify(jdbc, reporter, "moderation_outcome", actor.memberId(), "report",
                        open.stream().filter(o -> reporter.equals(o.reporter())).findFirst().orElseThrow().id(),
                        Messages.get("moderation.notify.reviewed.title"), body));
    }

    @Override
    public AuditPage auditLog(AuditQuery query) {
        actor.requireStaff();
        AuditQuery q = query == null ? AuditQuery.all() : query;
        Problems problems = new Problems()
                .text("action", q.action(), 100)
                .text("entityType", q.entityType(), 50)
                .range("limit", q.limit(), 0, AuditQuery.MAX_LIMIT);
        if (q.from() != null && q.to() != null && !q.from().isBefore(q.to())) {
            problems.add("to", "before-from", Messages.get("moderation.auditRange"));
        }
        problems.throwIfAny();
        int limit = q.limit() == 0 ? AuditQuery.DEFAULT_LIMIT : q.limit();
        QueueCursor cursor = QueueCursor.decode(q.cursor());
        StringBuilder sql = new StringBuilder("""
                SELECT a.id, a.actor_id, coalesce(nullif(p.full_name, ''), p.email) AS actor_name, a.action,
                       a.entity_type, a.entity_id, a.before_data::text AS before_json, a.after_data::text AS after_json,
                       a.created_at
                FROM audit_log a LEFT JOIN personal_details p ON p.user_id = a.actor_id
                WHERE TRUE
                """);
        if (q.actorId() != null) {
            sql.append(" AND a.actor_id = :actor");
        }
        if (q.action() != null && !q.action().isBlank()) {
            sql.append(" AND a.action LIKE :action");
        }
        if (q.entityType() != null && !q.entityType().isBlank()) {
            sql.append(" AND a.entity_type = :entityType");
        }
        if (q.from() != null) {
            sql.append(" AND a.created_at >= :from");
        }
        if (q.to() != null) {
            sql.append(" AND a.created_at < :to");
        }
        if (cursor != null) {
            sql.append(" AND (a.created_at, a.id) < (:cat, :cid)");
        }
        sql.append(" ORDER BY a.created_at DESC, a.id DESC LIMIT :limit");
        var spec = jdbc.sql(sql.toString()).param("limit", limit + 1);
        if (q.actorId() != null) {
            spec = spec.param("actor", q.actorId());
        }
        if (q.action() != null && !q.action().isBlank()) {
            spec = spec.param("action", escapeLike(q.action().strip()) + "%");
        }
        if (q.entityType() != null && !q.entityType().isBlank()) {
            spec = spec.param("entityType", q.entityType().strip());
        }
        if (q.from() != null) {
            spec = spec.param("from", Timestamp.from(q.from()));
        }
        if (q.to() != null) {
            spec = spec.param("to", Timestamp.from(q.to()));
        }
        if (cursor != null) {
            spec = spec.param("cat", Timestamp.from(cursor.at())).param("cid", cursor.id());
        }
        List<AuditEntry> rows = new ArrayList<>(spec.query((rs, n) -> new AuditEntry(rs.getObject("id", UUID.class),
                rs.getObject("actor_id", UUID.class), rs.getString("actor_name"), rs.getString("action"),
                rs.getString("entity_type"), rs.getObject("entity_id", UUID.class), rs.getString("before_json"),
                rs.getString("after_json"), rs.getTimestamp("created_at").toInstant())).list());
        String next = null;
        if (rows.size() > limit) {
            AuditEntry last = rows.get(limit - 1);
            next = QueueCursor.encode(last.at(), "audit", last.id());
            rows = rows.subList(0, limit);
        }
        return new AuditPage(rows, next);
    }

    private record Target(UUID author, String state, String preview, String authorName) {
    }

    private record OpenReport(UUID id, UUID reporter, ReportReason reason, String details, Instant createdAt) {
    }

    /** Opaque keyset position (decision 0005): a timestamp, a kind and an id. */
    private record QueueCursor(Instant at, String type, UUID id) {

        static String encode(Instant at, String type, UUID id) {
            String raw = at.getEpochSecond() + ":" + at.getNano() + "\n" + type + "\n" + id;
            return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
        }

        static QueueCursor decode(String token) {
            if (token == null || token.isBlank()) {
                return null;
            }
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\n", -1);
                String[] time = parts[0].split(":");
                if (parts.length != 3 || time.length != 2) {
                    throw new IllegalArgumentException("cursor");
                }
                return new QueueCursor(Instant.ofEpochSecond(Long.parseLong(time[0]), Long.parseLong(time[1])), parts[1],
                        UUID.fromString(parts[2]));
            } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
                throw new ValidationException(List.of(new Violation("cursor", "invalid", Messages.get("moderation.invalidCursor"))));
            }
        }
    }



    private static List<String> strings(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        Object[] values = (Object[]) array.getArray();
        return Arrays.stream(values).map(String::valueOf).toList();
    }

}
