package org.smilefactory.core.remote;

import java.util.List;
import java.util.UUID;
import org.smilefactory.core.api.NotFoundException;
import org.smilefactory.core.api.ValidationException;
import org.smilefactory.core.api.Violation;
import org.smilefactory.core.api.messaging.ConversationPage;
import org.smilefactory.core.api.messaging.ConversationView;
import org.smilefactory.core.api.messaging.MessagePage;
import org.smilefactory.core.api.messaging.MessageView;
import org.smilefactory.core.api.messaging.MessagingService;
import org.smilefactory.core.api.messaging.NewGroupConversation;
import org.smilefactory.core.api.messaging.NewMessages;
import org.smilefactory.core.api.messaging.SendMessage;
import org.smilefactory.core.common.Messages;
import org.smilefactory.core.remote.wire.CountResponse;
import org.smilefactory.core.remote.wire.MemberRequest;
import org.smilefactory.core.remote.wire.MembersRequest;
import org.smilefactory.core.remote.wire.MessageBodyRequest;
import org.smilefactory.core.remote.wire.ReadUpToRequest;

/** {@link MessagingService} over app-server's REST API. */
final class RemoteMessagingService implements MessagingService {

    private final Calls calls;

    RemoteMessagingService(Calls calls) {
        this.calls = calls;
    }

    @Override
    public ConversationView direct(UUID memberId) {
        return calls.call("POST", "conversations/direct").body(new MemberRequest(memberId)).as(ConversationView.class);
    }

    @Override
    public ConversationView createGroup(NewGroupConversation command) {
        return calls.call("POST", "conversations/groups").body(command).as(ConversationView.class);
    }

    @Override
    public ConversationView addParticipants(UUID conversationId, List<UUID> memberIds) {
        return calls.call("POST", path(conversationId) + "/participants").body(new MembersRequest(memberIds))
                .as(ConversationView.class);
    }

    @Override
    public ConversationView conversation(UUID conversationId) {
        return calls.call("GET", path(conversationId)).as(ConversationView.class);
    }

    @Override
    public ConversationPage conversations(String cursor, int limit) {
        return calls.call("GET", "conversations").query("cursor", cursor).query("limit", limit).as(ConversationPage.class);
    }

    @Override
    public MessageView send(SendMessage command) {
        if (command == null || command.conversationId() == null) {
            throw new ValidationException(List.of(new Violation("conversationId", "required", Messages.get("validation.required"))));
        }
        return calls.call("POST", path(command.conversationId()) + "/messages")
                .body(new MessageBodyRequest(command.body())).as(MessageView.class);
    }

    @Override
    public MessagePage messages(UUID conversationId, String cursor, int limit) {
        return calls.call("GET", path(conversationId) + "/messages").query("cursor", cursor).query("limit", limit)
                .as(MessagePage.class);
    }

    @Override
    public NewMessages messagesAfter(UUID conversationId, String afterCursor) {
        return calls.call("GET", path(conversationId) + "/messages/new").query("after", afterCursor).as(NewMessages.class);
    }

    @Override
    public void markRead(UUID conversationId, UUID messageId) {
        if (conversationId == null) {
            throw new ValidationException(List.of(new Violation("conversationId", "required", Messages.get("validation.required"))));
        }
        calls.call("POST", path(conversationId) + "/read").body(new ReadUpToRequest(messageId)).send();
    }

    @Override
    public int unreadCount() {
        return calls.call("GET", "conversations/unread-count").as(CountResponse.class).count();
    }

    private static String path(UUID conversationId) {
        if (conversationId == null) {
            throw new NotFoundException(Messages.get("messaging.notFound"));
        }
        return "conversations/" + conversationId;
    }
}
