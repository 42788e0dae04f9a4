-- Moderation (issue 3, decision 0009).
--
-- A member may have one OPEN report of a given target at a time: a second one while the first is
-- still in the queue is a duplicate (ConflictException), enforced here so two clicks racing on two
-- connections cannot both insert. Once staff resolve the report, the member may report again.
CREATE UNIQUE INDEX uq_content_reports_open_per_reporter
    ON content_reports (reporter_id, target_type, target_id) WHERE status = 'open';

-- The queue groups open reports by target, oldest first.
CREATE INDEX idx_content_reports_queue ON content_reports (status, target_type, target_id, created_at);

-- Members reported for what they are (not for a post) are moderated on their profile: hidden = the
-- profile is unpublished and stays so until staff restore it; removed = unpublished and private for
-- good. posts and comments already have moderation_state (V4).
ALTER TABLE personal_details ADD COLUMN moderation_state VARCHAR(20) NOT NULL DEFAULT 'visible'
    CHECK (moderation_state IN ('visible', 'hidden', 'removed'));

COMMENT ON COLUMN personal_details.moderation_state IS
    'Set by staff moderation only. While not ''visible'' the profile cannot be published (trigger '
    'sf_personal_details_moderation keeps profile_state = ''DRAFT''), so the member disappears from the '
    'directory, search and profile views of others.';

CREATE FUNCTION sf_personal_details_moderation() RETURNS TRIGGER LANGUAGE plpgsql AS
$$
BEGIN
    IF NEW.moderation_state <> 'visible' THEN
        NEW.profile_state := 'DRAFT';
        IF NEW.moderation_state = 'removed' THEN
            NEW.profile_visibility := 'private';
        END IF;
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER personal_details_moderation
    BEFORE INSERT OR UPDATE ON personal_details
    FOR EACH ROW EXECUTE FUNCTION sf_personal_details_moderation();

-- The audit log viewer filters by action prefix and entity type, newest first.
CREATE INDEX idx_audit_log_action ON audit_log (action text_pattern_ops, created_at DESC);
CREATE INDEX idx_audit_log_entity_type ON audit_log (entity_type, created_at DESC);
