package org.smilefactory.core.privacy;

import java.io.OutputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.smilefactory.core.api.ConflictException;
import org.smilefactory.core.api.NotFoundException;
import org.smilefactory.core.api.PermissionDeniedException;
import org.smilefactory.core.api.privacy.ErasureDecision;
import org.smilefactory.core.api.privacy.ErasureRequest;
import org.smilefactory.core.api.privacy.ErasureStatus;
import org.smilefactory.core.api.privacy.PrivacyService;
import org.smilefactory.core.audit.AuditLog;
import org.smilefactory.core.common.Actor;
import org.smilefactory.core.common.CoreContext;
import org.smilefactory.core.common.Ids;
import org.smilefactory.core.common.Messages;
import org.smilefactory.core.common.Problems;
import org.smilefactory.core.content.MediaStore;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** {@link PrivacyService} on the local database, acting as one {@link Actor} (decision 0018). */
public final class LocalPrivacyService implements PrivacyService {

    private static final String REQUEST_COLUMNS = """
            r.id, r.member_id, p.full_name, p.email, r.status, r.reason, r.requested_at, r.decided_by, r.decided_at,
            r.decision_note
            """;

    private final CoreContext ctx;
    private final Actor actor;
    private final MediaStore media;

    public LocalPrivacyService(CoreContext ctx, Actor actor) {
        this.ctx = ctx;
        this.actor = actor;
        this.media = MediaStore.of(ctx.files());
    }

    @Override
    public void export(UUID memberId, OutputStream target) {
        actor.requireNotKiosk();
        new Problems().required("memberId", memberId).required("target", target).throwIfAny();
        if (!actor.is(memberId) && !actor.isStaff()) {
            throw new PermissionDeniedException(Messages.get("privacy.exportOthers"));
        }
        // one snapshot for every file of the archive, and the audit entry commits with it
        TransactionTemplate snapshot = new TransactionTemplate(ctx.tx().getTransactionManager());
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        snapshot.executeWithoutResult(status -> {
            boolean exists = ctx.jdbc().sql("SELECT count(*) FROM personal_details WHERE user_id = ? AND deleted_at IS NULL")
                    .param(memberId).query(Long.class).single() > 0;
            if (!exists) {
                throw new NotFoundException(Messages.get("accounts.memberNotFound"));
            }
            MemberExport.Written written = new MemberExport(ctx.jdbc(), media).write(memberId, ctx.clock().instant(), target);
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("files", written.files());
            after.put("rows", written.rows());
            after.put("mediaFiles", written.mediaFiles());
            after.put("forOtherMember", !actor.is(memberId));
            AuditLog.record(ctx.jdbc(), actor.memberId(), "privacy.export", "member", memberId, null, after);
        });
    }

    @Override
    public ErasureRequest requestErasure(String reason) {
        actor.requireNotKiosk();
        new Problems().text("reason", reason, MAX_NOTE).throwIfAny();
        UUID id = Ids.next();
        String trimmed = reason == null || reason.isBlank() ? null : reason.trim();
        try {
            ctx.tx().executeWithoutResult(status -> {
                if (pending(actor.memberId()).isPresent()) {
                    throw new ConflictException(Messages.get("privacy.alreadyRequested"));
                }
                ctx.jdbc().sql("INSERT INTO erasure_requests (id, member_id, status, reason, requested_at) VALUES (?, ?, 'pending', ?, now())")
                        .params(id, actor.memberId(), trimmed).update();
                AuditLog.record(ctx.jdbc(), actor.memberId(), "privacy.erasure.request", "member", actor.memberId(), null,
                        Map.of("requestId", id.toString()));
            });
        } catch (DuplicateKeyException e) {
            // two requests at once: the partial unique index lets one through
            throw new ConflictException(Messages.get("privacy.alreadyRequested"));
        }
        return find(id).orElseThrow();
    }

    @Override
    public Optional<ErasureRequest> myErasureRequest() {
        actor.requireNotKiosk();
        return ctx.jdbc().sql("SELECT " + REQUEST_COLUMNS + """
                FROM erasure_requests r JOIN personal_details p ON p.user_id = r.member_id
                WHERE r.member_id = ? ORDER BY r.requested_at DESC, r.id DESC LIMIT 1
                """).param(actor.memberId()).query(LocalPrivacyService::map).optional();
    }

    @Override
    public ErasureRequest withdrawErasureRequest() {
        actor.requireNotKiosk();
        UUID id = ctx.tx().execute(status -> {
            ErasureRequest pending = pending(actor.memberId())
                    .orElseThrow(() -> new NotFoundException(Messages.get("privacy.noPendingRequest")));
            ctx.jdbc().sql("UPDATE erasure_requests SET status = 'withdrawn', decided_at = now() WHERE id = ? AND status = 'pending'")
                    .param(pending.id()).update();
            AuditLog.record(ctx.jdbc(), actor.memberId(), "privacy.erasure.withdraw", "member", actor.memberId(), null,
                    Map.of("requestId", pending.id().toString()));
            return pending.id();
        });
        return find(id).orElseThrow();
    }

