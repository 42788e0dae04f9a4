-- Retention (issue 14, decision 0023): the background job deletes rows older than a cutoff, table by
-- table, in batches. These indexes let each batch find its rows by age instead of scanning the table.
-- (audit_log.created_at, ai_analytics.created_at and auth_tokens.expires_at are indexed already.)

CREATE INDEX idx_event_check_in_scans_scanned_at ON event_check_in_scans (scanned_at);
CREATE INDEX idx_ai_conversations_updated_at ON ai_conversations (updated_at);
CREATE INDEX idx_notifications_created_at ON notifications (created_at);
-- most tokens are never revoked: only the revoked ones need the entry
CREATE INDEX idx_auth_tokens_revoked_at ON auth_tokens (revoked_at) WHERE revoked_at IS NOT NULL;
