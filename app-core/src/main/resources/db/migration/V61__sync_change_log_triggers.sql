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

CREATE UNIQUE INDEX idx_sync_change_log_pos ON sync_change_log (pos);
CREATE INDEX idx_sync_change_log_unnumbered ON sync_change_log (seq) WHERE pos IS NULL;
-- "is there a later entry of this row?" for every entry of a page
DROP INDEX idx_sync_change_log_entity;
CREATE INDEX idx_sync_change_log_entity_seq ON sync_change_log (entity_type, entity_id, seq);

-- TG_ARGV[0]: the key column; TG_ARGV[1] (optional): comma-separated columns whose changes alone are
-- not worth a log entry (sign-in bookkeeping, PIN attempts: not replicated, and written very often).
CREATE FUNCTION sf_sync_log_row() RETURNS TRIGGER LANGUAGE plpgsql AS
$$
DECLARE
    new_row JSONB;
    old_row JSONB;
    ignored TEXT[];
BEGIN
    IF TG_OP = 'DELETE' THEN
        INSERT INTO sync_change_log (entity_type, entity_id, operation, payload)
        VALUES (TG_TABLE_NAME, (to_jsonb(OLD) ->> TG_ARGV[0])::UUID, 'delete', NULL);
        RETURN NULL;
    END IF;
    new_row := to_jsonb(NEW);
    IF TG_OP = 'UPDATE' THEN
        old_row := to_jsonb(OLD);
        ignored := CASE WHEN TG_NARGS > 1 THEN string_to_array(TG_ARGV[1], ',') ELSE '{}'::TEXT[] END;
        IF (old_row - ignored) = (new_row - ignored) THEN
            RETURN NULL;
        END IF;
        IF (old_row ->> TG_ARGV[0]) IS DISTINCT FROM (new_row ->> TG_ARGV[0]) THEN
            INSERT INTO sync_change_log (entity_type, entity_id, operation, payload)
            VALUES (TG_TABLE_NAME, (old_row ->> TG_ARGV[0])::UUID, 'delete', NULL);
        END IF;
    END IF;
    INSERT INTO sync_change_log (entity_type, entity_id, operation, payload)
    VALUES (TG_TABLE_NAME, (new_row ->> TG_ARGV[0])::UUID, 'upsert', new_row);
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
-- profile's rows: when a connection starts or stops being accepted, both members' rows are logged
-- again so each replica re-decides (row again, or a tombstone).
CREATE FUNCTION sf_sync_relog_member(member UUID) RETURNS VOID LANGUAGE plpgsql AS
$$
DECLARE
    t TEXT;
BEGIN
    INSERT INTO sync_change_log (entity_type, entity_id, operation, payload)
    SELECT 'personal_details', p.user_id, 'upsert', to_jsonb(p) FROM personal_details p WHERE p.user_id = member;
    FOREACH t IN ARRAY ARRAY['innovator_profiles', 'business_investor_profiles', 'mentor_profiles',
                             'professional_profiles', 'industry_expert_profiles', 'academic_student_profiles',
                             'academic_institution_profiles', 'organisation_profiles'] LOOP
        EXECUTE format('INSERT INTO sync_change_log (entity_type, entity_id, operation, payload) '
                       'SELECT %L, x.user_id, ''upsert'', to_jsonb(x) FROM %I x WHERE x.user_id = $1', t, t)
            USING member;
    END LOOP;
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
