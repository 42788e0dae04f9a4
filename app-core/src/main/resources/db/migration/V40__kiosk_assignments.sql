-- Kiosk accounts (personal_details.role = 'kiosk') are bound to ONE event each; the exit PIN that
-- lets staff leave kiosk mode is stored as a bcrypt hash. See decision 0010.
CREATE TABLE kiosk_assignments (
    kiosk_id      UUID PRIMARY KEY REFERENCES personal_details (user_id) ON DELETE CASCADE,
    event_id      UUID NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    exit_pin_hash VARCHAR(100) NOT NULL,
    -- wrong exit PINs in a row; five lock the prompt for a minute (kept here, not in memory, because
    -- behind the server every request has a session object of its own)
    pin_failures     INTEGER NOT NULL DEFAULT 0 CHECK (pin_failures >= 0),
    pin_locked_until TIMESTAMPTZ,
    assigned_by   UUID REFERENCES personal_details (user_id) ON DELETE SET NULL,
    assigned_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    version       BIGINT NOT NULL DEFAULT 0
);

CREATE INDEX idx_kiosk_assignments_event ON kiosk_assignments (event_id);

-- The events list pages by (start_date_time, id); the kiosk's name search looks within one event.
CREATE INDEX idx_events_start_id ON events (start_date_time, id);
