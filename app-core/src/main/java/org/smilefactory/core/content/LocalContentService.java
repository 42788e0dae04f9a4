package org.smilefactory.core.content;

import org.smilefactory.core.common.Paging;
import org.smilefactory.core.common.SqlValues;
import static org.smilefactory.core.common.SqlValues.db;
import static org.smilefactory.core.common.SqlValues.en;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.smilefactory.core.api.ConflictException;
import org.smilefactory.core.api.NotFoundException;
import org.smilefactory.core.api.PermissionDeniedException;
import org.smilefactory.core.api.ValidationException;
import org.smilefactory.core.api.Violation;
import org.smilefactory.core.api.content.Comment;
import org.smilefactory.core.api.content.ContentService;
import org.smilefactory.core.api.content.FeedOrder;
import org.smilefactory.core.api.content.FeedQuery;
import org.smilefactory.core.api.content.MediaContent;
import org.smilefactory.core.api.content.MediaRef;
import org.smilefactory.core.api.content.Post;
import org.smilefactory.core.api.content.PostAudience;
import org.smilefactory.core.api.content.PostInput;
import org.smilefactory.core.api.content.PostPage;
import org.smilefactory.core.api.content.PostStatus;
import org.smilefactory.core.api.content.PostType;
import org.smilefactory.core.api.profiles.ProfileType;
import org.smilefactory.core.audit.AuditLog;
import org.smilefactory.core.common.Actor;
import org.smilefactory.core.common.CoreContext;
import org.smilefactory.core.common.Ids;
import org.smilefactory.core.common.Messages;
import org.smilefactory.core.common.Problems;
import org.smilefactory.core.notifications.Notifier;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The local implementation of {@link ContentService}, acting as and authorised for one actor. */
public final class LocalContentService implements ContentService {

    /**
     * "For you" boosts, in hours of freshness: a post by a connection ranks as if published 36 hours
     * later, each tag it shares with the viewer's focus tags (at most 3) as if 12 hours later.
     */
    static final int CONNECTION_BOOST_HOURS = 36;
    static final int TAG_BOOST_HOURS = 12;
    static final int MAX_BOOSTED_TAGS = 3;
    static final int MAX_BOOST_HOURS = CONNECTION_BOOST_HOURS + TAG_BOOST_HOURS * MAX_BOOSTED_TAGS;
    private static final int MAX_COMMENTS = 2000;
    /** A narrowed feed query checks visibility for this many candidates per row of the page. */
    private static final int TAG_CANDIDATES_PER_ROW = 4;

    private static final String POST_COLUMNS = """
            p.post_id, p.version, p.author_id, a.full_name AS author_name, a.profile_type AS author_type,
            p.post_type, p.title, p.content, p.category, p.tags, p.visibility, p.group_id, p.status,
            p.featured_image_url, p.media_urls, p.like_count, p.comment_count, p.share_count, p.view_count,
            p.bookmark_count,
            EXISTS (SELECT 1 FROM post_likes l WHERE l.post_id = p.post_id AND l.user_id = :viewer) AS liked,
            EXISTS (SELECT 1 FROM post_bookmarks b WHERE b.post_id = p.post_id AND b.user_id = :viewer) AS bookmarked,
            p.created_at, p.updated_at, p.published_at
            """;

    private final CoreContext ctx;
    private final Actor actor;
    private final JdbcClient jdbc;
    private final MediaStore media;

    public LocalContentService(CoreContext context, Actor actor) {
        this.ctx = context;
        this.actor = actor;
        this.jdbc = context.jdbc();
        this.media = MediaStore.of(context.files());
    }

    // -----------------------------------------------------------------------------------------
    // posts
    // -----------------------------------------------------------------------------------------

    @Override
    public Post createPost(PostInput input, boolean publish) {
        actor.requireNotKiosk();
        List<String> tags = PostValidator.validate(input, publish, filesAllowed());
        UUID author = actor.memberId();
        checkReferences(input, List.of());
        UUID id = Ids.next();
        PostAudience audience = input.audience() == null ? PostAudience.PUBLIC : input.audience();
        withStoredMedia(input, stored -> {
            ctx.tx().executeWithoutResult(status -> {
                stored.insertRows();
                jdbc.sql("""
                        INSERT INTO posts (post_id, author_id, title, content, post_type, category, tags, visibility,
                                           status, featured_image_url, media_urls, group_id, created_at, updated_at,
                                           published_at)
                        VALUES (:id, :author, :title, :body, :type, :category, :tags, :visibility, :status,
                                :featured, :media, :group, now(), now(), CASE WHEN :publish THEN now() END)
                        """)
                        .param("id", id).param("author", author)
                        .param("title", trim(input.title())).param("body", trim(input.body()))
                        .param("type", db(input.type())).param("category", trim(input.category()))
                        .param("tags", tags.toArray(String[]::new)).param("visibility", db(audience))
                        .param("status", publish ? "published" : "draft")
                        .param("featured", stored.featured()).param("media", stored.attachments().toArray(String[]::new))
                        .param("group", input.groupId()).param("publish", publish)
                        .update();
                if (publish) {
                    notifyMentions(id, input.title(), input.body(), Set.of());
                }
            });
            return null;
        });
        return post(id);
    }

