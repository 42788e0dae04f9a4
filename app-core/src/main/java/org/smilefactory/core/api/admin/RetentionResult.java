package org.smilefactory.core.api.admin;

import java.time.Instant;
import java.util.List;

/** One retention run: when, and how many rows of each category it deleted (in {@link RetentionCategory} order). */
public record RetentionResult(Instant startedAt, Instant finishedAt, List<RetentionCount> counts) {

    public RetentionResult {
        counts = List.copyOf(counts);
    }

    public long deleted(RetentionCategory category) {
        return counts.stream().filter(c -> c.category() == category).mapToLong(RetentionCount::deleted).sum();
    }

    public long totalDeleted() {
        return counts.stream().mapToLong(RetentionCount::deleted).sum();
    }
}
