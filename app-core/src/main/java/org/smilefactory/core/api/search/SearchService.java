package org.smilefactory.core.api.search;

/** One search across members, posts, events, groups and listings, never showing what the member may not see. */
public interface SearchService {

    /**
     * Ranked hits grouped by kind. Names and titles tolerate typos ("Tendia" finds "Tendai"); words
     * are matched in the full text (bodies, descriptions, tags) by prefix. Only what the searching
     * member may see is returned: published profiles they may view, posts they may read, published
     * events (and their own drafts), groups that are not hidden from them, active listings (and
     * their own).
     *
     * @throws org.smilefactory.core.api.ValidationException when the text is shorter than
     *         {@link SearchQuery#MIN_LENGTH} or longer than {@link SearchQuery#MAX_LENGTH} characters,
     *         or the limit is out of range
     * @throws org.smilefactory.core.api.PermissionDeniedException for kiosk accounts
     */
    SearchResults search(SearchQuery query);
}
