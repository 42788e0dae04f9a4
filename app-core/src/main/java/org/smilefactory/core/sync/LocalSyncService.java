package org.smilefactory.core.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.smilefactory.core.api.NotFoundException;
import org.smilefactory.core.api.sync.HubHeldChange;
import org.smilefactory.core.api.sync.MutationOutcome;
import org.smilefactory.core.api.sync.SyncDevice;
import org.smilefactory.core.audit.AuditLog;
import org.smilefactory.core.api.sync.ChangePage;
import org.smilefactory.core.api.sync.Mutation;
import org.smilefactory.core.api.sync.MutationResult;
import org.smilefactory.core.api.sync.SyncService;
import org.smilefactory.core.common.Actor;
import org.smilefactory.core.common.CoreContext;
import org.smilefactory.core.common.Messages;
import org.smilefactory.core.common.Problems;

/** The server side of offline sync on a database: the change log reader and the mutation applier. */
public final class LocalSyncService implements SyncService {

    private final CoreContext ctx;
    private final Actor actor;

    public LocalSyncService(CoreContext ctx, Actor actor) {
        this.ctx = ctx;
        this.actor = actor;
    }

    @Override
    public ChangePage changes(long cursor, int limit) {
        return changes(cursor, limit, false);
    }

    @Override
    public ChangePage changes(long cursor, int limit, boolean neededOnly) {
        Problems problems = new Problems();
        if (cursor < 0) {
            problems.add("cursor", "invalid", Messages.get("sync.invalidCursor"));
        }
        if (limit < 1 || limit > MAX_PAGE) {
            problems.add("limit", "range", Messages.get("sync.invalidLimit", MAX_PAGE));
        }
        problems.throwIfAny();
        ChangePage page = new ChangeFeed(ctx).page(SyncScope.of(ctx.jdbc(), actor, neededOnly), cursor, limit);
        touchDevice();
        return page;
    }

    /**
     * Validates the whole batch first (nothing is applied when it is malformed), then applies each
     * mutation in its own transaction (see {@link MutationApplier}).
     */
    @Override
    public List<MutationResult> push(List<Mutation> batch) {
        actor.requireSignedIn();
        Problems problems = new Problems();
        if (batch == null || batch.isEmpty()) {
            problems.add("mutations", "required", Messages.get("sync.emptyBatch"));
        } else if (batch.size() > MAX_PAGE) {
            problems.add("mutations", "too-many", Messages.get("sync.batchTooLarge", MAX_PAGE));
        } else {
            for (int i = 0; i < batch.size(); i++) {
                Mutation m = batch.get(i);
                if (m == null || m.id() == null) {
                    problems.add("mutations[" + i + "].id", "required", Messages.get("sync.mutationIdRequired"));
                } else if (m.kind() == null || m.kind().isBlank()) {
                    problems.add("mutations[" + i + "].kind", "required", Messages.get("validation.required"));
                }
            }
        }
        problems.throwIfAny();
        MutationApplier applier = new MutationApplier(ctx, actor);
        List<MutationResult> results = new ArrayList<>(batch.size());
        for (Mutation m : batch) {
            results.add(applier.apply(m));
        }
        UUID device = touchDevice();
        // who pushed what, so staff can see a device's held changes; the first push of an id wins
        ctx.jdbc().sql("""
                UPDATE sync_applied_mutations a SET user_id = :member, device_credential_id = :device, kind = b.kind
                FROM unnest(:ids, :kinds) AS b(id, kind)
                WHERE a.mutation_id = b.id AND a.user_id IS NULL
                """)
                .param("member", actor.memberId()).param("device", device)
                .param("ids", batch.stream().map(Mutation::id).toArray(UUID[]::new))
                .param("kinds", batch.stream().map(m -> m.kind().length() > 50 ? m.kind().substring(0, 50) : m.kind()).toArray(String[]::new))
                .update();
        return results;
    }

    /**
     * Marks the device credential of the calling session (an offline copy signed in on the server) as
     * synchronised now; returns its id, or null when the session has none (a desktop without a copy, a
     * local session).
     */
    private UUID touchDevice() {
        if (!actor.isRemoteCaller() || actor.serverTokenHash() == null) {
            return null;
        }
        return ctx.jdbc().sql("""
                UPDATE device_credentials SET last_sync_at = now()
                WHERE id = (SELECT device_credential_id FROM auth_tokens WHERE token_hash = ?) AND revoked_at IS NULL
                RETURNING id
                """).param(actor.serverTokenHash()).query(UUID.class).optional().orElse(null);
    }

