-- Offline sync, part 1 (decision 0013): what the client's outbox needs, and provisional walk-ins.

-- A mutation is a command ('profile.save', 'event.checkIn'...; see MutationKinds), replayed on the
-- server through the ordinary services; insert/update/delete does not describe it, so operation is
-- no longer required.
ALTER TABLE sync_outbox ADD COLUMN kind VARCHAR(50) NOT NULL DEFAULT 'unknown';
ALTER TABLE sync_outbox ALTER COLUMN kind DROP DEFAULT;
ALTER TABLE sync_outbox ALTER COLUMN operation DROP NOT NULL;
COMMENT ON COLUMN sync_outbox.kind IS 'The command (MutationKinds); payload is its JSON.';

-- Walk-ins registered by a kiosk with no network decide capacity on stale counts: they stay
-- 'provisional' until the server confirms them, or flags them when the event was already full (the
-- person is in the room either way, so the registration is kept and staff see the flag).
ALTER TABLE event_attendees ADD COLUMN offline_status VARCHAR(20)
    CHECK (offline_status IN ('provisional', 'confirmed', 'over_capacity'));
COMMENT ON COLUMN event_attendees.offline_status IS
    'NULL for registrations made online; provisional/confirmed/over_capacity for walk-ins made offline.';
