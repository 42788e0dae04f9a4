package org.smilefactory.core.search;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.smilefactory.core.api.search.SearchGroup;
import org.smilefactory.core.api.search.SearchHit;
import org.smilefactory.core.api.search.SearchKind;
import org.smilefactory.core.api.search.SearchQuery;
import org.smilefactory.core.api.search.SearchResults;
import org.smilefactory.core.api.search.SearchService;
import org.smilefactory.core.common.Actor;
import org.smilefactory.core.common.CoreContext;
import org.smilefactory.core.common.Messages;
import org.smilefactory.core.common.Problems;
import org.smilefactory.core.content.PostVisibility;
import org.smilefactory.core.profiles.LocalProfileService;

/**
 * The local implementation of {@link SearchService}, acting as and authorised for one actor.
 *
 * <p>One round trip: a UNION ALL of one branch per kind, each ranked and cut to the limit inside
 * the database. Every branch carries its kind's visibility rule as SQL, so a hit the member may not
 * see never leaves PostgreSQL. Each branch ranks a row by the better of trigram word similarity of
 * its name/title (typos) and {@code ts_rank} of its stored tsvector (words, by prefix), like the
 * member directory does.
 */
public final class LocalSearchService implements SearchService {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /** Either member of the pair {@code :viewer} / {@code %s} has blocked the other. */
    private static final String BLOCKED = """
            EXISTS (SELECT 1 FROM connections b WHERE b.status = 'blocked'
                      AND ((b.requester_id = :viewer AND b.recipient_id = %1$s)
                        OR (b.recipient_id = :viewer AND b.requester_id = %1$s)))
            """;

    /** How many of the newest matching posts are ranked (see the POST branch). */
    static final int POST_CANDIDATES = 100;
    /** How many titles similar to the text are ranked when the words found too few posts. */
    static final int POST_TITLE_CANDIDATES = 20;

    private final CoreContext context;
    private final Actor actor;

    public LocalSearchService(CoreContext context, Actor actor) {
        this.context = context;
        this.actor = actor;
    }

