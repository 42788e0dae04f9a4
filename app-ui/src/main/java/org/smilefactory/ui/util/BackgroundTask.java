package org.smilefactory.ui.util;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * A piece of work that must not run on the FX thread (anything touching the database or the network),
 * with callbacks that do run on the FX thread. Modelled on JabRef's {@code BackgroundTask}:
 * ViewModels describe what to do and what to do with the result; a {@link TaskExecutor} decides where it
 * runs, so ViewModel tests use {@link CurrentThreadTaskExecutor} and see everything happen in order.
 *
 * <pre>{@code
 * BackgroundTask.wrap(() -> profiles.mine())
 *     .onRunning(() -> busy.set(true))
 *     .onSuccess(this::show)
 *     .onFailure(this::showError)
 *     .onFinished(() -> busy.set(false))
 *     .executeWith(executor);
 * }</pre>
 */
public final class BackgroundTask<V> {

    /** The work itself; it may report progress and should stop early when asked to. */
    @FunctionalInterface
    public interface Work<V> {
        V call(TaskContext context) throws Exception;
    }

    /** What running work sees of its task. */
    public interface TaskContext {
        /** Reports progress; {@code fraction} is 0..1, or negative for "indeterminate". */
        void progress(double fraction, String message);

        /** True once someone asked the task to stop (see {@link TaskHandle#cancel()}). */
        boolean isCancelled();
    }

    /** A progress report as delivered to {@link #onProgress(Consumer)}. */
    public record Progress(double fraction, String message) {
    }

    private final Work<V> work;
    private Runnable onRunning = () -> { };
    private Consumer<? super V> onSuccess = v -> { };
    private Consumer<Throwable> onFailure;
    private Runnable onFinished = () -> { };
    private Consumer<Progress> onProgress = p -> { };

    private BackgroundTask(Work<V> work) {
        this.work = Objects.requireNonNull(work);
    }

    public static <V> BackgroundTask<V> wrap(Callable<V> callable) {
        Objects.requireNonNull(callable);
        return new BackgroundTask<>(context -> callable.call());
    }

    public static <V> BackgroundTask<V> wrapWithContext(Work<V> work) {
        return new BackgroundTask<>(work);
    }

    public static BackgroundTask<Void> run(Runnable runnable) {
        Objects.requireNonNull(runnable);
        return new BackgroundTask<>(context -> {
            runnable.run();
            return null;
        });
    }

    /** Called on the calling (FX) thread just before the work starts. */
    public BackgroundTask<V> onRunning(Runnable action) {
        this.onRunning = Objects.requireNonNull(action);
        return this;
    }

    public BackgroundTask<V> onSuccess(Consumer<? super V> action) {
        this.onSuccess = Objects.requireNonNull(action);
        return this;
    }

    /** Without a failure handler, failures are logged (never swallowed silently). */
    public BackgroundTask<V> onFailure(Consumer<Throwable> action) {
        this.onFailure = Objects.requireNonNull(action);
        return this;
    }

    /** Called after success or failure, whichever happened. */
    public BackgroundTask<V> onFinished(Runnable action) {
        this.onFinished = Objects.requireNonNull(action);
        return this;
    }

    public BackgroundTask<V> onProgress(Consumer<Progress> action) {
        this.onProgress = Objects.requireNonNull(action);
        return this;
    }

    public TaskHandle executeWith(TaskExecutor executor) {
        return executor.execute(this);
    }

    // --- for executors -------------------------------------------------------------------------

    Work<V> work() {
        return work;
    }

    void fireRunning() {
        onRunning.run();
    }

    void fireSuccess(V value) {
        try {
            onSuccess.accept(value);
        } finally {
            onFinished.run();
        }
    }

    void fireFailure(Throwable error) {
        try {
            if (onFailure != null) {
                onFailure.accept(error);
            } else {
                Errors.log(error);
            }
        } finally {
            onFinished.run();
        }
    }

    void fireProgress(Progress progress) {
        onProgress.accept(progress);
    }
}
