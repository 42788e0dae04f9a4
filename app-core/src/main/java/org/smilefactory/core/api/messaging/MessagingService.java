package org.smilefactory.core.api.messaging;

import java.util.List;
import java.util.UUID;

/**
 * One-to-one and group conversations. Only participants can read or post in a conversation; to
 * anyone else it does not exist ({@link org.smilefactory.core.api.NotFoundException}). Two members
 * with a block between them cannot start or continue a direct conversation
 * ({@link org.smilefactory.core.api.PermissionDeniedException}). Kiosk accounts can use none of this.
 */
public interface MessagingService {

    /** The direct conversation between the viewer and {@code memberId}, created on first use. */
    ConversationView direct(UUID memberId);

    /** Starts a group conversation; the creator is its first participant. */
    ConversationView createGroup(NewGroupConversation command);

    /** Adds members to a group conversation; only its creator may. Members already in it are skipped. */
    ConversationView addParticipants(UUID conversationId, List<UUID> memberIds);

    ConversationView conversation(UUID conversationId);

    /**
     * The viewer's conversations, newest activity first, with unread counts and last-message previews.
     * A conversation someone else started appears once it holds a message (an opened but silent one
     * does not clutter the other member's list).
     */
    ConversationPage conversations(String cursor, int limit);

    /** Sends a message; the other participants are notified (once per conversation until they read it). */
    MessageView send(SendMessage command);

    /** A conversation's messages newest first; {@code cursor} is the previous page's {@code olderCursor}. */
    MessagePage messages(UUID conversationId, String cursor, int limit);

    /**
     * Messages newer than {@code afterCursor} (a {@link MessageView#cursor()} or an earlier
     * {@link NewMessages#cursor()}; null for from the first message) — what an open conversation polls.
     */
    NewMessages messagesAfter(UUID conversationId, String afterCursor);

    /**
     * Marks the conversation read up to and including {@code messageId} (never moves backwards), sets
     * read receipts on direct messages and marks the viewer's message notifications for it read.
     */
    void markRead(UUID conversationId, UUID messageId);

    /** Unread messages across all of the viewer's conversations. */
    int unreadCount();
}
