package org.smilefactory.core.offline;

import java.time.Duration;

/**
 * Timings of a server connection with an offline replica.
 *
 * @param probeInterval how often an automatically offline connection asks whether the server is back
 * @param pullInterval  how often an online connection synchronises in the background
 * @param pushBatch     mutations per push request
 * @param pullPage      changes per pull request
 * @param neededOnly    "Keep only what I need": a staff replica holds only this staff member's own data
 *                      and the events they organise or attend, not every member's (a laptop that travels)
 */
public record OfflineSettings(Duration probeInterval, Duration pullInterval, int pushBatch, int pullPage,
                              boolean neededOnly) {

    public OfflineSettings(Duration probeInterval, Duration pullInterval, int pushBatch, int pullPage) {
        this(probeInterval, pullInterval, pushBatch, pullPage, false);
    }

    public static OfflineSettings defaults() {
        return new OfflineSettings(Duration.ofSeconds(15), Duration.ofSeconds(30), SyncEngine.DEFAULT_PUSH_BATCH,
                SyncEngine.DEFAULT_PULL_PAGE);
    }

    /** Short intervals for tests. */
    public OfflineSettings withIntervals(Duration probe, Duration pull) {
        return new OfflineSettings(probe, pull, pushBatch, pullPage, neededOnly);
    }

    /** The same timings, keeping only what this member needs (or everything they may see). */
    public OfflineSettings withNeededOnly(boolean needed) {
        return new OfflineSettings(probeInterval, pullInterval, pushBatch, pullPage, needed);
    }
}
