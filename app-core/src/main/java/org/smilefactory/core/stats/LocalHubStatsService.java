package org.smilefactory.core.stats;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.smilefactory.core.accounts.Authenticator;
import org.smilefactory.core.api.profiles.ProfileCompletion;
import org.smilefactory.core.api.stats.CountByKey;
import org.smilefactory.core.api.stats.EventAttendance;
import org.smilefactory.core.api.stats.HubStats;
import org.smilefactory.core.api.stats.HubStatsService;
import org.smilefactory.core.api.stats.WeeklyCount;
import org.smilefactory.core.common.Actor;
import org.smilefactory.core.common.CoreContext;
import org.smilefactory.core.common.Problems;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The local implementation of {@link HubStatsService}: every number is one aggregate query, so the
 * dashboard costs a handful of index or sequential scans however large the hub is (measured in
 * {@code GroupsDashboardBenchmark}). Weeks are Monday-based in the hub's time zone.
 */
public final class LocalHubStatsService implements HubStatsService {

    /** Who counts as a member: not kiosk accounts, not erased members. */
    private static final String MEMBER = "p.deleted_at IS NULL AND p.role <> 'kiosk'";

    private final CoreContext context;
    private final Actor actor;
    private final JdbcClient jdbc;

    public LocalHubStatsService(CoreContext context, Actor actor) {
        this.context = context;
        this.actor = actor;
        this.jdbc = context.jdbc();
    }

    @Override
    public HubStats load(int weeks, int events) {
        actor.requireStaff();
        new Problems().range("weeks", weeks, 1, HubStats.MAX_WEEKS).range("events", events, 1, HubStats.MAX_EVENTS)
                .throwIfAny();
        Instant now = context.clock().instant();
        String zone = timeZone();
        // one read-only transaction: every chart shows the same moment
        return context.tx().execute(status -> {
            // one scan of the member table gives both breakdowns
            List<Object[]> typeAndState = jdbc.sql("""
                            SELECT coalesce(p.profile_type, 'none') AS t,
                                   CASE WHEN p.profile_type IS NULL THEN 'NEW'
                                        WHEN p.profile_completion >= :complete THEN 'COMPLETE'
                                        ELSE 'INCOMPLETE' END AS s, count(*) AS n
                            FROM personal_details p WHERE %s
                            GROUP BY 1, 2
                            """.formatted(MEMBER))
                    .param("complete", ProfileCompletion.COMPLETE_AT)
                    .query((rs, n) -> new Object[] {rs.getString("t"), rs.getString("s"), rs.getLong("n")}).list();
            List<CountByKey> byType = sum(typeAndState, 0, List.of());
            List<CountByKey> byState = sum(typeAndState, 1, List.of("NEW", "INCOMPLETE", "COMPLETE"));
            long total = byType.stream().mapToLong(CountByKey::count).sum();
            List<WeeklyCount> signUps = weekly("personal_details p", "p.created_at", MEMBER, weeks, zone, now);
            List<WeeklyCount> posts = weekly("posts x", "coalesce(x.published_at, x.created_at)",
                    "x.status = 'published' AND x.moderation_state <> 'removed'", weeks, zone, now);
            List<EventAttendance> attendance = jdbc.sql("""
                            SELECT e.id, e.title, e.start_date_time,
                                   (SELECT count(*) FROM event_attendees a WHERE a.event_id = e.id AND a.status = 'confirmed') AS registered,
                                   (SELECT count(*) FROM event_attendees a WHERE a.event_id = e.id AND a.check_in_time IS NOT NULL) AS checked_in
                            FROM events e
                            WHERE e.status IN ('published', 'completed') AND e.start_date_time <= :now
                            ORDER BY e.start_date_time DESC, e.id
                            LIMIT :limit
                            """)
                    .param("now", Timestamp.from(now)).param("limit", events)
                    .query((rs, n) -> new EventAttendance(rs.getObject("id", UUID.class), rs.getString("title"),
                            rs.getTimestamp("start_date_time").toInstant(), rs.getLong("registered"), rs.getLong("checked_in")))
                    .list();
            List<CountByKey> listings = jdbc.sql("""
                            SELECT l.category AS k, count(*) AS n FROM marketplace_listings l
                            WHERE l.status = 'active' AND (l.expires_at IS NULL OR l.expires_at > :now)
                            GROUP BY 1 ORDER BY 2 DESC, 1
                            """)
                    .param("now", Timestamp.from(now))
                    .query((rs, n) -> new CountByKey(rs.getString("k"), rs.getLong("n"))).list();
            return new HubStats(total, byType, byState, signUps, posts, oldestFirst(attendance), listings, now);
        });
    }

    /** Totals per key of column {@code column}; most first, or in {@code order} when given. */
    private static List<CountByKey> sum(List<Object[]> rows, int column, List<String> order) {
        java.util.Map<String, Long> totals = new java.util.HashMap<>();
        for (Object[] row : rows) {
            totals.merge((String) row[column], (Long) row[2], Long::sum);
        }
        java.util.Comparator<CountByKey> sorting = order.isEmpty()
                ? java.util.Comparator.comparingLong(CountByKey::count).reversed().thenComparing(CountByKey::key)
                : java.util.Comparator.comparingInt(c -> order.indexOf(c.key()));
        return totals.entrySet().stream().map(e -> new CountByKey(e.getKey(), e.getValue())).sorted(sorting).toList();
    }

    private static List<EventAttendance> oldestFirst(List<EventAttendance> newestFirst) {
        List<EventAttendance> copy = new java.util.ArrayList<>(newestFirst);
        java.util.Collections.reverse(copy);
        return List.copyOf(copy);
    }

    /** Counts per week for the last {@code weeks} weeks, zeros included, oldest first. */
    private List<WeeklyCount> weekly(String from, String at, String where, int weeks, String zone, Instant now) {
        return jdbc.sql("""
                        WITH bounds AS (
                            SELECT date_trunc('week', CAST(:now AS timestamptz) AT TIME ZONE :zone) AS this_week),
                        series AS (
                            SELECT generate_series(this_week - make_interval(weeks => :weeks - 1), this_week, interval '1 week') AS week
                            FROM bounds),
                        counts AS (
                            SELECT date_trunc('week', %2$s AT TIME ZONE :zone) AS week, count(*) AS n
                            FROM %1$s
                            WHERE %3$s AND %2$s >= (SELECT (this_week - make_interval(weeks => :weeks - 1)) AT TIME ZONE :zone FROM bounds)
                            GROUP BY 1)
                        SELECT CAST(s.week AS date) AS week, coalesce(c.n, 0) AS n
                        FROM series s LEFT JOIN counts c ON c.week = s.week ORDER BY s.week
                        """.formatted(from, at, where))
                .param("now", Timestamp.from(now)).param("zone", zone).param("weeks", weeks)
                .query((rs, n) -> new WeeklyCount(rs.getDate("week").toLocalDate(), rs.getLong("n"))).list();
    }

    private String timeZone() {
        return jdbc.sql("SELECT setting_value FROM hub_settings WHERE setting_key = ?")
                .param(Authenticator.SETTING_TIME_ZONE).query(String.class).optional().orElse("Africa/Harare");
    }
}
