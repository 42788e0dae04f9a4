-- Offline sync, part 2 (decision 0013): the server's change log, fed by triggers on every replicated
-- table (SyncTables.ALL), so every writer is caught: services, demo data, migrations, psql.

-- Where an entry stands in the log a client reads. seq is handed out when the row is written, so a
-- transaction that commits late leaves a seq below one a client has already passed; tx_id alone does
-- not help either, because transaction ids are not handed out in the order of the log's seq. So the
-- reader numbers entries itself: under an advisory lock it gives pos (max pos + 1, in seq order) to
-- every entry whose transaction has finished (tx_id < xmin of its snapshot). Entries only ever get
-- a pos above every pos already given, so a cursor over pos never passes an entry that is still to come.
ALTER TABLE sync_change_log ADD COLUMN pos BIGINT;
COMMENT ON COLUMN sync_change_log.pos IS
    'Position clients page by (Change.seq, ChangePage.cursor); NULL until the reader numbers the entry '
    'after its transaction finished (LocalSyncService). Never below a position already given.';

-- partial: entries are written without a position, and every write should not pay for this index
CREATE UNIQUE INDEX idx_sync_change_log_pos ON sync_change_log (pos) WHERE pos IS NOT NULL;
CREATE INDEX idx_sync_change_log_unnumbered ON sync_change_log (seq) WHERE pos IS NULL;
-- "is there a later entry of this row?" for every entry of a page
DROP INDEX idx_sync_change_log_entity;
CREATE INDEX idx_sync_change_log_entity_seq ON sync_change_log (entity_type, entity_id, seq);