    @Override
    public Post editPost(UUID postId, long expectedVersion, PostInput input) {
        actor.requireNotKiosk();
        Raw current = requireAuthor(postId);
        List<String> tags = PostValidator.validate(input, current.status() != PostStatus.DRAFT, filesAllowed());
        List<String> existing = new ArrayList<>(current.media());
        checkReferences(input, existing);
        PostAudience audience = input.audience() == null ? PostAudience.PUBLIC : input.audience();
        withStoredMedia(input, stored -> {
            ctx.tx().executeWithoutResult(status -> {
                stored.insertRows();
                int updated = jdbc.sql("""
                        UPDATE posts SET title = :title, content = :body, post_type = :type, category = :category,
                               tags = :tags, visibility = :visibility, featured_image_url = :featured,
                               media_urls = :media, group_id = :group, version = version + 1, updated_at = now()
                        WHERE post_id = :id AND version = :version
                        """)
                        .param("title", trim(input.title())).param("body", trim(input.body()))
                        .param("type", db(input.type())).param("category", trim(input.category()))
                        .param("tags", tags.toArray(String[]::new)).param("visibility", db(audience))
                        .param("featured", stored.featured()).param("media", stored.attachments().toArray(String[]::new))
                        .param("group", input.groupId()).param("id", postId).param("version", expectedVersion)
                        .update();
                if (updated == 0) {
                    throw new ConflictException(Messages.get("content.staleVersion"));
                }
            });
            return null;
        });
        return post(postId);
    }

    @Override
    public Post publishPost(UUID postId, long expectedVersion) {
        actor.requireNotKiosk();
        Raw current = requireAuthor(postId);
        if (current.body() == null || current.body().isBlank()) {
            throw new ValidationException(List.of(new Violation("body", "required", Messages.get("content.bodyToPublish"))));
        }
        ctx.tx().executeWithoutResult(status -> {
            int updated = jdbc.sql("""
                    UPDATE posts SET status = 'published', published_at = coalesce(published_at, now()),
                           version = version + 1, updated_at = now()
                    WHERE post_id = :id AND version = :version
                    """).param("id", postId).param("version", expectedVersion).update();
            if (updated == 0) {
                throw new ConflictException(Messages.get("content.staleVersion"));
            }
            if (current.publishedAt() == null) {
                notifyMentions(postId, current.title(), current.body(), Set.of());
            }
        });
        return post(postId);
    }

    @Override
    public Post archivePost(UUID postId, long expectedVersion) {
        actor.requireNotKiosk();
        Raw current = raw(postId);
        boolean mine = current != null && actor.is(current.authorId());
        if (current == null || (!mine && !actor.isStaff() && !canRead(postId))) {
            throw notFound();
        }
        if (!mine && !actor.isStaff()) {
            throw new PermissionDeniedException(Messages.get("content.notYours"));
        }
        ctx.tx().executeWithoutResult(status -> {
            int updated = jdbc.sql("""
                    UPDATE posts SET status = 'archived', version = version + 1, updated_at = now()
                    WHERE post_id = :id AND version = :version
                    """).param("id", postId).param("version", expectedVersion).update();
            if (updated == 0) {
                throw new ConflictException(Messages.get("content.staleVersion"));
            }
            if (!mine) {
                AuditLog.record(jdbc, actor.memberId(), "post.archive", "post", postId,
                        Map.of("status", db(current.status())), Map.of("status", "archived"));
            }
        });
        // staff may archive a post they cannot read; they get the archived post back all the same
        return loadMany(List.of(postId)).stream().findFirst().orElseThrow(this::notFound);
    }

    @Override
    public Post post(UUID postId) {
        actor.requireNotKiosk();
        if (postId == null || !canRead(postId)) {
            throw notFound();
        }
        return loadMany(List.of(postId)).stream().findFirst().orElseThrow(this::notFound);
    }

    // -----------------------------------------------------------------------------------------
    // feed
    // -----------------------------------------------------------------------------------------

    @Override
    public PostPage feed(FeedQuery query) {
        actor.requireNotKiosk();
        FeedQuery q = query == null ? FeedQuery.latest() : query;
        int limit = Paging.limit(q.limit(), FeedQuery.DEFAULT_LIMIT, FeedQuery.MAX_LIMIT);
        FeedSql feed = feedSql(jdbc, q, actor.memberId(), true);
        List<KeyedPost> rows = feedRows(feed);
        if (feed.narrowed() && rows.size() <= limit) {
            feed = feedSql(jdbc, q, actor.memberId(), false);
            rows = feedRows(feed);
        }
        boolean forYou = feed.forYou();
        String next = null;
        if (rows.size() > limit) {
            Key last = rows.get(limit - 1).key();
            next = forYou ? Cursor.encode("f", Double.toString(last.score()), last.id())
                    : Cursor.encode("l", last.time().toString(), last.id());
            rows = rows.subList(0, limit);
        }
        return new PostPage(rows.stream().map(KeyedPost::post).toList(), next);
    }

    /**
     * The page's keys and their posts in one round trip (the feed is the server's busiest read): the
     * key query runs first as its own fenced step, exactly as planned alone, then the posts are joined.
     */
    private List<KeyedPost> feedRows(FeedSql feed) {
        String sortKey = feed.forYou() ? "score" : "published_at";
        var spec = jdbc.sql("WITH k AS MATERIALIZED (" + feed.sql() + ")\nSELECT k.post_id AS k_id, k." + sortKey
                + " AS k_sort, " + POST_COLUMNS + " FROM k JOIN posts p ON p.post_id = k.post_id"
                + " JOIN personal_details a ON a.user_id = p.author_id ORDER BY k." + sortKey + " DESC, k.post_id");
        for (Map.Entry<String, Object> param : feed.params().entrySet()) {
            spec = spec.param(param.getKey(), param.getValue());
        }
        boolean forYou = feed.forYou();
        return spec.query((rs, n) -> new KeyedPost(forYou
                ? new Key(rs.getObject("k_id", UUID.class), null, rs.getDouble("k_sort"))
                : new Key(rs.getObject("k_id", UUID.class), rs.getTimestamp("k_sort").toInstant(), 0), post(rs))).list();
    }

