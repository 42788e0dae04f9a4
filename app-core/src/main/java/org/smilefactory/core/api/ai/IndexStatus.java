package org.smilefactory.core.api.ai;

/**
 * The embedding index: how much of the hub is embedded with the current model.
 *
 * @param pending items waiting to be (re-)embedded; 0 when the index is up to date
 * @param lastError the last failure of the embedding worker (e.g. the remote endpoint is down), else null
 */
public record IndexStatus(String model, int dimension, long embedded, long pending, String lastError) {

    /** 0–1, for a progress bar while the hub is (re-)embedded. */
    public double progress() {
        long total = embedded + pending;
        return total == 0 ? 1.0 : (double) embedded / total;
    }
}
