package org.smilefactory.core.offline;

import java.time.Duration;

/**
 * Timings of a server connection with an offline replica.
 *
 * @param probeInterval how often an automatically offline connection asks whether the server is back
 * @param pullInterval  how often an online connection synchronises in the background
 * @param pushBatch     mutations per push request
 * @param pullPage      changes per pull request
 */
public record OfflineSettings(Duration probeInterval, Duration pullInterval, int pushBatch, int pullPage) {

    public static OfflineSettings defaults() {
        return new OfflineSettings(Duration.ofSeconds(15), Duration.ofSeconds(30), SyncEngine.DEFAULT_PUSH_BATCH,
                SyncEngine.DEFAULT_PULL_PAGE);
    }

    /** Short intervals for tests. */
    public OfflineSettings withIntervals(Duration probe, Duration pull) {
        return new OfflineSettings(probe, pull, pushBatch, pullPage);
    }
}