    @Override
    public List<SyncDevice> devices() {
        actor.requireStaff();
        return ctx.jdbc().sql("""
                SELECT d.id, d.device_id, d.device_name, d.user_id,
                       coalesce(nullif(p.full_name, ''), p.email) AS member_name, p.role = 'kiosk' AS kiosk,
                       d.created_at, d.last_sync_at, d.expires_at,
                       (SELECT count(*) FROM sync_applied_mutations a
                         WHERE a.device_credential_id = d.id AND a.outcome <> 'applied') AS held
                FROM device_credentials d JOIN personal_details p ON p.user_id = d.user_id AND p.deleted_at IS NULL
                WHERE d.revoked_at IS NULL AND d.expires_at > now()
                ORDER BY d.last_sync_at DESC NULLS LAST, d.created_at DESC, d.id
                """)
                .query((rs, n) -> new SyncDevice(rs.getObject("id", UUID.class), rs.getObject("device_id", UUID.class),
                        rs.getString("device_name"), rs.getObject("user_id", UUID.class), rs.getString("member_name"),
                        rs.getBoolean("kiosk"), rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("last_sync_at") == null ? null : rs.getTimestamp("last_sync_at").toInstant(),
                        rs.getInt("held"), rs.getTimestamp("expires_at").toInstant()))
                .list();
    }

    @Override
    public void revokeDevice(UUID id) {
        actor.requireStaff();
        new Problems().required("id", id).throwIfAny();
        ctx.tx().executeWithoutResult(status -> {
            record Revoked(UUID member, String name) {
            }
            Revoked revoked = ctx.jdbc().sql("""
                    UPDATE device_credentials SET revoked_at = now(), revoked_by = ?
                    WHERE id = ? AND revoked_at IS NULL AND expires_at > now()
                    RETURNING user_id, device_name
                    """).params(actor.memberId(), id)
                    .query((rs, n) -> new Revoked(rs.getObject(1, UUID.class), rs.getString(2))).optional()
                    .orElseThrow(() -> new NotFoundException(Messages.get("sync.deviceNotFound")));
            // the sessions the copy signed in with end too: its very next pull or push is refused
            int sessions = ctx.jdbc().sql("""
                    UPDATE auth_tokens SET revoked_at = now() WHERE device_credential_id = ? AND revoked_at IS NULL
                    """).param(id).update();
            AuditLog.record(ctx.jdbc(), actor.memberId(), "device.revoke", "device", id,
                    Map.of("device", revoked.name(), "member", String.valueOf(revoked.member())),
                    Map.of("revoked", true, "sessionsEnded", sessions));
        });
    }

    @Override
    public List<HubHeldChange> heldChanges(int limit) {
        actor.requireStaff();
        if (limit < 1 || limit > MAX_PAGE) {
            new Problems().add("limit", "range", Messages.get("sync.invalidLimit", MAX_PAGE)).throwIfAny();
        }
        return ctx.jdbc().sql("""
                SELECT a.mutation_id, a.user_id, coalesce(nullif(p.full_name, ''), p.email) AS member_name,
                       d.device_name, a.kind, a.outcome, a.response ->> 'reason' AS reason, a.applied_at
                FROM sync_applied_mutations a
                LEFT JOIN personal_details p ON p.user_id = a.user_id
                LEFT JOIN device_credentials d ON d.id = a.device_credential_id
                WHERE a.outcome <> 'applied'
                ORDER BY a.applied_at DESC, a.mutation_id LIMIT ?
                """).param(limit)
                .query((rs, n) -> new HubHeldChange(rs.getObject("mutation_id", UUID.class), rs.getObject("user_id", UUID.class),
                        rs.getString("member_name"), rs.getString("device_name"), rs.getString("kind"),
                        MutationOutcome.valueOf(rs.getString("outcome").toUpperCase(Locale.ROOT)), rs.getString("reason"),
                        rs.getTimestamp("applied_at").toInstant()))
                .list();
    }
}
