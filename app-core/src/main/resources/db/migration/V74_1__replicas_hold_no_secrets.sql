-- Decision 0013, "What a replica may hold": no password hash, no exit-PIN hash, no sign-in lock-out
-- bookkeeping, and members' contact fields only as the profile API shows them to the replica's owner.
-- Replicas and hubs share these migrations; this one changes only a replica that was taken already
-- (its sync_state names its owner). A hub, and a replica being created, are left as they are.
DO $$
DECLARE
    owner text := (SELECT value FROM sync_state WHERE key = 'member_id');
    staff boolean := coalesce((SELECT value FROM sync_state WHERE key = 'scope') = 'staff', false);
    kiosk boolean := coalesce((SELECT value FROM sync_state WHERE key = 'scope') LIKE 'kiosk:%', false);
BEGIN
    IF owner IS NULL THEN
        RETURN;
    END IF;
    -- as the sync engine writes a replica: no change-log or counter triggers
    SET LOCAL session_replication_role = replica;
    -- the owner keeps signing in offline: their hash moves out of the replicated row into the
    -- replica's own bookkeeping (where a fresh sign-in puts the hash this computer makes)
    INSERT INTO sync_state (key, value)
    SELECT 'offline_password_hash', p.password_hash FROM personal_details p
    WHERE CAST(p.user_id AS text) = owner AND p.password_hash ~ '^\$2[aby]\$[0-9]{2}\$[./A-Za-z0-9]{53}$'
    ON CONFLICT (key) DO NOTHING;
    UPDATE personal_details SET password_hash = '!not-on-this-replica', failed_login_count = 0, locked_until = NULL
    WHERE password_hash <> '!not-on-this-replica' OR failed_login_count <> 0 OR locked_until IS NOT NULL;
    UPDATE kiosk_assignments SET exit_pin_hash = '!not-on-this-replica' WHERE exit_pin_hash <> '!not-on-this-replica';
    -- contact fields the owner may not see (only staff and the member themselves see them)
    ALTER TABLE personal_details ALTER COLUMN email DROP NOT NULL;
    -- (a door kiosk keeps its attendees' e-mail, which its attendee search shows)
    IF NOT staff THEN
        UPDATE personal_details SET phone_country_code = NULL, phone_number = NULL WHERE CAST(user_id AS text) <> owner;
        IF NOT kiosk THEN
            UPDATE personal_details SET email = NULL WHERE CAST(user_id AS text) <> owner;
        END IF;
    END IF;
    -- tickets of other people: only the holder and the door kiosk of the event hold a code
    IF NOT kiosk THEN
        UPDATE event_attendees SET ticket_code = NULL WHERE CAST(user_id AS text) <> owner;
        UPDATE event_check_in_scans SET ticket_code = NULL;
    END IF;
    -- and the next sync takes the replica again from the server's clean projections: a scope no
    -- server names makes the sync engine empty the replicated tables and pull from the start
    UPDATE sync_state SET value = 'before-V74' WHERE key = 'scope';
END
$$;
