package org.smilefactory.core.api.stats;

import java.time.LocalDate;

/** A count for the week starting on {@code weekStart} (a Monday, in the hub's time zone). */
public record WeeklyCount(LocalDate weekStart, long count) {
}
