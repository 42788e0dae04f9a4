package org.smilefactory.core.api.messaging;

import java.util.List;

/**
 * What arrived in an open conversation since a cursor: new messages oldest first (at most
 * {@link #MAX_MESSAGES}; {@code more} says to ask again at once), the participants' current read
 * positions (for "seen" marks on older messages), and the cursor to poll with next time.
 */
public record NewMessages(List<MessageView> messages, List<Participant> participants, String cursor, boolean more) {

    public static final int MAX_MESSAGES = 200;
}
