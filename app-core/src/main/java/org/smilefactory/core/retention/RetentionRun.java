package org.smilefactory.core.retention;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smilefactory.core.api.admin.RetentionCategory;
import org.smilefactory.core.api.admin.RetentionCount;
import org.smilefactory.core.api.admin.RetentionResult;
import org.smilefactory.core.api.admin.RetentionSettings;
import org.smilefactory.core.audit.AuditLog;
import org.smilefactory.core.common.CoreContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One application of the retention periods: for each category, deletes what is older than its period
 * in batches (each its own short transaction, so a big purge never holds locks on a live hub for long),
 * then writes one audit entry with what it deleted per category. The audit entry is written after the
 * audit purge, so the record of a run always survives that run.
 *
 * <p>No stored counter counts these rows: unread notification counts are counted when asked, and an AI
 * conversation's message count goes with the conversation. Deleted scans reach offline replicas as
 * tombstones through the change log's triggers, like any other delete.
 */
final class RetentionRun {

    static final int BATCH = 1000;
    static final String ACTION = "retention.run";

    private static final Logger LOG = LoggerFactory.getLogger(RetentionRun.class);

    /** Where a category's rows are and which of them are past a {@code :cutoff}. */
    private record Purge(String table, String key, String olderThanCutoff) {
    }

    private static final Map<RetentionCategory, Purge> PURGES = new EnumMap<>(Map.of(
            RetentionCategory.CHECK_IN_SCANS, new Purge("event_check_in_scans", "id", "scanned_at < :cutoff"),
            // by last activity: a conversation someone is still having is not cut from under them
            RetentionCategory.AI_CONVERSATIONS, new Purge("ai_conversations", "id", "updated_at < :cutoff"),
            RetentionCategory.AI_ANALYTICS, new Purge("ai_analytics", "id", "created_at < :cutoff"),
            RetentionCategory.READ_NOTIFICATIONS, new Purge("notifications", "id", "read_at IS NOT NULL AND created_at < :cutoff"),
            RetentionCategory.NOTIFICATIONS, new Purge("notifications", "id", "created_at < :cutoff"),
            RetentionCategory.AUDIT_ENTRIES, new Purge("audit_log", "id", "created_at < :cutoff"),
            // ended = revoked or expired, whichever came first
            RetentionCategory.ENDED_TOKENS, new Purge("auth_tokens", "id", "(revoked_at < :cutoff OR expires_at < :cutoff)")));

    private final CoreContext ctx;
    private final JdbcClient jdbc;
    private final int batch;

    RetentionRun(CoreContext ctx) {
        this(ctx, BATCH);
    }

    RetentionRun(CoreContext ctx, int batch) {
        this.ctx = ctx;
        this.jdbc = ctx.jdbc();
        this.batch = batch;
    }

    /**
     * Applies the stored periods.
     *
     * @param actorId   who asked; null for the background job
     * @param automatic whether the background job started it (said in the audit entry)
     * @param stop      checked between batches: the backend is closing, finish early (audited as stopped)
     */
    RetentionResult run(UUID actorId, boolean automatic, BooleanSupplier stop) {
        RetentionSettings settings = RetentionStore.load(jdbc);
        Instant started = ctx.clock().instant();
        List<RetentionCount> counts = new ArrayList<>();
        RuntimeException failure = null;
        try {
            for (RetentionCategory category : RetentionCategory.values()) {
                if (stop.getAsBoolean()) {
                    break;
                }
                int days = settings.days(category);
                if (days == RetentionSettings.KEEP_FOREVER) {
                    counts.add(new RetentionCount(category, days, null, 0));
                    continue;
                }
                Instant cutoff = started.minus(days, ChronoUnit.DAYS);
                counts.add(new RetentionCount(category, days, cutoff, purge(PURGES.get(category), cutoff, stop)));
            }
        } catch (RuntimeException e) {
            failure = e;
        }
        RetentionResult result = new RetentionResult(started, ctx.clock().instant(), counts);
        Map<String, Object> audited = describe(result, settings, automatic, failure, stop.getAsBoolean());
        try {
            ctx.tx().executeWithoutResult(tx -> AuditLog.record(jdbc, actorId, ACTION, "retention", null, null, audited));
        } catch (RuntimeException auditFailed) {
            if (failure == null) {
                throw auditFailed;
            }
            failure.addSuppressed(auditFailed);
        }
        if (failure != null) {
            throw failure;
        }
        if (result.totalDeleted() > 0) {
            LOG.info("Retention deleted {} rows: {}", result.totalDeleted(), result.counts());
        }
        return result;
    }

    private long purge(Purge p, Instant cutoff, BooleanSupplier stop) {
        // SKIP LOCKED: a row someone is changing right now (a notification being marked read) waits for
        // the next run instead of blocking this one
        String sql = """
                DELETE FROM %1$s WHERE %2$s IN (
                    SELECT %2$s FROM %1$s WHERE %3$s LIMIT :batch FOR UPDATE SKIP LOCKED)
                """.formatted(p.table(), p.key(), p.olderThanCutoff());
        OffsetDateTime at = OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC);
        long total = 0;
        int deleted;
        do {
            deleted = jdbc.sql(sql).param("cutoff", at).param("batch", batch).update();
            total += deleted;
        } while (deleted == batch && !stop.getAsBoolean());
        return total;
    }

    private static Map<String, Object> describe(RetentionResult result, RetentionSettings settings, boolean automatic,
                                                RuntimeException failure, boolean stopped) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("automatic", automatic);
        m.put("settingsVersion", settings.version());
        m.put("startedAt", result.startedAt().toString());
        m.put("finishedAt", result.finishedAt().toString());
        Map<String, Object> deleted = new LinkedHashMap<>();
        Map<String, Object> days = new LinkedHashMap<>();
        for (RetentionCount c : result.counts()) {
            deleted.put(c.category().name(), c.deleted());
            days.put(c.category().name(), c.days());
        }
        m.put("deleted", deleted);
        m.put("days", days);
        m.put("totalDeleted", result.totalDeleted());
        if (stopped) {
            m.put("stopped", true);
        }
        if (failure != null) {
            String why = String.valueOf(failure.getMessage());
            m.put("failed", why.length() > 500 ? why.substring(0, 500) : why);
        }
        return m;
    }
}
