package org.smilefactory.core.offline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.smilefactory.core.api.NotFoundException;
import org.smilefactory.core.api.sync.Change;
import org.smilefactory.core.api.sync.ChangeOperation;
import org.smilefactory.core.api.sync.ChangePage;
import org.smilefactory.core.api.sync.HeldChange;
import org.smilefactory.core.api.sync.Mutation;
import org.smilefactory.core.api.sync.MutationKinds;
import org.smilefactory.core.api.sync.MutationOutcome;
import org.smilefactory.core.api.sync.MutationResult;
import org.smilefactory.core.api.sync.SyncPhase;
import org.smilefactory.core.api.sync.SyncService;
import org.smilefactory.core.common.CoreContext;
import org.smilefactory.core.common.Ids;
import org.smilefactory.core.common.Messages;

/**
 * Synchronises one replica with the server: push the outbox first, then pull the change log, then push
 * again if the member changed something meanwhile.
 *
 * <p>Every step that changes the replica changes its bookkeeping in the same transaction: a pulled
 * page commits with its cursor, a push reply with its outbox rows. A client killed at any moment
 * therefore resumes correctly: unanswered mutations are still pending and are sent again with the same
 * ids (the server applies an id at most once and answers a repeat with its first reply), and the pull
 * starts after the last whole page.
 *
 * <p>Typical use (tests, tools): {@code new SyncEngine(replica.context()).sync(session.sync(), null)}.
 * One synchronisation runs at a time per engine; held changes can be listed and resolved meanwhile.
 */
public final class SyncEngine {

    /** Mutations per push request. */
    public static final int DEFAULT_PUSH_BATCH = 200;
    /** Changes per pull request. */
    public static final int DEFAULT_PULL_PAGE = 500;

    /** Progress of a running synchronisation; called on the synchronising thread. */
    @FunctionalInterface
    public interface Progress {
        /**
         * @param done  changes pushed or pulled so far in this phase
         * @param total changes to handle in this phase, -1 when not known
         */
        void report(SyncPhase phase, long done, long total);
    }

    /** What one {@link #sync} did. */
    public record Result(int pushed, int applied, int conflicts, int rejected, long pulled, boolean retook) {
    }

    private final CoreContext ctx;
    private final ChangeApplier applier;
    private final ReplicaState state;
    private final int pushBatch;
    private final int pullPage;
    private final boolean neededOnly;

    public SyncEngine(CoreContext replica) {
        this(replica, DEFAULT_PUSH_BATCH, DEFAULT_PULL_PAGE);
    }

    public SyncEngine(CoreContext replica, int pushBatch, int pullPage) {
        this(replica, pushBatch, pullPage, false);
    }

    /** @param neededOnly pull only what this member needs (see {@link OfflineSettings#neededOnly()}) */
    public SyncEngine(CoreContext replica, int pushBatch, int pullPage, boolean neededOnly) {
        this.ctx = Objects.requireNonNull(replica, "replica");
        this.applier = new ChangeApplier(replica.jdbc());
        this.state = new ReplicaState(replica.jdbc());
        this.pushBatch = Math.max(1, Math.min(pushBatch, SyncService.MAX_PAGE));
        this.pullPage = Math.max(1, Math.min(pullPage, SyncService.MAX_PAGE));
        this.neededOnly = neededOnly;
    }

    /** The replica's bookkeeping (cursor, scope, last sync). */
    public ReplicaState state() {
        return state;
    }

    /** The applier, for rows that arrive outside a sync. */
    public ChangeApplier applier() {
        return applier;
    }

    /** As {@link #sync(SyncService, Progress)} without progress. */
    public Result sync(SyncService server) {
        return sync(server, null);
    }

