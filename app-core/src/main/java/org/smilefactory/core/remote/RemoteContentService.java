package org.smilefactory.core.remote;

import org.smilefactory.core.api.content.ContentService;

/** {@link ContentService} over app-server's REST API. */
final class RemoteContentService implements ContentService {

    private final Calls calls;

    RemoteContentService(Calls calls) {
        this.calls = calls;
    }
}
