-- Members and accounts administration (issue 15, decision 0024).
--
-- An invited member is a personal_details row that cannot sign in yet (invited_at set, no usable
-- password) until they sign up with their one-time invite code. A deactivated member
-- (deactivated_at set) cannot sign in, is out of the directory and search, and every session of
-- theirs has ended; reactivating clears the column and nothing else was lost.
ALTER TABLE personal_details ADD COLUMN invited_at TIMESTAMPTZ;
ALTER TABLE personal_details ADD COLUMN deactivated_at TIMESTAMPTZ;

COMMENT ON COLUMN personal_details.invited_at IS
    'Set while the member is invited but has not signed up with their code (decision 0024); NULL once they have.';
COMMENT ON COLUMN personal_details.deactivated_at IS
    'When staff deactivated the account (decision 0024): no sign-in, not in the directory or search; NULL when active.';

-- Staff page through every account newest first, or by last sign-in (keyset, decision 0005).
CREATE INDEX idx_personal_details_created ON personal_details (created_at DESC, user_id DESC) WHERE deleted_at IS NULL;
CREATE INDEX idx_personal_details_last_login
    ON personal_details ((coalesce(last_login_at, 'epoch'::timestamptz)) DESC, user_id DESC) WHERE deleted_at IS NULL;

-- One-time codes staff hand out: an invite (sign up once) or a password reset (set a new password
-- once). The code is shown to staff once; only its SHA-256 is kept (the codes carry ~60 random bits,
-- so a fast hash suffices, as for session tokens). A code works once and until it expires.
CREATE TABLE account_codes (
    id          UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id     UUID NOT NULL REFERENCES personal_details (user_id) ON DELETE CASCADE,
    purpose     VARCHAR(20) NOT NULL CHECK (purpose IN ('invite', 'reset')),
    code_hash   VARCHAR(128) UNIQUE NOT NULL,
    created_by  UUID REFERENCES personal_details (user_id) ON DELETE SET NULL,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT NOW(),
    expires_at  TIMESTAMPTZ NOT NULL,
    used_at     TIMESTAMPTZ
);

COMMENT ON TABLE account_codes IS
    'One-time invite and password-reset codes (decision 0024). Only a hash is stored; a code is used once and expires.';

CREATE INDEX idx_account_codes_user ON account_codes (user_id, purpose) WHERE used_at IS NULL;

-- The hub's SMTP server for invite e-mails (decision 0024). One row; the password is kept like the
-- AI keys in hub_settings (plain in the database, never sent back to a client: reads say only
-- whether one is set).
CREATE TABLE mail_settings (
    id            SMALLINT PRIMARY KEY DEFAULT 1 CHECK (id = 1),
    host          VARCHAR(255),
    port          INTEGER NOT NULL DEFAULT 587 CHECK (port BETWEEN 1 AND 65535),
    security      VARCHAR(10) NOT NULL DEFAULT 'starttls' CHECK (security IN ('none', 'starttls', 'tls')),
    username      VARCHAR(255),
    password      VARCHAR(500),
    from_address  VARCHAR(255),
    updated_at    TIMESTAMPTZ NOT NULL DEFAULT NOW(),
    version       BIGINT NOT NULL DEFAULT 0
);

COMMENT ON TABLE mail_settings IS
    'SMTP server for invite e-mails (decision 0024); no host = no e-mail is sent, staff hand codes out.';