    /**
     * Push, pull, and push again if something was queued meanwhile. Blocking.
     *
     * @param progress may be null
     * @throws org.smilefactory.core.api.BackendUnavailableException when the server cannot be reached;
     *         what was done before stays done, and the next call carries on from there
     */
    public synchronized Result sync(SyncService server, Progress progress) {
        Progress report = progress == null ? (phase, done, total) -> { } : progress;
        int[] push = push(server, report);
        long[] pull = pull(server, report);
        if (pendingCount() > 0) {
            int[] again = push(server, report);
            for (int i = 0; i < push.length; i++) {
                push[i] += again[i];
            }
        }
        ctx.tx().executeWithoutResult(s -> state.put(ReplicaState.LAST_SYNC_AT, ctx.clock().instant().toString()));
        report.report(SyncPhase.IDLE, 0, 0);
        return new Result(push[0], push[1], push[2], push[3], pull[0], pull[1] != 0);
    }

    /**
     * Sends every pending mutation, oldest first, in batches, and applies each reply together with its
     * outbox row: applied ones leave the outbox, conflicting and rejected ones are held with the
     * server's row and reason. The server's rows in the replies are applied at once.
     *
     * @return {pushed, applied, conflicts, rejected}
     */
    public synchronized int[] push(SyncService server, Progress progress) {
        int[] counts = new int[4];
        long total = pendingCount();
        Progress report = progress == null ? (phase, done, t) -> { } : progress;
        if (total == 0) {
            return counts;
        }
        report.report(SyncPhase.PUSHING, 0, total);
        while (true) {
            List<Mutation> batch = pendingBatch();
            if (batch.isEmpty()) {
                break;
            }
            List<MutationResult> results = server.push(batch);
            int[] handled = ctx.tx().execute(s -> applyResults(batch, results));
            for (int i = 0; i < counts.length; i++) {
                counts[i] += handled[i];
            }
            report.report(SyncPhase.PUSHING, counts[0], Math.max(total, counts[0]));
            if (handled[0] == 0) {
                break; // the server answered none of them: do not spin, try again next sync
            }
        }
        return counts;
    }

    /**
     * Pulls the change log after the cursor until the server has nothing more, each page in one
     * transaction with its cursor. When the server names a different scope than the replica was taken
     * with, the replicated tables are emptied and the replica is taken again from cursor 0.
     *
     * @return {changes applied, 1 if the replica was taken again}
     */
    public synchronized long[] pull(SyncService server, Progress progress) {
        Progress report = progress == null ? (phase, done, t) -> { } : progress;
        long pulled = 0;
        long retook = 0;
        boolean fresh = state.cursor() == 0;
        report.report(fresh ? SyncPhase.TAKING_REPLICA : SyncPhase.PULLING, 0, -1);
        while (true) {
            long cursor = state.cursor();
            Optional<String> scope = state.scope();
            ChangePage page = neededOnly ? server.changes(cursor, pullPage, true) : server.changes(cursor, pullPage);
            if (scope.isPresent() && !scope.get().equals(page.scope())) {
                ctx.tx().executeWithoutResult(s -> {
                    applier.wipe();
                    state.cursor(0);
                    state.put(ReplicaState.SCOPE, page.scope());
                });
                retook = 1;
                fresh = true;
                pulled = 0;
                report.report(SyncPhase.TAKING_REPLICA, 0, -1);
                continue;
            }
            ctx.tx().executeWithoutResult(s -> {
                applier.apply(page.changes());
                state.cursor(page.cursor());
                if (scope.isEmpty()) {
                    state.put(ReplicaState.SCOPE, page.scope());
                }
            });
            pulled += page.changes().size();
            report.report(fresh ? SyncPhase.TAKING_REPLICA : SyncPhase.PULLING, pulled, -1);
            if (!page.more() || page.changes().isEmpty() && page.cursor() == cursor) {
                break;
            }
        }
        return new long[] {pulled, retook};
    }

    /** Changes in the outbox waiting to be pushed. */
    public long pendingCount() {
        return ctx.jdbc().sql("SELECT count(*) FROM sync_outbox WHERE status IN ('pending', 'sent')")
                .query(Long.class).single();
    }

    /** Conflicting and rejected changes waiting for a person. */
    public long heldCount() {
        return ctx.jdbc().sql("SELECT count(*) FROM sync_outbox WHERE status IN ('conflict', 'rejected')")
                .query(Long.class).single();
    }

