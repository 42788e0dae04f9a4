package org.smilefactory.core.remote;

import org.smilefactory.core.api.ai.SuggestionService;

/** {@link SuggestionService} over app-server's REST API. */
final class RemoteSuggestionService implements SuggestionService {

    private final Calls calls;

    RemoteSuggestionService(Calls calls) {
        this.calls = calls;
    }
}