    private record KeyedPost(Key key, Post post) {
    }

    /** The SQL of one feed page (ids and sort keys, one row more than the page) and its named parameters. */
    public record FeedSql(String sql, Map<String, Object> params, boolean forYou, boolean narrowed) {
    }

    /**
     * Builds the page query; for "for you" it first finds the window of publication times the page
     * can come from (see below), so only a few days of posts are ranked, not all of them. Public
     * only so the feed benchmark can EXPLAIN ANALYZE the real query.
     */
    public static FeedSql feedSql(JdbcClient jdbc, FeedQuery q, UUID viewer, boolean narrow) {
        int limit = Paging.limit(q.limit(), FeedQuery.DEFAULT_LIMIT, FeedQuery.MAX_LIMIT);
        boolean forYou = q.order() == FeedOrder.FOR_YOU;
        Cursor cursor = Cursor.decode(q.cursor(), forYou ? "f" : "l");
        String tag = q.tag() == null || q.tag().isBlank() ? null : q.tag().trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        if (tag != null && tag.length() > PostInput.MAX_TAG) {
            throw new ValidationException(List.of(new Violation("tag", "too-long", Messages.get("validation.tooLong", PostInput.MAX_TAG))));
        }
        List<String> types = q.types() == null ? List.of() : q.types().stream().map(SqlValues::db).sorted().toList();
        List<String> authorTypes = q.authorTypes() == null ? List.of()
                : q.authorTypes().stream().map(SqlValues::db).sorted().toList();
        Map<String, Object> params = new HashMap<>();
        params.put("viewer", viewer);
        // Row counts are written into the SQL, not bound: with "LIMIT $n" PostgreSQL cannot cost a
        // generic plan and re-plans the statement on every execution, which cost more CPU than running
        // it (docs/decisions/0014). They are ints computed here, never text from the request.
        int pageRows = limit + 1;
        int candidates = (limit + 1) * TAG_CANDIDATES_PER_ROW;

        StringBuilder where = new StringBuilder("p.status = 'published' AND p.published_at IS NOT NULL");
        if (!types.isEmpty()) {
            where.append(" AND p.post_type = ANY(:types)");
            params.put("types", types.toArray(String[]::new));
        }
        if (!authorTypes.isEmpty()) {
            where.append(" AND EXISTS (SELECT 1 FROM personal_details au WHERE au.user_id = p.author_id AND au.profile_type = ANY(:authorTypes))");
            params.put("authorTypes", authorTypes.toArray(String[]::new));
        }
        if (tag != null) {
            where.append(" AND p.tags @> ARRAY[CAST(:tag AS text)]");
            params.put("tag", tag);
        }
        if (q.from() != null) {
            where.append(" AND p.published_at >= :from");
            params.put("from", Timestamp.from(q.from()));
        }
        if (q.to() != null) {
            where.append(" AND p.published_at < :to");
            params.put("to", Timestamp.from(q.to()));
        }
        StringBuilder cheap = new StringBuilder(where);
        where.append(" AND ").append(PostVisibility.VISIBLE_TO_VIEWER);

        String sql;
        if (forYou) {
            // score = hours since the epoch + boost, 0 <= boost <= MAX_BOOST_HOURS. The page after score c
            // holds the best `limit + 1` posts with score < c. Every post published before c - MAX_BOOST
            // scores below c, so if T is the (limit + 1)-th newest of those, the page's worst score is at
            // least T, and no post published before T - MAX_BOOST can be on it. Posts published after c
            // score above c. So only [T - MAX_BOOST, c] needs ranking: a few days, whatever the hub's size.
            Double c = cursor == null ? null : cursor.score();
            Map<String, Object> boundParams = new HashMap<>(params);
            if (c != null) {
                boundParams.put("cut", hoursToTimestamp(c - MAX_BOOST_HOURS, -1));
            }
            var bound = jdbc.sql("SELECT p.published_at FROM posts p WHERE " + where
                    + (c == null ? "" : " AND p.published_at < :cut")
                    + " ORDER BY p.published_at DESC, p.post_id OFFSET " + limit + " LIMIT 1");
            for (Map.Entry<String, Object> param : boundParams.entrySet()) {
                bound = bound.param(param.getKey(), param.getValue());
            }
            Timestamp oldest = bound.query(Timestamp.class).optional().orElse(null);
            if (oldest != null) {
                cheap.append(" AND p.published_at >= :lower");
                params.put("lower", Timestamp.from(oldest.toInstant().minus(Duration.ofHours(MAX_BOOST_HOURS)).minusSeconds(1)));
            }
            if (c != null) {
                cheap.append(" AND p.published_at <= :upper");
                params.put("upper", hoursToTimestamp(c, 1));
            }
            sql = """
                    WITH me AS MATERIALIZED (
                        SELECT coalesce((SELECT array_agg(lower(t)) FROM unnest(d.focus_tags) t), '{}') AS tags
                        FROM personal_details d WHERE d.user_id = :viewer),
                    conn AS MATERIALIZED (
                        SELECT CASE WHEN c.requester_id = :viewer THEN c.recipient_id ELSE c.requester_id END AS id
                        FROM connections c WHERE c.status = 'accepted' AND (c.requester_id = :viewer OR c.recipient_id = :viewer)),
                    ranked AS MATERIALIZED (
                        SELECT post_id, score FROM (
                            SELECT p.post_id, (extract(epoch FROM p.published_at) / 3600.0
                                + CASE WHEN p.author_id IN (SELECT id FROM conn) THEN %d ELSE 0 END
                                + CASE WHEN p.tags && me.tags THEN %d * least(%d,
                                    (SELECT count(*) FROM unnest(p.tags) t WHERE t = ANY(me.tags))) ELSE 0 END)::float8 AS score
                            FROM posts p CROSS JOIN me
                            WHERE %s) scored
                        %s
                        ORDER BY score DESC, post_id %s)
                    SELECT r.post_id, r.score FROM ranked r JOIN posts p ON p.post_id = r.post_id
                    WHERE %s
                    ORDER BY r.score DESC, r.post_id LIMIT %d
                    """.formatted(CONNECTION_BOOST_HOURS, TAG_BOOST_HOURS, MAX_BOOSTED_TAGS, cheap,
                    cursor == null ? "" : "WHERE score < :cscore OR (score = :cscore AND post_id > :cid)",
                    // ranking is cheap; visibility is not: check it only for the best few, unless too few pass
                    narrow ? "LIMIT " + candidates : "", PostVisibility.VISIBLE_TO_VIEWER, pageRows);
        } else {
            String after = " AND (%1$s.published_at < :ctime OR (%1$s.published_at = :ctime AND %1$s.post_id > :cid))";
            if (cursor != null) {
                where.append(after.formatted("p"));
            }
            if (tag != null && narrow) {
                // With a tag, PostgreSQL's generic plan takes every post with the tag from the GIN index and
                // checks each one's visibility before sorting (a common tag: thousands of checks). The newest
                // few dozen with the tag are found first, without visibility; the caller repeats the query
                // without this shortcut when too few of them are visible to fill the page.
                where.append(" AND p.post_id IN (SELECT c.post_id FROM posts c WHERE c.status = 'published'"
                        + " AND c.published_at IS NOT NULL AND c.tags @> ARRAY[CAST(:tag AS text)]"
                        + (cursor == null ? "" : after.formatted("c"))
                        + " ORDER BY c.published_at DESC, c.post_id LIMIT " + candidates + ")");
            }
            sql = "SELECT p.post_id, p.published_at FROM posts p WHERE " + where
                    + " ORDER BY p.published_at DESC, p.post_id LIMIT " + pageRows;
        }
        if (cursor != null) {
            params.put("cid", cursor.id());
            if (forYou) {
                params.put("cscore", cursor.score());
            } else {
                params.put("ctime", Timestamp.from(cursor.time()));
            }
        }
        return new FeedSql(sql, params, forYou, narrow && (forYou || tag != null));
    }

