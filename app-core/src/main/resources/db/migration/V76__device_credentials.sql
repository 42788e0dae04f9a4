-- Sessions and credentials (issue 13, decision 0021): an offline copy on a laptop signs itself back in
-- to the server with a device credential, never with the member's password. A credential is 256
-- random bits handed out once at sign-in; only its SHA-256 is stored here. It is bound to one device
-- (the desktop's own random id), lives longer than a session token (the laptop may be offline for
-- weeks) and is revoked with the member's sessions: by an admin, by a password change or reset, and
-- it stops working when the member is removed (deleted_at).
CREATE TABLE device_credentials (
    id           UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id      UUID NOT NULL REFERENCES personal_details (user_id) ON DELETE CASCADE,
    device_id    UUID NOT NULL,
    device_name  VARCHAR(200) NOT NULL,
    token_hash   VARCHAR(128) UNIQUE NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT NOW(),
    expires_at   TIMESTAMPTZ NOT NULL,
    revoked_at   TIMESTAMPTZ,
    last_used_at TIMESTAMPTZ
);

COMMENT ON TABLE device_credentials IS
    'Revocable, device-bound credentials of offline copies (decision 0021): exchanged for a session token '
    'in auth_tokens. Only a hash is stored.';

-- one live credential per member and device: a new sign-in on the device replaces the old one
CREATE UNIQUE INDEX idx_device_credentials_live ON device_credentials (user_id, device_id) WHERE revoked_at IS NULL;
CREATE INDEX idx_device_credentials_expires ON device_credentials (expires_at);

-- The session token a credential was exchanged for: a password change made in that session keeps
-- the credential of the same laptop (the session that changed its password stays signed in).
ALTER TABLE auth_tokens ADD COLUMN device_credential_id UUID REFERENCES device_credentials (id) ON DELETE SET NULL;
COMMENT ON COLUMN auth_tokens.device_credential_id IS
    'The device credential this session token was exchanged for (an offline copy signing itself back in); '
    'NULL for a sign-in with a password.';
