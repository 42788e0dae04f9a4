package org.smilefactory.core.offline;

import java.util.EnumSet;
import java.util.Set;
import org.smilefactory.core.api.search.SearchKind;
import org.smilefactory.core.api.search.SearchQuery;
import org.smilefactory.core.api.search.SearchResults;
import org.smilefactory.core.api.search.SearchService;
import org.smilefactory.core.search.LocalSearchService;

/**
 * Search on the replica, which holds members and events only. A search for "everything" (no kinds)
 * searches those two; asking for posts, groups or listings by name needs the server, because the
 * replica would answer "nothing found" for what does exist.
 */
final class OfflineSearchService implements SearchService {

    static final Set<SearchKind> ON_THE_REPLICA = EnumSet.of(SearchKind.MEMBER, SearchKind.EVENT);

    private final LocalSearchService local;

    OfflineSearchService(LocalSearchService local) {
        this.local = local;
    }

    @Override
    public SearchResults search(SearchQuery query) {
        if (query == null || query.kinds().isEmpty()) {
            return local.search(query == null ? null
                    : new SearchQuery(query.text(), ON_THE_REPLICA, query.limitPerKind()));
        }
        if (!ON_THE_REPLICA.containsAll(query.kinds())) {
            throw NeedsServer.refuse("search");
        }
        return local.search(query);
    }
}
