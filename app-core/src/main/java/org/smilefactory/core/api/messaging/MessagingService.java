package org.smilefactory.core.api.messaging;

/** One-to-one and group conversations, messages, unread counts and read receipts. */
public interface MessagingService {
}