    @Override
    public PostPage myPosts(PostStatus status, String cursor, int limit) {
        actor.requireNotKiosk();
        int n = Paging.limit(limit, FeedQuery.DEFAULT_LIMIT, FeedQuery.MAX_LIMIT);
        Cursor c = Cursor.decode(cursor, "m");
        var spec = jdbc.sql("SELECT p.post_id, p.updated_at FROM posts p WHERE p.author_id = :viewer"
                        + (status == null ? "" : " AND p.status = :status")
                        + (c == null ? "" : " AND (p.updated_at < :ctime OR (p.updated_at = :ctime AND p.post_id > :cid))")
                        + " ORDER BY p.updated_at DESC, p.post_id LIMIT :limit")
                .param("viewer", actor.memberId()).param("limit", n + 1);
        if (status != null) {
            spec = spec.param("status", db(status));
        }
        if (c != null) {
            spec = spec.param("ctime", Timestamp.from(c.time())).param("cid", c.id());
        }
        List<Key> keys = spec.query((rs, i) -> new Key(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant(), 0)).list();
        return page(keys, n, k -> Cursor.encode("m", k.time().toString(), k.id()));
    }

    @Override
    public PostPage bookmarks(String cursor, int limit) {
        actor.requireNotKiosk();
        int n = Paging.limit(limit, FeedQuery.DEFAULT_LIMIT, FeedQuery.MAX_LIMIT);
        Cursor c = Cursor.decode(cursor, "b");
        var spec = jdbc.sql("SELECT p.post_id, bm.created_at FROM post_bookmarks bm JOIN posts p ON p.post_id = bm.post_id"
                        + " WHERE bm.user_id = :viewer AND " + PostVisibility.VISIBLE_TO_VIEWER
                        + (c == null ? "" : " AND (bm.created_at < :ctime OR (bm.created_at = :ctime AND p.post_id > :cid))")
                        + " ORDER BY bm.created_at DESC, p.post_id LIMIT :limit")
                .param("viewer", actor.memberId()).param("limit", n + 1);
        if (c != null) {
            spec = spec.param("ctime", Timestamp.from(c.time())).param("cid", c.id());
        }
        List<Key> keys = spec.query((rs, i) -> new Key(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant(), 0)).list();
        return page(keys, n, k -> Cursor.encode("b", k.time().toString(), k.id()));
    }

    /** An instant for a score in hours, rounded one second outwards (direction -1 or 1): only used as a bound. */
    private static Timestamp hoursToTimestamp(double hours, int direction) {
        return Timestamp.from(Instant.ofEpochMilli((long) Math.floor(hours * 3_600_000d)).plusSeconds(direction));
    }

