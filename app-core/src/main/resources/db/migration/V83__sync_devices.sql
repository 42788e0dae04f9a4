-- Staff see which desktops and kiosks hold offline copies (issue 15, decision 0027): when each last
-- synchronised, who revoked it, and which offline changes the server answered with a conflict or a
-- rejection (the change is then held on that device for its member to resolve).
ALTER TABLE device_credentials ADD COLUMN last_sync_at TIMESTAMPTZ;
ALTER TABLE device_credentials ADD COLUMN revoked_by UUID REFERENCES personal_details (user_id) ON DELETE SET NULL;
COMMENT ON COLUMN device_credentials.last_sync_at IS
    'Last pull or push of the offline copy through a session token linked to this credential.';

ALTER TABLE sync_applied_mutations ADD COLUMN user_id UUID REFERENCES personal_details (user_id) ON DELETE SET NULL;
ALTER TABLE sync_applied_mutations ADD COLUMN device_credential_id UUID REFERENCES device_credentials (id) ON DELETE SET NULL;
ALTER TABLE sync_applied_mutations ADD COLUMN kind VARCHAR(50);
COMMENT ON COLUMN sync_applied_mutations.device_credential_id IS
    'The offline copy that pushed the change (NULL when pushed without a device credential).';

CREATE INDEX idx_sync_applied_mutations_held ON sync_applied_mutations (applied_at DESC)
    WHERE outcome <> 'applied';
