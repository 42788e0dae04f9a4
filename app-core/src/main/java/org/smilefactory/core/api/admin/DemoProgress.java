package org.smilefactory.core.api.admin;

/** Progress of a long operation: {@code done} of {@code total} units, and what is happening now. */
public record DemoProgress(long done, long total, String step) {

    public double fraction() {
        return total <= 0 ? 0 : Math.min(1.0, (double) done / total);
    }
}
