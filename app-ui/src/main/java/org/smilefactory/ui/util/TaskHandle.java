package org.smilefactory.ui.util;

/** A running (or finished) background task or scheduled action. */
public interface TaskHandle {

    /**
     * Asks the work to stop. Work that polls {@link BackgroundTask.TaskContext#isCancelled()} stops at
     * its next check; its callbacks still run, so the ViewModel can report what was done.
     */
    void cancel();

    boolean isCancelled();

    TaskHandle NONE = new TaskHandle() {
        @Override
        public void cancel() {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };
}
