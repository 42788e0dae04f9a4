package org.smilefactory.ui.util;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Holds background work and scheduled actions until the test releases them, so a test can make results
 * arrive out of order or check that typing only scheduled (not sent) a query.
 */
public final class ManualTaskExecutor implements TaskExecutor {

    private final Deque<Runnable> tasks = new ArrayDeque<>();
    private final Deque<Runnable> scheduled = new ArrayDeque<>();
    private final CurrentThreadTaskExecutor inline = new CurrentThreadTaskExecutor();

    @Override
    public <V> TaskHandle execute(BackgroundTask<V> task) {
        tasks.add(() -> inline.execute(task));
        return TaskHandle.NONE;
    }

    @Override
    public TaskHandle schedule(Duration delay, Runnable action) {
        boolean[] cancelled = {false};
        scheduled.add(() -> {
            if (!cancelled[0]) {
                action.run();
            }
        });
        return new TaskHandle() {
            @Override
            public void cancel() {
                cancelled[0] = true;
            }

            @Override
            public boolean isCancelled() {
                return cancelled[0];
            }
        };
    }

    public int pendingTasks() {
        return tasks.size();
    }

    /** Runs the oldest queued task. */
    public void runNext() {
        tasks.removeFirst().run();
    }

    /** Runs the newest queued task first (a slow query overtaken by a fast one). */
    public void runLast() {
        tasks.removeLast().run();
    }

    public void runAllTasks() {
        while (!tasks.isEmpty()) {
            runNext();
        }
    }

    /** Lets every debounce timer fire (those cancelled meanwhile do nothing). */
    public void elapseTimers() {
        while (!scheduled.isEmpty()) {
            scheduled.removeFirst().run();
        }
    }
}
