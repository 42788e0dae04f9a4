package org.smilefactory.server.api;

import java.util.List;
import java.util.UUID;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.ai.AiPreferences;
import org.smilefactory.core.api.ai.AssistantMessage;
import org.smilefactory.core.api.ai.AssistantReply;
import org.smilefactory.core.api.ai.ConversationSummary;
import org.smilefactory.core.remote.wire.AiPreferencesRequest;
import org.smilefactory.core.remote.wire.AskRequest;
import org.smilefactory.core.remote.wire.RateRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@link org.smilefactory.core.api.ai.AssistantService} over HTTP. */
@RestController
@RequestMapping("/api/v1/ai")
public class AssistantController {

    @PostMapping("/assistant/ask")
    public AssistantReply ask(Session session, @RequestBody AskRequest body) {
        return session.assistant().ask(body.conversationId(), body.question());
    }

    @GetMapping("/assistant/conversations")
    public List<ConversationSummary> conversations(Session session) {
        return session.assistant().conversations();
    }

    @GetMapping("/assistant/conversations/{conversationId}/messages")
    public List<AssistantMessage> messages(Session session, @PathVariable UUID conversationId) {
        return session.assistant().messages(conversationId);
    }

    @PostMapping("/assistant/messages/{messageId}/rating")
    public AssistantMessage rate(Session session, @PathVariable UUID messageId, @RequestBody RateRequest body) {
        return session.assistant().rate(messageId, body.stars());
    }

    @GetMapping("/preferences")
    public AiPreferences preferences(Session session) {
        return session.assistant().preferences();
    }

    @PutMapping("/preferences")
    public AiPreferences savePreferences(Session session, @RequestBody AiPreferencesRequest body) {
        return session.assistant().savePreferences(body.aiEnabled(), body.responseStyle(), body.expectedVersion());
    }
}