    private PostPage page(List<Key> keys, int limit, Function<Key, String> cursorOf) {
        String next = null;
        if (keys.size() > limit) {
            next = cursorOf.apply(keys.get(limit - 1));
            keys = keys.subList(0, limit);
        }
        return new PostPage(loadMany(keys.stream().map(Key::id).toList()), next);
    }

    private record Key(UUID id, Instant time, double score) {
    }

    // -----------------------------------------------------------------------------------------
    // views, likes, shares, bookmarks
    // -----------------------------------------------------------------------------------------

    @Override
    public void recordView(UUID postId) {
        actor.requireNotKiosk();
        // a plain counter: neither version nor updated_at change, so a view never makes an edit stale
        int updated = jdbc.sql("UPDATE posts p SET view_count = view_count + 1 WHERE p.post_id = :id AND "
                        + PostVisibility.VISIBLE_TO_VIEWER)
                .param("id", postId).param("viewer", actor.memberId()).update();
        if (updated == 0) {
            throw notFound();
        }
    }

    @Override
    public Post likePost(UUID postId) {
        actor.requireNotKiosk();
        requireReadable(postId);
        int inserted = jdbc.sql("INSERT INTO post_likes (post_id, user_id, created_at) VALUES (?, ?, now()) ON CONFLICT DO NOTHING")
                .params(postId, actor.memberId()).update();
        if (inserted == 0) {
            throw new ConflictException(Messages.get("content.alreadyLiked"));
        }
        return post(postId);
    }

    @Override
    public Post unlikePost(UUID postId) {
        actor.requireNotKiosk();
        requireReadable(postId);
        int deleted = jdbc.sql("DELETE FROM post_likes WHERE post_id = ? AND user_id = ?").params(postId, actor.memberId()).update();
        if (deleted == 0) {
            throw new ConflictException(Messages.get("content.notLiked"));
        }
        return post(postId);
    }

    @Override
    public Post sharePost(UUID postId) {
        actor.requireNotKiosk();
        requirePublishedAndReadable(postId);
        jdbc.sql("INSERT INTO post_shares (id, post_id, user_id, created_at) VALUES (?, ?, ?, now())")
                .params(Ids.next(), postId, actor.memberId()).update();
        return post(postId);
    }

    @Override
    public Post bookmark(UUID postId) {
        actor.requireNotKiosk();
        requireReadable(postId);
        int inserted = jdbc.sql("INSERT INTO post_bookmarks (post_id, user_id, created_at) VALUES (?, ?, now()) ON CONFLICT DO NOTHING")
                .params(postId, actor.memberId()).update();
        if (inserted == 0) {
            throw new ConflictException(Messages.get("content.alreadyBookmarked"));
        }
        return post(postId);
    }

    @Override
    public Post unbookmark(UUID postId) {
        actor.requireNotKiosk();
        requireReadable(postId);
        int deleted = jdbc.sql("DELETE FROM post_bookmarks WHERE post_id = ? AND user_id = ?").params(postId, actor.memberId()).update();
        if (deleted == 0) {
            throw new ConflictException(Messages.get("content.notBookmarked"));
        }
        return post(postId);
    }

    // -----------------------------------------------------------------------------------------
    // comments
    // -----------------------------------------------------------------------------------------

