package org.smilefactory.core.remote;

import org.smilefactory.core.api.search.SearchService;

/** {@link SearchService} over app-server's REST API. */
final class RemoteSearchService implements SearchService {

    private final Calls calls;

    RemoteSearchService(Calls calls) {
        this.calls = calls;
    }
}