    /** Conflicting and rejected changes, oldest first, each with a one-line summary. */
    public List<HeldChange> heldChanges() {
        return ctx.jdbc().sql("""
                SELECT o.mutation_id, o.kind, o.entity_type, o.entity_id, o.status, o.last_error,
                       o.payload::text AS mine, o.server_row::text AS theirs, o.created_at,
                       o.payload->>'firstName' AS first_name, o.payload->>'lastName' AS last_name,
                       o.payload->>'code' AS code,
                       coalesce(nullif(trim(coalesce(m.first_name, '') || ' ' || coalesce(m.last_name, '')), ''), m.email) AS member_name,
                       coalesce(nullif(trim(coalesce(am.first_name, '') || ' ' || coalesce(am.last_name, '')), ''), am.email) AS attendee_name
                FROM sync_outbox o
                LEFT JOIN personal_details m ON o.entity_type = 'personal_details' AND m.user_id = o.entity_id
                LEFT JOIN event_attendees a ON a.id = CASE WHEN o.payload->>'registrationId' IS NOT NULL
                        THEN CAST(o.payload->>'registrationId' AS uuid) ELSE o.entity_id END
                LEFT JOIN personal_details am ON am.user_id = a.user_id
                WHERE o.status IN ('conflict', 'rejected')
                ORDER BY o.created_at, o.mutation_id
                """).query((rs, n) -> {
                    String kind = rs.getString("kind");
                    return new HeldChange(rs.getObject("mutation_id", UUID.class), kind, rs.getString("entity_type"),
                            rs.getObject("entity_id", UUID.class),
                            "conflict".equals(rs.getString("status")) ? MutationOutcome.CONFLICT : MutationOutcome.REJECTED,
                            rs.getString("last_error"),
                            summary(kind, rs.getString("member_name"), rs.getString("attendee_name"),
                                    rs.getString("first_name"), rs.getString("last_name"), rs.getString("code")),
                            rs.getString("mine"), rs.getString("theirs"), rs.getTimestamp("created_at").toInstant());
                }).list();
    }

    /**
     * Keeps the offline version of a held change: replaces it by a new pending mutation (a new id, so the
     * server applies it rather than repeating its earlier answer) made on top of the server's version —
     * the base version and, for profile changes, the payload's {@code expectedVersion} become the version
     * of the server's row. One transaction.
     *
     * @throws NotFoundException when no held change has this id
     */
    public UUID keepMine(UUID mutationId) {
        UUID fresh = Ids.next();
        Integer made = ctx.tx().execute(s -> {
            int inserted = ctx.jdbc().sql("""
                    INSERT INTO sync_outbox (mutation_id, entity_type, entity_id, operation, base_version, payload,
                                             created_at, status, kind)
                    SELECT :fresh, entity_type, entity_id, operation,
                           coalesce(CAST(server_row->>'version' AS bigint), base_version),
                           CASE WHEN kind IN (:profileKinds) AND server_row->>'version' IS NOT NULL
                                THEN jsonb_set(payload, '{expectedVersion}', server_row->'version')
                                ELSE payload END,
                           created_at, 'pending', kind
                    FROM sync_outbox WHERE mutation_id = :id AND status IN ('conflict', 'rejected')
                    """).param("fresh", fresh).param("id", mutationId)
                    .param("profileKinds", List.of(MutationKinds.PROFILE_SAVE, MutationKinds.PROFILE_PUBLISH,
                            MutationKinds.PROFILE_UNPUBLISH))
                    .update();
            if (inserted > 0) {
                ctx.jdbc().sql("DELETE FROM sync_outbox WHERE mutation_id = :id").param("id", mutationId).update();
            }
            return inserted;
        });
        if (made == null || made == 0) {
            throw new NotFoundException(Messages.get("syncengine.heldNotFound"));
        }
        return fresh;
    }

    /**
     * Drops the offline version of a held change; the replica already shows the server's.
     *
     * @throws NotFoundException when no held change has this id
     */
    public void takeTheirs(UUID mutationId) {
        int deleted = ctx.jdbc().sql("DELETE FROM sync_outbox WHERE mutation_id = :id AND status IN ('conflict', 'rejected')")
                .param("id", mutationId).update();
        if (deleted == 0) {
            throw new NotFoundException(Messages.get("syncengine.heldNotFound"));
        }
    }

