package org.smilefactory.core.retention;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smilefactory.core.common.CoreContext;

/**
 * Applies the retention periods in the background (decision 0023): checks {@code firstCheck} after
 * start and then every {@code checkEvery}, and runs when no run (automatic or asked for) started in the
 * last {@code runEvery}. Checking often and running daily means a laptop that is only open for a few
 * hours a day still gets its daily run, and several processes on one database run once between them.
 * Owned by the backend that started it and closed with it, before its database.
 */
public final class RetentionJob implements AutoCloseable {

    public static final Duration FIRST_CHECK = Duration.ofMinutes(1);
    public static final Duration CHECK_EVERY = Duration.ofHours(1);
    public static final Duration RUN_EVERY = Duration.ofDays(1);

    private static final Logger LOG = LoggerFactory.getLogger(RetentionJob.class);

    private final CoreContext ctx;
    private final Duration runEvery;
    private final ScheduledExecutorService executor;
    private volatile boolean closing;

    private RetentionJob(CoreContext ctx, Duration runEvery) {
        this.ctx = ctx;
        this.runEvery = runEvery;
        this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "retention");
            t.setDaemon(true);
            return t;
        });
    }

    public static RetentionJob start(CoreContext ctx, Duration firstCheck, Duration checkEvery, Duration runEvery) {
        RetentionJob job = new RetentionJob(ctx, runEvery);
        job.executor.scheduleWithFixedDelay(job::check, firstCheck.toMillis(), Math.max(1, checkEvery.toMillis()),
                TimeUnit.MILLISECONDS);
        return job;
    }

    private void check() {
        if (closing) {
            return;
        }
        try {
            if (RetentionStore.claim(ctx.jdbc(), ctx.clock().instant(), runEvery)) {
                new RetentionRun(ctx).run(null, true, () -> closing);
            }
        } catch (RuntimeException e) {
            // the database may be restarting: the next check tries again; an exception here would end the schedule
            LOG.warn("Applying the retention periods failed; trying again later", e);
        }
    }

    @Override
    public void close() {
        closing = true;
        executor.shutdown();
        try {
            // a batch in flight finishes (the run stops between batches), then the database may close
            if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