    @Override
    public Comment comment(UUID postId, UUID parentCommentId, String body) {
        actor.requireNotKiosk();
        Problems problems = new Problems();
        problems.requiredText("body", body, Comment.MAX_BODY);
        problems.throwIfAny();
        Raw post = requirePublishedAndReadable(postId);
        UUID parentAuthor = null;
        if (parentCommentId != null) {
            parentAuthor = jdbc.sql("SELECT author_id FROM comments WHERE comment_id = ? AND post_id = ? AND moderation_state = 'visible'")
                    .params(parentCommentId, postId).query(UUID.class).optional()
                    .orElseThrow(() -> new NotFoundException(Messages.get("content.commentNotFound")));
        }
        UUID id = Ids.next();
        UUID replyTo = parentAuthor;
        String text = body.trim();
        ctx.tx().executeWithoutResult(status -> {
            jdbc.sql("""
                    INSERT INTO comments (comment_id, post_id, author_id, parent_comment_id, content, created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, clock_timestamp(), clock_timestamp())
                    """).params(id, postId, actor.memberId(), parentCommentId, text).update();
            String who = myName();
            Set<UUID> told = new LinkedHashSet<>();
            told.add(actor.memberId());
            if (replyTo != null && told.add(replyTo)) {
                Notifier.notify(jdbc, replyTo, "reply", actor.memberId(), "comment", id,
                        Messages.get("content.notify.reply", who), snippet(text));
            }
            if (told.add(post.authorId())) {
                Notifier.notify(jdbc, post.authorId(), "comment", actor.memberId(), "post", postId,
                        Messages.get("content.notify.comment", who, titleOf(post)), snippet(text));
            }
            for (UUID mentioned : mentioned(text, postId)) {
                if (told.add(mentioned)) {
                    Notifier.notify(jdbc, mentioned, "mention", actor.memberId(), "comment", id,
                            Messages.get("content.notify.mentionComment", who), snippet(text));
                }
            }
        });
        return comments(postId).stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    @Override
    public List<Comment> comments(UUID postId) {
        actor.requireNotKiosk();
        requireReadable(postId);
        return jdbc.sql("""
                WITH RECURSIVE thread AS (
                    SELECT c.comment_id, c.post_id, c.parent_comment_id, c.author_id, c.content, c.like_count, c.created_at,
                           0 AS depth,
                           ARRAY[to_char(c.created_at AT TIME ZONE 'UTC', 'YYYYMMDDHH24MISSUS') || c.comment_id::text] AS path
                    FROM comments c
                    WHERE c.post_id = :post AND c.parent_comment_id IS NULL AND c.moderation_state = 'visible'
                    UNION ALL
                    SELECT c.comment_id, c.post_id, c.parent_comment_id, c.author_id, c.content, c.like_count, c.created_at,
                           t.depth + 1,
                           t.path || (to_char(c.created_at AT TIME ZONE 'UTC', 'YYYYMMDDHH24MISSUS') || c.comment_id::text)
                    FROM comments c JOIN thread t ON c.parent_comment_id = t.comment_id AND c.post_id = t.post_id
                    WHERE c.moderation_state = 'visible')
                SELECT t.*, a.full_name AS author_name,
                       EXISTS (SELECT 1 FROM comment_likes l WHERE l.comment_id = t.comment_id AND l.user_id = :viewer) AS liked
                FROM thread t JOIN personal_details a ON a.user_id = t.author_id
                ORDER BY t.path
                LIMIT :max
                """)
                .param("post", postId).param("viewer", actor.memberId()).param("max", MAX_COMMENTS)
                .query((rs, n) -> new Comment(
                        rs.getObject("comment_id", UUID.class), rs.getObject("post_id", UUID.class),
                        rs.getObject("parent_comment_id", UUID.class), rs.getInt("depth"),
                        rs.getObject("author_id", UUID.class), name(rs.getString("author_name")),
                        rs.getString("content"), rs.getInt("like_count"), rs.getBoolean("liked"),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    @Override
    public void likeComment(UUID commentId) {
        actor.requireNotKiosk();
        requireReadableComment(commentId);
        int inserted = jdbc.sql("INSERT INTO comment_likes (comment_id, user_id, created_at) VALUES (?, ?, now()) ON CONFLICT DO NOTHING")
                .params(commentId, actor.memberId()).update();
        if (inserted == 0) {
            throw new ConflictException(Messages.get("content.alreadyLiked"));
        }
    }

    @Override
    public void unlikeComment(UUID commentId) {
        actor.requireNotKiosk();
        requireReadableComment(commentId);
        int deleted = jdbc.sql("DELETE FROM comment_likes WHERE comment_id = ? AND user_id = ?")
                .params(commentId, actor.memberId()).update();
        if (deleted == 0) {
            throw new ConflictException(Messages.get("content.notLiked"));
        }
    }

    private void requireReadableComment(UUID commentId) {
        UUID postId = commentId == null ? null
                : jdbc.sql("SELECT post_id FROM comments WHERE comment_id = ? AND moderation_state = 'visible'")
                        .params(commentId).query(UUID.class).optional().orElse(null);
        if (postId == null || !canRead(postId)) {
            throw new NotFoundException(Messages.get("content.commentNotFound"));
        }
    }

    // -----------------------------------------------------------------------------------------
    // media
    // -----------------------------------------------------------------------------------------

    @Override
    public MediaRef uploadMedia(String fileName, byte[] bytes) {
        actor.requireNotKiosk();
        Problems problems = new Problems();
        problems.requiredText("fileName", fileName, 255);
        if (fileName != null && (fileName.contains("/") || fileName.contains("\\"))) {
            problems.add("fileName", "invalid", Messages.get("content.fileNameInvalid"));
        }
        if (bytes == null) {
            problems.add("bytes", "required", Messages.get("validation.required"));
        } else if (bytes.length > MediaRef.MAX_BYTES) {
            problems.add("bytes", "file-too-large", Messages.get("content.fileTooLarge", fileName, MediaRef.MAX_BYTES / (1024 * 1024)));
        }
        problems.throwIfAny();
        NewMedia m = new NewMedia(Ids.next(), fileName.trim(), bytes);
        String path = media.write(m.id(), bytes);
        try {
            insertMedia(m, path);
        } catch (RuntimeException e) {
            media.deleteQuietly(path);
            throw e;
        }
        return m.ref();
    }

    @Override
    public MediaContent media(UUID mediaId) {
        actor.requireNotKiosk();
        record Row(MediaRef ref, String path) {
        }
        Row row = mediaId == null ? null : jdbc.sql("""
                SELECT m.id, m.file_name, m.content_type, m.size_bytes, m.storage_path FROM media_files m
                WHERE m.id = :id AND (m.owner_id = :viewer OR EXISTS (
                    SELECT 1 FROM posts p WHERE (p.featured_image_url = :url OR :url = ANY(p.media_urls)) AND %s))
                """.formatted(PostVisibility.VISIBLE_TO_VIEWER))
                .param("id", mediaId).param("viewer", actor.memberId()).param("url", PostInput.MEDIA_SCHEME + mediaId)
                .query((rs, n) -> new Row(new MediaRef(rs.getObject(1, UUID.class), PostInput.MEDIA_SCHEME + rs.getObject(1, UUID.class),
                        rs.getString(2), rs.getString(3), rs.getLong(4)), rs.getString(5)))
                .optional().orElse(null);
        if (row == null) {
            throw new NotFoundException(Messages.get("content.mediaNotFound"));
        }
        return new MediaContent(row.ref(), media.read(row.path()));
    }

    private record NewMedia(UUID id, String fileName, byte[] bytes) {
        MediaRef ref() {
            return new MediaRef(id, PostInput.MEDIA_SCHEME + id, fileName, MediaStore.contentType(fileName), bytes.length);
        }
    }

    private void insertMedia(NewMedia m, String path) {
        jdbc.sql("""
                INSERT INTO media_files (id, owner_id, file_name, content_type, size_bytes, storage_path, sha256, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, now())
                """).params(m.id(), actor.memberId(), m.fileName(), MediaStore.contentType(m.fileName()),
                (long) m.bytes().length, path, MediaStore.sha256(m.bytes())).update();
    }

    /** The post's media after local files were copied into the store; rows are inserted inside the caller's transaction. */
    private final class StoredMedia {
        private final List<NewMedia> created = new ArrayList<>();
        private final Map<UUID, String> paths = new HashMap<>();
        private String featured;
        private final List<String> attachments = new ArrayList<>();

        String featured() {
            return featured;
        }

        List<String> attachments() {
            return attachments;
        }

        String store(String entry) {
            if (PostValidator.isMediaUrl(entry)) {
                return entry;
            }
            if (!filesAllowed()) {
                // validate() refused it already; never read a file for a caller on another computer
                throw new IllegalStateException("A remote caller's attachment is not an uploaded media id");
            }
            Path file = PostValidator.path(entry);
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            NewMedia m = new NewMedia(Ids.next(), file.getFileName().toString(), bytes);
            paths.put(m.id(), media.write(m.id(), bytes));
            created.add(m);
            return PostInput.MEDIA_SCHEME + m.id();
        }

        void insertRows() {
            for (NewMedia m : created) {
                insertMedia(m, paths.get(m.id()));
            }
        }

        void deleteFiles() {
            paths.values().forEach(media::deleteQuietly);
        }
    }

    /**
     * Whether attachments may name files on this computer. A path from a caller on another computer
     * (a session the server opened for a bearer token) would name a file on the server's disk: such a
     * caller may only attach media it uploaded (decision 0021).
     */
    private boolean filesAllowed() {
        return !actor.isRemoteCaller();
    }

    private void withStoredMedia(PostInput input, Function<StoredMedia, Void> write) {
        StoredMedia stored = new StoredMedia();
        try {
            if (input.featuredImage() != null) {
                stored.featured = stored.store(input.featuredImage());
            }
            if (input.attachments() != null) {
                for (String entry : input.attachments()) {
                    stored.attachments.add(stored.store(entry));
                }
            }
            write.apply(stored);
        } catch (RuntimeException e) {
            stored.deleteFiles();
            throw e;
        }
    }

    /** Media URLs must be the author's own uploads (or already on the post); a group post needs an active membership. */
    private void checkReferences(PostInput input, List<String> alreadyOnPost) {
        Problems problems = new Problems();
        checkMedia("featuredImage", input.featuredImage() == null ? List.of() : List.of(input.featuredImage()), alreadyOnPost, problems);
        checkMedia("attachments", input.attachments() == null ? List.of() : input.attachments(), alreadyOnPost, problems);
        if (input.groupId() != null) {
            boolean member = jdbc.sql("SELECT count(*) FROM group_memberships WHERE group_id = ? AND user_id = ? AND status = 'active'")
                    .params(input.groupId(), actor.memberId()).query(Long.class).single() > 0;
            if (!member) {
                problems.add("groupId", "not-a-member", Messages.get("content.notGroupMember"));
            }
        }
        problems.throwIfAny();
    }

    private void checkMedia(String field, List<String> entries, List<String> alreadyOnPost, Problems problems) {
        for (String entry : entries) {
            UUID id = PostValidator.mediaId(entry);
            if (id == null || alreadyOnPost.contains(entry)) {
                continue;
            }
            boolean own = jdbc.sql("SELECT count(*) FROM media_files WHERE id = ? AND owner_id = ?")
                    .params(id, actor.memberId()).query(Long.class).single() > 0;
            if (!own) {
                problems.add(field, "unknown-media", Messages.get("content.mediaUnknown", entry));
            }
        }
    }

    // -----------------------------------------------------------------------------------------
    // helpers
    // -----------------------------------------------------------------------------------------

    /** The post's row without any visibility rule, or null. */
    private Raw raw(UUID postId) {
        if (postId == null) {
            return null;
        }
        return jdbc.sql("""
                SELECT author_id, status, title, content, published_at, featured_image_url, media_urls
                FROM posts WHERE post_id = ?
                """).params(postId)
                .query((rs, n) -> {
                    List<String> mediaUrls = new ArrayList<>(strings(rs.getArray("media_urls")));
                    if (rs.getString("featured_image_url") != null) {
                        mediaUrls.add(rs.getString("featured_image_url"));
                    }
                    Timestamp published = rs.getTimestamp("published_at");
                    return new Raw(rs.getObject("author_id", UUID.class), en(PostStatus.class, rs.getString("status")),
                            rs.getString("title"), rs.getString("content"), published == null ? null : published.toInstant(),
                            mediaUrls);
                })
                .optional().orElse(null);
    }

    private record Raw(UUID authorId, PostStatus status, String title, String body, Instant publishedAt, List<String> media) {
    }

    private Raw requireAuthor(UUID postId) {
        Raw current = raw(postId);
        if (current == null || (!actor.is(current.authorId()) && !canRead(postId))) {
            throw notFound();
        }
        if (!actor.is(current.authorId())) {
            throw new PermissionDeniedException(Messages.get("content.notYours"));
        }
        return current;
    }

    private boolean canRead(UUID postId) {
        return jdbc.sql("SELECT count(*) FROM posts p WHERE p.post_id = :id AND " + PostVisibility.VISIBLE_TO_VIEWER)
                .param("id", postId).param("viewer", actor.memberId()).query(Long.class).single() > 0;
    }

    private void requireReadable(UUID postId) {
        if (postId == null || !canRead(postId)) {
            throw notFound();
        }
    }

    /** Comments and shares need a published post (an author's own draft cannot be discussed yet). */
    private Raw requirePublishedAndReadable(UUID postId) {
        requireReadable(postId);
        Raw raw = raw(postId);
        if (raw.status() != PostStatus.PUBLISHED) {
            throw new ConflictException(Messages.get("content.notPublished"));
        }
        return raw;
    }

    /** Members mentioned as {@code @handle} who may read the post. */
    private List<UUID> mentioned(String text, UUID postId) {
        List<String> handles = PostValidator.mentions(text);
        if (handles.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT d.user_id FROM personal_details d
                WHERE d.deleted_at IS NULL AND d.role <> 'kiosk'
                  AND lower(regexp_replace(d.profile_name, '\\s+', '', 'g')) = ANY(:handles)
                  AND EXISTS (SELECT 1 FROM posts p WHERE p.post_id = :post AND %s)
                """.formatted(PostVisibility.VISIBLE_TO_VIEWER.replace(":viewer", "d.user_id")))
                .param("handles", handles.toArray(String[]::new)).param("post", postId)
                .query(UUID.class).list();
    }

    private void notifyMentions(UUID postId, String title, String body, Set<UUID> already) {
        String who = myName();
        String text = (title == null ? "" : title + "\n") + (body == null ? "" : body);
        for (UUID member : mentioned(text, postId)) {
            if (!already.contains(member)) {
                Notifier.notify(jdbc, member, "mention", actor.memberId(), "post", postId,
                        Messages.get("content.notify.mentionPost", who), snippet(title != null ? title : body));
            }
        }
    }

    private String myName() {
        return name(jdbc.sql("SELECT full_name FROM personal_details WHERE user_id = ?").params(actor.memberId())
                .query(String.class).optional().orElse(null));
    }

    private static String titleOf(Raw post) {
        return post.title() != null && !post.title().isBlank() ? post.title() : snippet(post.body());
    }

    private static String snippet(String text) {
        if (text == null) {
            return "";
        }
        String oneLine = text.replaceAll("\\s+", " ").trim();
        return oneLine.length() <= 140 ? oneLine : oneLine.substring(0, 137) + "...";
    }

    private List<Post> loadMany(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, Post> byId = jdbc.sql("SELECT " + POST_COLUMNS
                        + " FROM posts p JOIN personal_details a ON a.user_id = p.author_id WHERE p.post_id = ANY(CAST(:ids AS uuid[]))")
                .param("ids", ids.stream().map(UUID::toString).toArray(String[]::new))
                .param("viewer", actor.memberId())
                .query((rs, n) -> post(rs)).list().stream()
                .collect(Collectors.toMap(Post::id, p -> p));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    private static Post post(ResultSet rs) throws SQLException {
        Timestamp published = rs.getTimestamp("published_at");
        return new Post(
                rs.getObject("post_id", UUID.class), rs.getLong("version"), rs.getObject("author_id", UUID.class),
                name(rs.getString("author_name")), en(ProfileType.class, rs.getString("author_type")),
                en(PostType.class, rs.getString("post_type")), rs.getString("title"), rs.getString("content"),
                rs.getString("category"), strings(rs.getArray("tags")), en(PostAudience.class, rs.getString("visibility")),
                rs.getObject("group_id", UUID.class), en(PostStatus.class, rs.getString("status")),
                rs.getString("featured_image_url"), strings(rs.getArray("media_urls")),
                rs.getInt("like_count"), rs.getInt("comment_count"), rs.getInt("share_count"), rs.getInt("view_count"),
                rs.getInt("bookmark_count"), rs.getBoolean("liked"), rs.getBoolean("bookmarked"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
                published == null ? null : published.toInstant());
    }

    private static List<String> strings(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        Object[] values = (Object[]) array.getArray();
        List<String> out = new ArrayList<>(values.length);
        for (Object v : values) {
            out.add((String) v);
        }
        return List.copyOf(out);
    }

    private static String name(String fullName) {
        return fullName == null || fullName.isBlank() ? Messages.get("content.someone") : fullName;
    }

    private NotFoundException notFound() {
        return new NotFoundException(Messages.get("content.postNotFound"));
    }



    private static String trim(String s) {
        if (s == null) {
            return null;
        }
        String t = s.trim();
        return t.isEmpty() ? null : t;
    }

    /** Opaque keyset position: a kind letter, the sort value of the last row of a page, and its id. */
    record Cursor(Instant time, double score, UUID id) {

        static String encode(String kind, String value, UUID id) {
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString((kind + "\n" + value + "\n" + id).getBytes(StandardCharsets.UTF_8));
        }

        static Cursor decode(String token, String kind) {
            if (token == null || token.isBlank()) {
                return null;
            }
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\n", -1);
                if (parts.length != 3 || !parts[0].equals(kind)) {
                    throw new IllegalArgumentException("cursor kind");
                }
                UUID id = UUID.fromString(parts[2]);
                return kind.equals("f") ? new Cursor(null, Double.parseDouble(parts[1]), id)
                        : new Cursor(Instant.parse(parts[1]), 0, id);
            } catch (RuntimeException e) {
                throw new ValidationException(List.of(new Violation("cursor", "invalid", Messages.get("content.invalidCursor"))));
            }
        }
    }
}
