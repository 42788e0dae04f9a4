package org.smilefactory.core.api.admin;

import java.time.Instant;

/**
 * What one retention run did to one category.
 *
 * @param days    the period applied (0: kept forever, nothing deleted)
 * @param cutoff  rows older than this were deleted; null when kept forever
 * @param deleted how many rows were deleted
 */
public record RetentionCount(RetentionCategory category, int days, Instant cutoff, long deleted) {
}
