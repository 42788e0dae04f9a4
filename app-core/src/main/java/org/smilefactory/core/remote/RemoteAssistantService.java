package org.smilefactory.core.remote;

import java.util.List;
import java.util.UUID;
import org.smilefactory.core.api.ai.AiPreferences;
import org.smilefactory.core.api.ai.AssistantMessage;
import org.smilefactory.core.api.ai.AssistantReply;
import org.smilefactory.core.api.ai.AssistantService;
import org.smilefactory.core.api.ai.ConversationSummary;
import org.smilefactory.core.api.ai.ResponseStyle;
import org.smilefactory.core.remote.wire.AiPreferencesRequest;
import org.smilefactory.core.remote.wire.AskRequest;
import org.smilefactory.core.remote.wire.RateRequest;

/** {@link AssistantService} over app-server's REST API. */
final class RemoteAssistantService implements AssistantService {

    private final Calls calls;

    RemoteAssistantService(Calls calls) {
        this.calls = calls;
    }

    @Override
    public AssistantReply ask(UUID conversationId, String question) {
        return calls.call("POST", "ai/assistant/ask").body(new AskRequest(conversationId, question))
                .readTimeout(HttpApi.LONG_READ_TIMEOUT).as(AssistantReply.class);
    }

    @Override
    public List<ConversationSummary> conversations() {
        return calls.call("GET", "ai/assistant/conversations").asList(ConversationSummary.class);
    }

    @Override
    public List<AssistantMessage> messages(UUID conversationId) {
        return calls.call("GET", "ai/assistant/conversations/" + conversationId + "/messages").asList(AssistantMessage.class);
    }

    @Override
    public AssistantMessage rate(UUID messageId, int stars) {
        return calls.call("POST", "ai/assistant/messages/" + messageId + "/rating").body(new RateRequest(stars))
                .as(AssistantMessage.class);
    }

    @Override
    public AiPreferences preferences() {
        return calls.call("GET", "ai/preferences").as(AiPreferences.class);
    }

    @Override
    public AiPreferences savePreferences(boolean aiEnabled, ResponseStyle responseStyle, long expectedVersion) {
        return calls.call("PUT", "ai/preferences").body(new AiPreferencesRequest(aiEnabled, responseStyle, expectedVersion))
                .as(AiPreferences.class);
    }
}