-- TG_ARGV[0]: the key column; TG_ARGV[1] (optional): comma-separated columns whose changes alone are
-- not worth a log entry (sign-in bookkeeping, PIN attempts: not replicated, and written very often).
-- A row updated again in the same transaction (an event's attendee count, once per registration)
-- keeps one entry: the transaction's entries are not numbered before it ends, so the entry is
-- still invisible to readers and is brought up to date instead of adding another.
CREATE FUNCTION sf_sync_log_row() RETURNS TRIGGER LANGUAGE plpgsql AS
$$
DECLARE
    new_row JSONB;
    old_row JSONB;
    ignored TEXT[];
    row_id UUID;
    last_seq BIGINT;
    last_tx XID8;
BEGIN
    IF TG_OP = 'DELETE' THEN
        INSERT INTO sync_change_log (entity_type, entity_id, operation, payload)
        VALUES (TG_TABLE_NAME, (to_jsonb(OLD) ->> TG_ARGV[0])::UUID, 'delete', NULL);
        RETURN NULL;
    END IF;
    new_row := to_jsonb(NEW);
    row_id := (new_row ->> TG_ARGV[0])::UUID;
    IF TG_OP = 'UPDATE' THEN
        old_row := to_jsonb(OLD);
        ignored := CASE WHEN TG_NARGS > 1 THEN string_to_array(TG_ARGV[1], ',') ELSE '{}'::TEXT[] END;
        IF (old_row - ignored) = (new_row - ignored) THEN
            RETURN NULL;
        END IF;
        IF (old_row ->> TG_ARGV[0]) IS DISTINCT FROM (new_row ->> TG_ARGV[0]) THEN
            INSERT INTO sync_change_log (entity_type, entity_id, operation, payload)
            VALUES (TG_TABLE_NAME, (old_row ->> TG_ARGV[0])::UUID, 'delete', NULL);
        ELSE
            SELECT seq, tx_id INTO last_seq, last_tx FROM sync_change_log
             WHERE entity_type = TG_TABLE_NAME AND entity_id = row_id ORDER BY seq DESC LIMIT 1;
            IF last_tx = pg_current_xact_id() THEN
                UPDATE sync_change_log SET operation = 'upsert', payload = new_row, changed_at = now()
                 WHERE seq = last_seq;
                RETURN NULL;
            END IF;
        END IF;
    END IF;
    INSERT INTO sync_change_log (entity_type, entity_id, operation, payload)
    VALUES (TG_TABLE_NAME, row_id, 'upsert', new_row);
    RETURN NULL;
END
$$;

CREATE TRIGGER personal_details_sync_log AFTER INSERT OR UPDATE OR DELETE ON personal_details
    FOR EACH ROW EXECUTE FUNCTION sf_sync_log_row('user_id', 'last_login_at,failed_login_count,locked_until');
CREATE TRIGGER innovator_profiles_sync_log AFTER INSERT OR UPDATE OR DELETE ON innovator_profiles
    FOR EACH ROW EXECUTE FUNCTION sf_sync_log_row('user_id');
CREATE TRIGGER business_investor_profiles_sync_log AFTER INSERT OR UPDATE OR DELETE ON business_investor_profiles
    FOR EACH ROW EXECUTE FUNCTION sf_sync_log_row('user_id');
CREATE TRIGGER mentor_profiles_sync_log AFTER INSERT OR UPDATE OR DELETE ON mentor_profiles
    FOR EACH ROW EXECUTE FUNCTION sf_sync_log_row('user_id');
CREATE TRIGGER professional_profiles_sync_log AFTER INSERT OR UPDATE OR DELETE ON professional_profiles
    FOR EACH ROW EXECUTE FUNCTION sf_sync_log_row('user_id');
CREATE TRIGGER industry_expert_profiles_sync_log AFTER INSERT OR UPDATE OR DELETE ON industry_expert_profiles
    FOR EACH ROW EXECUTE FUNCTION sf_sync_log_row('user_id');
CREATE TRIGGER academic_student_profiles_sync_log AFTER INSERT OR UPDATE OR DELETE ON academic_student_profiles
    FOR EACH ROW EXECUTE FUNCTION sf_sync_log_row('user_id');
CREATE TRIGGER academic_institution_profiles_sync_log AFTER INSERT OR UPDATE OR DELETE ON academic_institution_profiles
    FOR EACH ROW EXECUTE FUNCTION sf_sync_log_row('user_id');
CREATE TRIGGER organisation_profiles_sync_log AFTER INSERT OR UPDATE OR DELETE ON organisation_profiles
    FOR EACH ROW EXECUTE FUNCTION sf_sync_log_row('user_id');
CREATE TRIGGER events_sync_log AFTER INSERT OR UPDATE OR DELETE ON events
    FOR EACH ROW EXECUTE FUNCTION sf_sync_log_row('id');
CREATE TRIGGER event_attendees_sync_log AFTER INSERT OR UPDATE OR DELETE ON event_attendees
    FOR EACH ROW EXECUTE FUNCTION sf_sync_log_row('id');
CREATE TRIGGER event_check_in_scans_sync_log AFTER INSERT OR UPDATE OR DELETE ON event_check_in_scans
    FOR EACH ROW EXECUTE FUNCTION sf_sync_log_row('id');
CREATE TRIGGER kiosk_assignments_sync_log AFTER INSERT OR UPDATE OR DELETE ON kiosk_assignments
    FOR EACH ROW EXECUTE FUNCTION sf_sync_log_row('kiosk_id', 'pin_failures,pin_locked_until');

-- Whether another member may see a connections-only profile depends on the connection, not on the
-- profile's rows: when a connection starts or stops being accepted, the rows of each member whose
-- published profile is connections-only are logged again, so each replica re-decides (the row again,
-- or a tombstone). Public, private and draft profiles do not depend on connections.
CREATE FUNCTION sf_sync_relog_member(member UUID) RETURNS VOID LANGUAGE plpgsql AS
$$
DECLARE
    p personal_details;
BEGIN
    SELECT * INTO p FROM personal_details WHERE user_id = member;
    IF NOT FOUND OR p.profile_state <> 'PUBLISHED' OR p.profile_visibility <> 'connections_only' THEN
        RETURN;
    END IF;
    INSERT INTO sync_change_log (entity_type, entity_id, operation, payload)
    VALUES ('personal_details', member, 'upsert', to_jsonb(p));
    IF p.profile_type IS NOT NULL THEN
        -- each profile type's details live in the table named after it (SyncTables.PROFILE_TABLES)
        EXECUTE format('INSERT INTO sync_change_log (entity_type, entity_id, operation, payload) '
                       'SELECT %L, x.user_id, ''upsert'', to_jsonb(x) FROM %I x WHERE x.user_id = $1',
                       p.profile_type || '_profiles', p.profile_type || '_profiles')
            USING member;
    END IF;
END
$$;

CREATE FUNCTION sf_sync_connections_relog() RETURNS TRIGGER LANGUAGE plpgsql AS
$$
DECLARE
    was BOOLEAN := TG_OP <> 'INSERT' AND OLD.status = 'accepted';
    now_accepted BOOLEAN := TG_OP <> 'DELETE' AND NEW.status = 'accepted';
BEGIN
    IF was IS DISTINCT FROM now_accepted THEN
        IF TG_OP = 'DELETE' THEN
            PERFORM sf_sync_relog_member(OLD.requester_id);
            PERFORM sf_sync_relog_member(OLD.recipient_id);
        ELSE
            PERFORM sf_sync_relog_member(NEW.requester_id);
            PERFORM sf_sync_relog_member(NEW.recipient_id);
        END IF;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER connections_sync_relog AFTER INSERT OR UPDATE OR DELETE ON connections
    FOR EACH ROW EXECUTE FUNCTION sf_sync_connections_relog();

-- Back-fill: one entry per existing row, parents first (SyncTables.ALL order), numbered at once
-- (the migration's transaction is the only writer).
INSERT INTO sync_change_log (entity_type, entity_id, operation, payload)
SELECT 'personal_details', x.user_id, 'upsert', to_jsonb(x) FROM personal_details x ORDER BY x.user_id;
INSERT INTO sync_change_log (entity_type, entity_id, operation, payload)
SELECT 'innovator_profiles', x.user_id, 'upsert', to_jsonb(x) FROM innovator_profiles x ORDER BY x.user_id;
INSERT INTO sync_change_log (entity_type, entity_id, operation, payload)
SELECT 'business_investor_profiles', x.user_id, 'upsert', to_jsonb(x) FROM business_investor_profiles x ORDER BY x.user_id;
INSERT INTO sync_change_log (entity_type, entity_id, operation, payload)
SELECT 'mentor_profiles', x.user_id, 'upsert', to_jsonb(x) FROM mentor_profiles x ORDER BY x.user_id;
INSERT INTO sync_change_log (entity_type, entity_id, operation, payload)
SELECT 'professional_profiles', x.user_id, 'upsert', to_jsonb(x) FROM professional_profiles x ORDER BY x.user_id;
INSERT INTO sync_change_log (entity_type, entity_id, operation, payload)
SELECT 'industry_expert_profiles', x.user_id, 'upsert', to_jsonb(x) FROM industry_expert_profiles x ORDER BY x.user_id;
INSERT INTO sync_change_log (entity_type, entity_id, operation, payload)
SELECT 'academic_student_profiles', x.user_id, 'upsert', to_jsonb(x) FROM academic_student_profiles x ORDER BY x.user_id;
INSERT INTO sync_change_log (entity_type, entity_id, operation, payload)
SELECT 'academic_institution_profiles', x.user_id, 'upsert', to_jsonb(x) FROM academic_institution_profiles x ORDER BY x.user_id;
INSERT INTO sync_change_log (entity_type, entity_id, operation, payload)
SELECT 'organisation_profiles', x.user_id, 'upsert', to_jsonb(x) FROM organisation_profiles x ORDER BY x.user_id;
INSERT INTO sync_change_log (entity_type, entity_id, operation, payload)
SELECT 'events', x.id, 'upsert', to_jsonb(x) FROM events x ORDER BY x.id;
INSERT INTO sync_change_log (entity_type, entity_id, operation, payload)
SELECT 'event_attendees', x.id, 'upsert', to_jsonb(x) FROM event_attendees x ORDER BY x.id;
INSERT INTO sync_change_log (entity_type, entity_id, operation, payload)
SELECT 'event_check_in_scans', x.id, 'upsert', to_jsonb(x) FROM event_check_in_scans x ORDER BY x.id;
INSERT INTO sync_change_log (entity_type, entity_id, operation, payload)
SELECT 'kiosk_assignments', x.kiosk_id, 'upsert', to_jsonb(x) FROM kiosk_assignments x ORDER BY x.kiosk_id;
UPDATE sync_change_log SET pos = seq WHERE pos IS NULL;
