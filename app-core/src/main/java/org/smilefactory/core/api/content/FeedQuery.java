package org.smilefactory.core.api.content;

import java.time.Instant;
import java.util.Set;
import org.smilefactory.core.api.profiles.ProfileType;

/**
 * A page of the feed. Filters are optional: post types, published in [{@code from}, {@code to}),
 * the author's profile types, one tag. {@code cursor} is the {@link PostPage#nextCursor()} of the
 * page before (a cursor only fits the order it came from).
 */
public record FeedQuery(
        FeedOrder order,
        Set<PostType> types,
        Instant from,
        Instant to,
        Set<ProfileType> authorTypes,
        String tag,
        String cursor,
        int limit) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    public static FeedQuery latest() {
        return new FeedQuery(FeedOrder.LATEST, Set.of(), null, null, Set.of(), null, null, DEFAULT_LIMIT);
    }

    public static FeedQuery forYou() {
        return new FeedQuery(FeedOrder.FOR_YOU, Set.of(), null, null, Set.of(), null, null, DEFAULT_LIMIT);
    }

    /** Published blog articles, newest first. */
    public static FeedQuery blog() {
        return latest().withTypes(Set.of(PostType.BLOG));
    }

    public FeedQuery withCursor(String next) {
        return new FeedQuery(order, types, from, to, authorTypes, tag, next, limit);
    }

    public FeedQuery withTypes(Set<PostType> value) {
        return new FeedQuery(order, value, from, to, authorTypes, tag, cursor, limit);
    }

    public FeedQuery withTag(String value) {
        return new FeedQuery(order, types, from, to, authorTypes, value, cursor, limit);
    }

    public FeedQuery withAuthorTypes(Set<ProfileType> value) {
        return new FeedQuery(order, types, from, to, value, tag, cursor, limit);
    }

    public FeedQuery withRange(Instant fromInclusive, Instant toExclusive) {
        return new FeedQuery(order, types, fromInclusive, toExclusive, authorTypes, tag, cursor, limit);
    }

    public FeedQuery withLimit(int value) {
        return new FeedQuery(order, types, from, to, authorTypes, tag, cursor, value);
    }
}
