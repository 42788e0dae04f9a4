package org.smilefactory.core.remote;

import org.smilefactory.core.api.ai.AiSettings;
import org.smilefactory.core.api.ai.IndexStatus;
import org.smilefactory.core.api.ai.SaveAiSettings;
import org.smilefactory.core.api.ai.SuggestionQuery;
import org.smilefactory.core.api.ai.SuggestionService;
import org.smilefactory.core.api.ai.Suggestions;

/** {@link SuggestionService} over app-server's REST API. */
final class RemoteSuggestionService implements SuggestionService {

    private final Calls calls;

    RemoteSuggestionService(Calls calls) {
        this.calls = calls;
    }

    @Override
    public Suggestions suggest(SuggestionQuery query) {
        return calls.call("GET", "ai/suggestions")
                .query("memberId", query.memberId())
                .query("kinds", query.kinds())
                .query("limit", query.limit())
                .readTimeout(HttpApi.LONG_READ_TIMEOUT)
                .as(Suggestions.class);
    }

    @Override
    public IndexStatus indexStatus() {
        return calls.call("GET", "ai/index").as(IndexStatus.class);
    }

    @Override
    public AiSettings settings() {
        return calls.call("GET", "ai/settings").as(AiSettings.class);
    }

    @Override
    public AiSettings saveSettings(SaveAiSettings settings) {
        return calls.call("PUT", "ai/settings").body(settings).as(AiSettings.class);
    }
}
