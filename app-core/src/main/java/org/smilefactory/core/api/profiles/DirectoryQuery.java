package org.smilefactory.core.api.profiles;

import java.util.Set;

/**
 * A page of the member directory. All filters are optional. {@code text} is matched against names
 * (typo-tolerant), profile names, bios and type details; {@code focus} against industries,
 * expertise and skills. {@code cursor} is the {@link DirectoryPage#nextCursor()} of the page before.
 */
public record DirectoryQuery(
        String text,
        Set<ProfileType> types,
        String location,
        String focus,
        String cursor,
        int limit) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    public static DirectoryQuery firstPage() {
        return new DirectoryQuery(null, Set.of(), null, null, null, DEFAULT_LIMIT);
    }

    public DirectoryQuery withCursor(String nextCursor) {
        return new DirectoryQuery(text, types, location, focus, nextCursor, limit);
    }
}