    private List<Mutation> pendingBatch() {
        return ctx.jdbc().sql("""
                SELECT mutation_id, kind, entity_type, entity_id, base_version, payload::text AS payload, created_at
                FROM sync_outbox WHERE status IN ('pending', 'sent')
                ORDER BY created_at, mutation_id LIMIT :n
                """).param("n", pushBatch)
                .query((rs, n) -> new Mutation(rs.getObject("mutation_id", UUID.class), rs.getString("kind"),
                        rs.getString("entity_type"), rs.getObject("entity_id", UUID.class),
                        (Long) rs.getObject("base_version"), rs.getString("payload"),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    private int[] applyResults(List<Mutation> batch, List<MutationResult> results) {
        Map<UUID, Mutation> sent = new HashMap<>();
        batch.forEach(m -> sent.put(m.id(), m));
        int[] counts = new int[4];
        List<Change> rows = new ArrayList<>();
        for (MutationResult result : results) {
            Mutation mutation = sent.get(result.mutationId());
            if (mutation == null) {
                continue;
            }
            counts[0]++;
            if (result.outcome() == MutationOutcome.APPLIED) {
                counts[1]++;
                ctx.jdbc().sql("DELETE FROM sync_outbox WHERE mutation_id = :id").param("id", mutation.id()).update();
            } else {
                boolean conflict = result.outcome() == MutationOutcome.CONFLICT;
                counts[conflict ? 2 : 3]++;
                ctx.jdbc().sql("""
                        UPDATE sync_outbox SET status = :status, last_error = :reason, server_row = CAST(:row AS jsonb),
                                               attempts = attempts + 1
                        WHERE mutation_id = :id
                        """).param("status", conflict ? "conflict" : "rejected").param("reason", result.reason())
                        .param("row", serverRow(mutation, result.rows())).param("id", mutation.id()).update();
            }
            if (result.rows() != null) {
                rows.addAll(result.rows());
            }
        }
        // applied after the outbox changes, in order, so a later reply's rows win over an earlier one's
        applier.apply(rows);
        return counts;
    }

    /** The server's version of the row the mutation is about, else its first row; null without rows. */
    private static String serverRow(Mutation mutation, List<Change> rows) {
        if (rows == null) {
            return null;
        }
        Change first = null;
        for (Change row : rows) {
            if (row.operation() != ChangeOperation.UPSERT || row.payload() == null) {
                continue;
            }
            if (row.entityType().equals(mutation.entityType()) && row.entityId().equals(mutation.entityId())) {
                return row.payload();
            }
            if (first == null) {
                first = row;
            }
        }
        return first == null ? null : first.payload();
    }

    private static String summary(String kind, String memberName, String attendeeName, String firstName, String lastName,
                                  String code) {
        String payloadName = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).trim();
        String member = memberName != null ? memberName : payloadName;
        if (kind == null) {
            return Messages.get("syncengine.summary.other", "?");
        }
        switch (kind) {
            case MutationKinds.PROFILE_SAVE:
                return Messages.get("syncengine.summary.profileSave", member);
            case MutationKinds.PROFILE_PUBLISH:
                return Messages.get("syncengine.summary.profilePublish", member);
            case MutationKinds.PROFILE_UNPUBLISH:
                return Messages.get("syncengine.summary.profileUnpublish", member);
            case MutationKinds.CHECK_IN:
                return attendeeName != null
                        ? Messages.get("syncengine.summary.checkInOf", attendeeName)
                        : Messages.get("syncengine.summary.checkInTicket", code == null ? "" : code);
            case MutationKinds.CHECK_IN_REGISTRATION:
                return Messages.get("syncengine.summary.checkInOf", attendeeName != null ? attendeeName : "?");
            case MutationKinds.WALK_IN:
                return Messages.get("syncengine.summary.walkIn", payloadName);
            default:
                return Messages.get("syncengine.summary.other", kind);
        }
    }
}
