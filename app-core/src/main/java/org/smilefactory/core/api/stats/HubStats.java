package org.smilefactory.core.api.stats;

import java.time.Instant;
import java.util.List;

/**
 * The hub's numbers for the staff dashboard. Members exclude kiosk accounts and erased members.
 * {@code membersByType} uses the profile type's database name ({@code innovator}, ...) with
 * {@code none} for members who have not chosen one; {@code membersByState} uses {@code NEW},
 * {@code INCOMPLETE} and {@code COMPLETE}. Weekly series have one entry per week, zeros included,
 * oldest first.
 */
public record HubStats(
        long totalMembers,
        List<CountByKey> membersByType,
        List<CountByKey> membersByState,
        List<WeeklyCount> signUpsPerWeek,
        List<WeeklyCount> postsPerWeek,
        List<EventAttendance> recentEvents,
        List<CountByKey> activeListingsByCategory,
        Instant computedAt) {

    public static final int MAX_WEEKS = 104;
    public static final int MAX_EVENTS = 50;
}
