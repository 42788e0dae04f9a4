package org.smilefactory.server.api;

import java.util.UUID;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.messaging.ConversationPage;
import org.smilefactory.core.api.messaging.ConversationView;
import org.smilefactory.core.api.messaging.MessagePage;
import org.smilefactory.core.api.messaging.MessageView;
import org.smilefactory.core.api.messaging.NewGroupConversation;
import org.smilefactory.core.api.messaging.NewMessages;
import org.smilefactory.core.api.messaging.SendMessage;
import org.smilefactory.core.remote.wire.CountResponse;
import org.smilefactory.core.remote.wire.MemberRequest;
import org.smilefactory.core.remote.wire.MembersRequest;
import org.smilefactory.core.remote.wire.MessageBodyRequest;
import org.smilefactory.core.remote.wire.ReadUpToRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@link org.smilefactory.core.api.messaging.MessagingService} over HTTP. An open conversation polls
 * {@code GET /{id}/messages/new?after=cursor} (decision 0008).
 */
@RestController
@RequestMapping("/api/v1/conversations")
public class ConversationController {

    @GetMapping
    public ConversationPage conversations(Session session, @RequestParam(required = false) String cursor,
                                          @RequestParam(defaultValue = "" + ConversationPage.DEFAULT_LIMIT) int limit) {
        return session.messaging().conversations(cursor, limit);
    }

    @GetMapping("/unread-count")
    public CountResponse unreadCount(Session session) {
        return new CountResponse(session.messaging().unreadCount());
    }

    @PostMapping("/direct")
    public ConversationView direct(Session session, @RequestBody MemberRequest body) {
        return session.messaging().direct(body.memberId());
    }

    @PostMapping("/groups")
    public ConversationView createGroup(Session session, @RequestBody NewGroupConversation body) {
        return session.messaging().createGroup(body);
    }

    @GetMapping("/{conversationId}")
    public ConversationView conversation(Session session, @PathVariable UUID conversationId) {
        return session.messaging().conversation(conversationId);
    }

    @PostMapping("/{conversationId}/participants")
    public ConversationView addParticipants(Session session, @PathVariable UUID conversationId,
                                            @RequestBody MembersRequest body) {
        return session.messaging().addParticipants(conversationId, body.memberIds());
    }

    @GetMapping("/{conversationId}/messages")
    public MessagePage messages(Session session, @PathVariable UUID conversationId,
                                @RequestParam(required = false) String cursor,
                                @RequestParam(defaultValue = "" + MessagePage.DEFAULT_LIMIT) int limit) {
        return session.messaging().messages(conversationId, cursor, limit);
    }

    @GetMapping("/{conversationId}/messages/new")
    public NewMessages messagesAfter(Session session, @PathVariable UUID conversationId,
                                     @RequestParam(required = false) String after) {
        return session.messaging().messagesAfter(conversationId, after);
    }

    @PostMapping("/{conversationId}/messages")
    public MessageView send(Session session, @PathVariable UUID conversationId, @RequestBody MessageBodyRequest body) {
        return session.messaging().send(new SendMessage(conversationId, body.body()));
    }

    @PostMapping("/{conversationId}/read")
    public void markRead(Session session, @PathVariable UUID conversationId, @RequestBody ReadUpToRequest body) {
        session.messaging().markRead(conversationId, body.messageId());
    }
}
