package org.smilefactory.ui.util;

import java.time.Duration;

/**
 * Where background work runs and where its callbacks are delivered. The desktop uses
 * {@link FxTaskExecutor} (worker threads, callbacks on the FX thread); ViewModel tests use
 * {@link CurrentThreadTaskExecutor} (everything inline, in order).
 */
public interface TaskExecutor {

    <V> TaskHandle execute(BackgroundTask<V> task);

    /**
     * Runs {@code action} on the UI thread after {@code delay}; used to debounce typing. Cancelling the
     * handle before the delay has passed means the action never runs.
     */
    TaskHandle schedule(Duration delay, Runnable action);
}