    @Override
    public List<ErasureRequest> erasureRequests(ErasureStatus status) {
        actor.requireStaff();
        return ctx.jdbc().sql("SELECT " + REQUEST_COLUMNS + """
                FROM erasure_requests r JOIN personal_details p ON p.user_id = r.member_id
                WHERE (CAST(:status AS text) IS NULL OR r.status = :status)
                ORDER BY r.requested_at, r.id
                """).param("status", status == null ? null : status.name().toLowerCase(Locale.ROOT))
                .query(LocalPrivacyService::map).list();
    }

    @Override
    public ErasureRequest decideErasure(UUID requestId, ErasureDecision decision) {
        actor.requireStaff();
        new Problems().required("requestId", requestId).required("decision", decision).throwIfAny();
        new Problems().text("note", decision.note(), MAX_NOTE).throwIfAny();
        List<String> mediaToDelete = ctx.tx().execute(status -> {
            // the request row is locked, so two staff deciding at once decide once
            record Locked(UUID member, String status, String role) {
            }
            Locked locked = ctx.jdbc().sql("""
                    SELECT r.member_id, r.status, p.role FROM erasure_requests r JOIN personal_details p ON p.user_id = r.member_id
                    WHERE r.id = ? FOR UPDATE OF r, p
                    """).param(requestId)
                    .query((rs, n) -> new Locked(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)))
                    .optional().orElseThrow(() -> new NotFoundException(Messages.get("privacy.requestNotFound")));
            if (actor.is(locked.member())) {
                throw new PermissionDeniedException(Messages.get("privacy.ownRequest"));
            }
            if (locked.role().equals("admin") && actor.role() != org.smilefactory.core.api.accounts.Role.ADMIN) {
                throw new PermissionDeniedException(Messages.get("accounts.adminOnly"));
            }
            if (!locked.status().equals("pending")) {
                throw new ConflictException(Messages.get("privacy.notPending"));
            }
            String note = decision.note() == null || decision.note().isBlank() ? null : decision.note().trim();
            if (!decision.confirm()) {
                ctx.jdbc().sql("""
                        UPDATE erasure_requests SET status = 'declined', decided_by = ?, decided_at = now(), decision_note = ?
                        WHERE id = ?
                        """).params(actor.memberId(), note, requestId).update();
                AuditLog.record(ctx.jdbc(), actor.memberId(), "privacy.erasure.decline", "member", locked.member(), null,
                        Map.of("requestId", requestId.toString()));
                return List.<String>of();
            }
            if (locked.role().equals("admin")) {
                long admins = ctx.jdbc().sql("SELECT count(*) FROM personal_details WHERE role = 'admin' AND deleted_at IS NULL")
                        .query(Long.class).single();
                if (admins <= 1) {
                    throw new ConflictException(Messages.get("privacy.lastAdmin"));
                }
            }
            MemberEraser.Erased erased = new MemberEraser(ctx).erase(locked.member());
            ctx.jdbc().sql("""
                    UPDATE erasure_requests SET status = 'confirmed', decided_by = ?, decided_at = now(), decision_note = ?
                    WHERE id = ?
                    """).params(actor.memberId(), note, requestId).update();
            AuditLog.record(ctx.jdbc(), actor.memberId(), "privacy.erasure.confirm", "member", locked.member(), null,
                    Map.of("requestId", requestId.toString(), "rowsDeleted", erased.rowsDeleted(),
                            "sessionsEnded", erased.tokensEnded(), "mediaFiles", erased.mediaToDelete().size()));
            return erased.mediaToDelete();
        });
        // after commit: a rolled back erasure still has its files
        mediaToDelete.forEach(media::deleteQuietly);
        return find(requestId).orElseThrow();
    }

    private Optional<ErasureRequest> pending(UUID member) {
        return ctx.jdbc().sql("SELECT " + REQUEST_COLUMNS + """
                FROM erasure_requests r JOIN personal_details p ON p.user_id = r.member_id
                WHERE r.member_id = ? AND r.status = 'pending'
                """).param(member).query(LocalPrivacyService::map).optional();
    }

    private Optional<ErasureRequest> find(UUID id) {
        return ctx.jdbc().sql("SELECT " + REQUEST_COLUMNS + """
                FROM erasure_requests r JOIN personal_details p ON p.user_id = r.member_id WHERE r.id = ?
                """).param(id).query(LocalPrivacyService::map).optional();
    }

    private static ErasureRequest map(ResultSet rs, int row) throws SQLException {
        return new ErasureRequest(
                rs.getObject("id", UUID.class),
                rs.getObject("member_id", UUID.class),
                rs.getString("full_name"),
                rs.getString("email"),
                ErasureStatus.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)),
                rs.getString("reason"),
                instant(rs.getTimestamp("requested_at")),
                rs.getObject("decided_by", UUID.class),
                instant(rs.getTimestamp("decided_at")),
                rs.getString("decision_note"));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
