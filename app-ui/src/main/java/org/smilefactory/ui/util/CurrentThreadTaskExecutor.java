package org.smilefactory.ui.util;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs work and callbacks inline on the calling thread, and scheduled actions immediately. For
 * ViewModel tests: after a command returns, its whole effect is visible.
 */
public final class CurrentThreadTaskExecutor implements TaskExecutor {

    @Override
    public <V> TaskHandle execute(BackgroundTask<V> task) {
        AtomicBoolean cancelled = new AtomicBoolean();
        TaskHandle handle = handle(cancelled);
        task.fireRunning();
        V value;
        try {
            value = task.work().call(new BackgroundTask.TaskContext() {
                @Override
                public void progress(double fraction, String message) {
                    task.fireProgress(new BackgroundTask.Progress(fraction, message));
                }

                @Override
                public boolean isCancelled() {
                    return cancelled.get();
                }
            });
        } catch (Exception | LinkageError | AssertionError e) {
            task.fireFailure(e);
            return handle;
        }
        task.fireSuccess(value);
        return handle;
    }

    @Override
    public TaskHandle schedule(Duration delay, Runnable action) {
        action.run();
        return TaskHandle.NONE;
    }

    private static TaskHandle handle(AtomicBoolean cancelled) {
        return new TaskHandle() {
            @Override
            public void cancel() {
                cancelled.set(true);
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }
        };
    }
}
