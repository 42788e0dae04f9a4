package org.smilefactory.core.remote;

import org.smilefactory.core.api.search.SearchQuery;
import org.smilefactory.core.api.search.SearchResults;
import org.smilefactory.core.api.search.SearchService;

/** {@link SearchService} over app-server's REST API. */
final class RemoteSearchService implements SearchService {

    private final Calls calls;

    RemoteSearchService(Calls calls) {
        this.calls = calls;
    }

    @Override
    public SearchResults search(SearchQuery query) {
        HttpApi.Call call = calls.call("GET", "search");
        if (query != null) {
            call.query("text", query.text()).query("kinds", query.kinds()).query("limit", query.limitPerKind());
        }
        return call.as(SearchResults.class);
    }
}
