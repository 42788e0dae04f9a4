package org.smilefactory.ui.util;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;

/**
 * Runs work on daemon worker threads and delivers every callback on the FX thread, so the FX thread
 * never waits on the database. Progress reports are coalesced: a burst of reports from a fast loop
 * becomes one UI update per pulse instead of flooding the FX event queue.
 */
public final class FxTaskExecutor implements TaskExecutor, AutoCloseable {

    private final ExecutorService workers = Executors.newCachedThreadPool(daemonThreads("hub-background"));
    private final ScheduledExecutorService timer =
            Executors.newSingleThreadScheduledExecutor(daemonThreads("hub-timer"));

    @Override
    public <V> TaskHandle execute(BackgroundTask<V> task) {
        AtomicBoolean cancelled = new AtomicBoolean();
        TaskHandle handle = new TaskHandle() {
            @Override
            public void cancel() {
                cancelled.set(true);
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }
        };
        runOnFx(task::fireRunning);
        AtomicReference<BackgroundTask.Progress> pendingProgress = new AtomicReference<>();
        BackgroundTask.TaskContext context = new BackgroundTask.TaskContext() {
            @Override
            public void progress(double fraction, String message) {
                BackgroundTask.Progress progress = new BackgroundTask.Progress(fraction, message);
                if (pendingProgress.getAndSet(progress) == null) {
                    Platform.runLater(() -> task.fireProgress(pendingProgress.getAndSet(null)));
                }
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }
        };
        workers.execute(() -> {
            V value;
            try {
                value = task.work().call(context);
            } catch (Exception | LinkageError | AssertionError e) {
                Platform.runLater(() -> task.fireFailure(e));
                return;
            }
            Platform.runLater(() -> task.fireSuccess(value));
        });
        return handle;
    }

    @Override
    public TaskHandle schedule(Duration delay, Runnable action) {
        AtomicBoolean cancelled = new AtomicBoolean();
        ScheduledFuture<?> future = timer.schedule(() -> Platform.runLater(() -> {
            if (!cancelled.get()) {
                action.run();
            }
        }), delay.toMillis(), TimeUnit.MILLISECONDS);
        return new TaskHandle() {
            @Override
            public void cancel() {
                cancelled.set(true);
                future.cancel(false);
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }
        };
    }

    @Override
    public void close() {
        timer.shutdownNow();
        workers.shutdown();
    }

    private static void runOnFx(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