    @Override
    public SearchResults search(SearchQuery query) {
        actor.requireNotKiosk();
        String text = query == null || query.text() == null ? "" : query.text().strip();
        Problems problems = new Problems();
        if (text.length() < SearchQuery.MIN_LENGTH) {
            problems.add("text", "too-short", Messages.get("search.tooShort", SearchQuery.MIN_LENGTH));
        } else {
            problems.text("text", text, SearchQuery.MAX_LENGTH);
        }
        if (query != null) {
            problems.range("limitPerKind", query.limitPerKind(), 0, SearchQuery.MAX_LIMIT);
        }
        problems.throwIfAny();
        int limit = query.limitPerKind() == 0 ? SearchQuery.DEFAULT_LIMIT : query.limitPerKind();
        Set<SearchKind> kinds = query.kinds().isEmpty() ? EnumSet.allOf(SearchKind.class) : EnumSet.copyOf(query.kinds());
        String tsq = prefixQuery(text);

        String sql = sql(kinds, !tsq.isEmpty());
        List<SearchHit> hits = context.tx().execute(status -> {
            // Plan for these words, not for "some tsquery": how many rows a word matches decides
            // between walking posts newest first and a bitmap scan, and a cached generic plan would
            // pick one for every word. Planning costs a few milliseconds; a wrong plan costs hundreds.
            context.jdbc().sql("SET LOCAL plan_cache_mode = force_custom_plan").update();
            var spec = context.jdbc().sql(sql)
                    .param("viewer", actor.memberId())
                    .param("staff", actor.isStaff())
                    .param("text", text)
                    .param("limit", limit);
            if (!tsq.isEmpty()) {
                spec = spec.param("tsq", tsq);
            }
            return spec.query((rs, n) -> hit(rs)).list();
        });

        Map<SearchKind, List<SearchHit>> byKind = new EnumMap<>(SearchKind.class);
        for (SearchHit h : hits) {
            byKind.computeIfAbsent(h.kind(), k -> new ArrayList<>()).add(h);
        }
        Comparator<SearchHit> best = Comparator.comparingDouble(SearchHit::score).reversed().thenComparing(SearchHit::title,
                Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER));
        List<SearchGroup> groups = byKind.entrySet().stream()
                .map(e -> new SearchGroup(e.getKey(), e.getValue().stream().sorted(best).toList()))
                .sorted(Comparator.comparingDouble((SearchGroup g) -> g.hits().get(0).score()).reversed()
                        .thenComparing(SearchGroup::kind))
                .toList();
        return new SearchResults(text, groups);
    }

    /**
     * The whole search statement for these kinds (params {@code :viewer}, {@code :staff},
     * {@code :text}, {@code :limit} and, with full text, {@code :tsq}). Public only so the benchmark's
     * query-plan tool explains the real SQL.
     */
    public static String sql(Set<SearchKind> kinds, boolean fullText) {
        return kinds.stream().sorted().map(k -> "(" + branch(k, fullText) + ")").collect(Collectors.joining("\nUNION ALL\n"));
    }

    /** Every word as a prefix ("agri" finds "agritech"), all required; at most 8 words. */
    public static String prefixQuery(String text) {
        return WORD.matcher(text.toLowerCase(Locale.ROOT)).results()
                .map(m -> m.group() + ":*").limit(8).collect(Collectors.joining(" & "));
    }

    private static String score(String nameColumn, boolean fullText, String vectorColumn) {
        return "greatest(coalesce(strict_word_similarity(:text, " + nameColumn + "), 0), "
                + (fullText ? "ts_rank(" + vectorColumn + ", to_tsquery('english', :tsq))" : "0") + ")::float8";
    }

    private static String matches(String nameColumn, boolean fullText, String vectorColumn) {
        return "(:text <<% " + nameColumn + (fullText ? " OR " + vectorColumn + " @@ to_tsquery('english', :tsq)" : "") + ")";
    }

    /**
     * One kind's branch, always the same columns: kind, id, title, a, b, c (kind-specific details
     * for the subtitle), score.
     */
    static String branch(SearchKind kind, boolean fullText) {
        switch (kind) {
            case MEMBER:
                // The directory's visibility rule and ranking (LocalProfileService), plus: nobody in a
                // blocked pair finds the other.
                return "SELECT 'MEMBER' AS kind, p.user_id AS id, coalesce(nullif(p.full_name, ''), p.profile_name) AS title,"
                        + " p.headline AS a, p.location AS b, p.profile_type AS c, "
                        + score("p.full_name", fullText, "p.search_vector") + " AS score"
                        + " FROM personal_details p WHERE p.deleted_at IS NULL AND p.deactivated_at IS NULL AND p.invited_at IS NULL AND p.role <> 'kiosk' AND "
                        + LocalProfileService.VISIBLE_TO_VIEWER
                        + " AND NOT " + BLOCKED.formatted("p.user_id")
                        + " AND " + matches("p.full_name", fullText, "p.search_vector")
                        + " ORDER BY score DESC, p.user_id LIMIT :limit";
            case POST:
                // Posts are the one kind that grows without bound: ranking every match of a common
                // word (10,000 of 100,000 posts) costs hundreds of milliseconds. So only the newest
                // POST_CANDIDATES visible matches of the words are ranked, plus, when those are
                // fewer than the limit (a typo, a rare word), the newest titles similar to the text.
                // The author's name and the passage around the match are fetched for the rows that
                // made the limit only. Decision 0009.
                String snippet = fullText
                        ? "ts_headline('english', coalesce(x.content, ''), to_tsquery('english', :tsq),"
                          + " 'StartSel=\"\", StopSel=\"\", MaxWords=24, MinWords=10, ShortWord=2, MaxFragments=1')"
                        : "left(x.content, 200)";
                return "SELECT 'POST' AS kind, x.post_id AS id, coalesce(nullif(x.title, ''), left(x.content, 80)) AS title,"
                        + " " + snippet + " AS a,"
                        + " (SELECT a.full_name FROM personal_details a WHERE a.user_id = x.author_id) AS b,"
                        + " x.post_type AS c, x.score FROM ("
                        + "SELECT DISTINCT ON (score, c.post_id) c.post_id, c.title, c.content, c.post_type, c.author_id, "
                        + score("c.title", fullText, "c.search_vector") + " AS score FROM ("
                        + (fullText
                            ? "WITH words AS MATERIALIZED " + postCandidates("p.search_vector @@ to_tsquery('english', :tsq)",
                                    POST_CANDIDATES)
                              + " SELECT * FROM words UNION ALL "
                              // titles by typo only when the words found too few: a title similar
                              // to a common word is one of thousands, and those posts have the word
                              + "SELECT * FROM " + postCandidates(":text <<% p.title", POST_TITLE_CANDIDATES)
                              + " t WHERE (SELECT count(*) FROM words) < :limit"
                            : postCandidates(":text <<% p.title", POST_TITLE_CANDIDATES))
                        + ") c ORDER BY score DESC, c.post_id LIMIT :limit) x";
            case EVENT:
                // Published events (private ones only to their attendees); drafts and everything
                // else only to the organiser.
                return "SELECT 'EVENT' AS kind, e.id, e.title, to_char(e.start_date_time AT TIME ZONE e.timezone, 'FMDD Mon YYYY, HH24:MI') AS a, e.location AS b,"
                        + " e.timezone AS c, " + score("e.title", fullText, "e.search_vector") + " AS score"
                        + " FROM events e WHERE (e.organizer_id = :viewer OR (e.status = 'published'"
                        + " AND (e.visibility <> 'private' OR EXISTS (SELECT 1 FROM event_attendees ea"
                        + "   WHERE ea.event_id = e.id AND ea.user_id = :viewer AND ea.status <> 'cancelled'))"
                        + " AND NOT " + BLOCKED.formatted("e.organizer_id") + "))"
                        + " AND " + matches("e.title", fullText, "e.search_vector")
                        + " ORDER BY score DESC, e.id LIMIT :limit";
            case GROUP:
                // Private groups are listed (their posts are not: PostVisibility); hidden groups only
                // to their active members and creator.
                return "SELECT 'GROUP' AS kind, g.id, g.name AS title, g.category AS a, g.member_count::text AS b,"
                        + " g.visibility AS c, " + score("g.name", fullText, "g.search_vector") + " AS score"
                        + " FROM groups g WHERE g.status = 'active' AND (g.visibility <> 'hidden' OR g.created_by = :viewer"
                        + " OR EXISTS (SELECT 1 FROM group_memberships m WHERE m.group_id = g.id"
                        + "   AND m.user_id = :viewer AND m.status = 'active'))"
                        + " AND " + matches("g.name", fullText, "g.search_vector")
                        + " ORDER BY score DESC, g.id LIMIT :limit";
            case LISTING:
                return "SELECT 'LISTING' AS kind, l.id, l.title, l.category AS a, l.location AS b,"
                        + " CASE WHEN l.price IS NULL THEN NULL ELSE l.currency || ' ' || l.price::text END AS c, "
                        + score("l.title", fullText, "l.search_vector") + " AS score"
                        + " FROM marketplace_listings l WHERE (l.seller_id = :viewer OR (l.status = 'active'"
                        + " AND (l.expires_at IS NULL OR l.expires_at > now())"
                        + " AND NOT " + BLOCKED.formatted("l.seller_id") + "))"
                        + " AND " + matches("l.title", fullText, "l.search_vector")
                        + " ORDER BY score DESC, l.id LIMIT :limit";
            default:
                throw new IllegalArgumentException(kind.name());
        }
    }

    /**
     * The newest visible posts meeting one condition, at most {@code n}: for a common word the
     * planner walks the published-order index and stops early; for a rare one it takes a bitmap of
     * the few matching rows and sorts them.
     */
    private static String postCandidates(String condition, int n) {
        return "(SELECT p.post_id, p.title, p.content, p.post_type, p.author_id, p.search_vector"
                + " FROM posts p WHERE " + condition + " AND " + PostVisibility.VISIBLE_TO_VIEWER
                + " ORDER BY p.published_at DESC, p.post_id LIMIT " + n + ")";
    }

    private static SearchHit hit(ResultSet rs) throws SQLException {
        SearchKind kind = SearchKind.valueOf(rs.getString("kind"));
        String a = rs.getString("a");
        String b = rs.getString("b");
        String c = rs.getString("c");
        String subtitle;
        switch (kind) {
            case MEMBER:
                subtitle = join(a, b);
                break;
            case POST:
                subtitle = join(a == null ? null : a.strip(), b == null ? null : Messages.get("search.byAuthor", b));
                break;
            case EVENT:
                subtitle = join(a,
                        b == null ? Messages.get("search.online") : b);
                break;
            case GROUP:
                subtitle = join(a, Messages.get("search.members", b), "hidden".equals(c) || "private".equals(c)
                        ? Messages.get("search.group." + c) : null);
                break;
            case LISTING:
                subtitle = join(a, c, b);
                break;
            default:
                subtitle = null;
        }
        return new SearchHit(kind, rs.getObject("id", UUID.class), rs.getString("title"), subtitle, rs.getDouble("score"));
    }

    private static String join(String... parts) {
        String s = java.util.Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).collect(Collectors.joining(" · "));
        return s.isEmpty() ? null : s;
    }
}
