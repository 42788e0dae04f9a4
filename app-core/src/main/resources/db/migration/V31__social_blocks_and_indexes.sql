-- Social (issue 3): mutual blocks and the indexes the conversation and notification lists page on.

-- connections has one row per unordered pair and one blocked_by column. When the second member
-- blocks too, their block is kept here, so either member lifting their own block leaves the other's
-- in force (status stays 'blocked', blocked_by becomes the remaining blocker).
ALTER TABLE connections
    ADD COLUMN also_blocked_by UUID REFERENCES personal_details (user_id) ON DELETE SET NULL;

COMMENT ON COLUMN connections.also_blocked_by IS
    'The second blocker when both members blocked each other; NULL otherwise. blocked_by is the first.';

-- A conversation's messages newest first with keyset (created_at, message_id) < cursor: scanned
-- backwards, this index serves ORDER BY created_at DESC, message_id DESC without a sort (V4's index
-- mixes directions).
CREATE INDEX idx_messages_conversation_keyset ON messages (conversation_id, created_at, message_id);

-- A member's notifications newest first, read or not.
CREATE INDEX idx_notifications_user_created ON notifications (user_id, created_at DESC, id DESC);

-- "Is there already an unread message notification for this conversation?" on every send.
CREATE INDEX idx_notifications_unread_entity ON notifications (user_id, entity_id)
    WHERE read_at IS NULL;
