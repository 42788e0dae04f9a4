package org.smilefactory.core.api.groups;

/**
 * A page of the group list, ordered by name. All filters optional: {@code text} matches names,
 * descriptions, tags and location; {@code category} exactly (ignoring case); {@code mine} keeps the
 * groups the member belongs to or asked to join. {@code cursor} is the previous page's
 * {@link GroupPage#nextCursor()}.
 */
public record GroupQuery(String text, String category, boolean mine, String cursor, int limit) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    public static GroupQuery firstPage() {
        return new GroupQuery(null, null, false, null, DEFAULT_LIMIT);
    }

    public GroupQuery withCursor(String next) {
        return new GroupQuery(text, category, mine, next, limit);
    }
}
