-- SmileFactory Hub schema, part 6: platform tables the seed implies but does not define:
-- notifications, moderation reports, audit log, auth tokens and sign-in throttling, hub settings,
-- media files, and offline-sync bookkeeping.
--
-- IP addresses are VARCHAR(45) (textual IPv4/IPv6), not INET: they are only displayed and compared
-- for equality, and plain strings bind from JDBC/JPA without custom types.

-- ---------------------------------------------------------------------------------------------
-- notifications
-- ---------------------------------------------------------------------------------------------
CREATE TABLE notifications (
    id                UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id           UUID NOT NULL REFERENCES personal_details (user_id) ON DELETE CASCADE,
    notification_type VARCHAR(50) NOT NULL
        CHECK (notification_type IN ('connection_request', 'connection_accepted', 'comment', 'reply',
                                     'mention', 'message', 'event_update', 'waitlist_promoted',
                                     'moderation_outcome', 'group_invite', 'group_request',
                                     'transaction_update', 'system')),
    actor_id          UUID REFERENCES personal_details (user_id) ON DELETE SET NULL,
    entity_type       VARCHAR(50),
    entity_id         UUID,
    title             VARCHAR(300),
    body              TEXT,
    read_at           TIMESTAMPTZ,
    created_at        TIMESTAMPTZ NOT NULL DEFAULT NOW()
);

CREATE INDEX idx_notifications_user ON notifications (user_id, read_at, created_at DESC);

-- ---------------------------------------------------------------------------------------------
-- moderation
-- ---------------------------------------------------------------------------------------------
CREATE TABLE content_reports (
    id              UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    -- nullable: a report outlives the erasure of the member who made it
    reporter_id     UUID REFERENCES personal_details (user_id) ON DELETE SET NULL,
    target_type     VARCHAR(20) NOT NULL
        CHECK (target_type IN ('post', 'comment', 'member', 'group', 'listing', 'event')),
    target_id       UUID NOT NULL,
    reason          VARCHAR(30) NOT NULL
        CHECK (reason IN ('spam', 'harassment', 'inappropriate', 'misinformation', 'other')),
    details         TEXT,
    status          VARCHAR(20) NOT NULL DEFAULT 'open'
        CHECK (status IN ('open', 'hidden', 'removed', 'dismissed')),
    resolved_by     UUID REFERENCES personal_details (user_id) ON DELETE SET NULL,
    resolved_at     TIMESTAMPTZ,
    resolution_note TEXT,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT NOW(),
    version         BIGINT NOT NULL DEFAULT 0
);

COMMENT ON TABLE content_reports IS
    'Moderation queue. target_id is polymorphic (no FK): the report survives the removal of its target.';

CREATE INDEX idx_content_reports_status ON content_reports (status, created_at);
CREATE INDEX idx_content_reports_target ON content_reports (target_type, target_id);

-- ---------------------------------------------------------------------------------------------
-- audit
-- ---------------------------------------------------------------------------------------------
CREATE TABLE audit_log (
    id          UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    actor_id    UUID REFERENCES personal_details (user_id) ON DELETE SET NULL,
    action      VARCHAR(100) NOT NULL,
    entity_type VARCHAR(50),
    entity_id   UUID,
    before_data JSONB,
    after_data  JSONB,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT NOW(),
    ip_address  VARCHAR(45)
);

COMMENT ON TABLE audit_log IS
    'Append-only record of staff/admin actions. Entities without a UUID key (hub_settings) leave '
    'entity_id NULL and carry their key in before_data/after_data.';

CREATE INDEX idx_audit_log_created_at ON audit_log (created_at DESC);
CREATE INDEX idx_audit_log_entity ON audit_log (entity_type, entity_id);
CREATE INDEX idx_audit_log_actor ON audit_log (actor_id);

-- ---------------------------------------------------------------------------------------------
-- authentication
-- ---------------------------------------------------------------------------------------------
CREATE TABLE auth_tokens (
    id           UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id      UUID NOT NULL REFERENCES personal_details (user_id) ON DELETE CASCADE,
    token_hash   VARCHAR(128) UNIQUE NOT NULL,
    purpose      VARCHAR(30) NOT NULL
        CHECK (purpose IN ('session', 'password_reset', 'email_verification')),
    created_at   TIMESTAMPTZ NOT NULL DEFAULT NOW(),
    expires_at   TIMESTAMPTZ NOT NULL,
    revoked_at   TIMESTAMPTZ,
    last_used_at TIMESTAMPTZ,
    user_agent   TEXT,
    ip_address   VARCHAR(45)
);

COMMENT ON TABLE auth_tokens IS
    'Bearer/session, reset and verification tokens. Only a hash of the token is stored; the server is '
    'stateless so any instance can validate a token.';

CREATE INDEX idx_auth_tokens_user ON auth_tokens (user_id, purpose);
CREATE INDEX idx_auth_tokens_expires ON auth_tokens (expires_at);

CREATE TABLE login_throttle (
    key          VARCHAR(300) PRIMARY KEY,
    failures     INTEGER NOT NULL DEFAULT 0 CHECK (failures >= 0),
    window_start TIMESTAMPTZ NOT NULL DEFAULT NOW(),
    locked_until TIMESTAMPTZ
);

COMMENT ON TABLE login_throttle IS
    'Failed sign-in counting per key (''email:<lower-case address>'' or ''ip:<address>''), shared by all '
    'server instances; covers unknown e-mail addresses too, which personal_details.failed_login_count cannot.';

-- ---------------------------------------------------------------------------------------------
-- hub settings and media
-- ---------------------------------------------------------------------------------------------
CREATE TABLE hub_settings (
    setting_key   VARCHAR(100) PRIMARY KEY,
    setting_value TEXT NOT NULL,
    updated_at    TIMESTAMPTZ NOT NULL DEFAULT NOW(),
    updated_by    UUID REFERENCES personal_details (user_id) ON DELETE SET NULL,
    version       BIGINT NOT NULL DEFAULT 0
);

COMMENT ON TABLE hub_settings IS
    'Hub-wide settings (time zone, default currency, AI endpoints...). Absent keys mean the built-in '
    'defaults (Africa/Harare, USD), so no rows are seeded here.';

CREATE TABLE media_files (
    id           UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    owner_id     UUID NOT NULL REFERENCES personal_details (user_id) ON DELETE CASCADE,
    file_name    VARCHAR(255) NOT NULL,
    content_type VARCHAR(100),
    size_bytes   BIGINT NOT NULL CHECK (size_bytes >= 0),
    storage_path TEXT NOT NULL,
    sha256       VARCHAR(64),
    created_at   TIMESTAMPTZ NOT NULL DEFAULT NOW()
);

COMMENT ON TABLE media_files IS
    'Metadata of uploaded files; the bytes live in the data folder (storage_path is relative to it).';

CREATE INDEX idx_media_files_owner ON media_files (owner_id);
CREATE INDEX idx_media_files_sha256 ON media_files (sha256);

-- ---------------------------------------------------------------------------------------------
-- offline sync bookkeeping
-- ---------------------------------------------------------------------------------------------

-- Client side: every local change to synchronised data, written in the same transaction as the change.
CREATE TABLE sync_outbox (
    mutation_id  UUID PRIMARY KEY,
    entity_type  VARCHAR(50) NOT NULL,
    entity_id    UUID NOT NULL,
    operation    VARCHAR(10) NOT NULL CHECK (operation IN ('insert', 'update', 'delete')),
    base_version BIGINT,
    payload      JSONB NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT NOW(),
    status       VARCHAR(20) NOT NULL DEFAULT 'pending'
        CHECK (status IN ('pending', 'sent', 'applied', 'conflict', 'rejected')),
    attempts     INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    last_error   TEXT,
    server_row   JSONB
);

COMMENT ON TABLE sync_outbox IS
    'Client-side queue of local mutations. Conflicting and rejected rows are kept for a person to '
    'resolve, never deleted automatically; server_row holds the server''s version on conflict.';

CREATE INDEX idx_sync_outbox_status ON sync_outbox (status, created_at);
CREATE INDEX idx_sync_outbox_entity ON sync_outbox (entity_type, entity_id);

-- Server side: the change feed clients pull from, after their cursor.
CREATE TABLE sync_change_log (
    seq         BIGSERIAL PRIMARY KEY,
    entity_type VARCHAR(50) NOT NULL,
    entity_id   UUID NOT NULL,
    operation   VARCHAR(10) NOT NULL CHECK (operation IN ('upsert', 'delete')),
    payload     JSONB,
    changed_at  TIMESTAMPTZ NOT NULL DEFAULT NOW(),
    changed_by  UUID REFERENCES personal_details (user_id) ON DELETE SET NULL,
    tx_id       XID8 NOT NULL DEFAULT pg_current_xact_id()
);

COMMENT ON TABLE sync_change_log IS
    'Server change feed; operation ''delete'' rows are tombstones (payload may be NULL).';
COMMENT ON COLUMN sync_change_log.tx_id IS
    'Writing transaction. Sequence values are handed out before commit, so a transaction that commits '
    'late can insert a seq below one a client has already read. Readers must only return rows with '
    'tx_id < pg_snapshot_xmin(pg_current_snapshot()) (i.e. from transactions no longer in flight) so '
    'a cursor never skips a row.';

CREATE INDEX idx_sync_change_log_entity ON sync_change_log (entity_type, entity_id);

-- Server side: idempotency of pushes (a retried batch applies each mutation at most once).
CREATE TABLE sync_applied_mutations (
    mutation_id UUID PRIMARY KEY,
    applied_at  TIMESTAMPTZ NOT NULL DEFAULT NOW(),
    outcome     VARCHAR(20) NOT NULL CHECK (outcome IN ('applied', 'conflict', 'rejected')),
    -- the reply sent the first time, returned again verbatim when a batch is retried
    response    JSONB
);

-- Either side: cursors and other sync bookkeeping (e.g. 'pull_cursor', 'server_url', 'last_sync_at').
CREATE TABLE sync_state (
    key   VARCHAR(100) PRIMARY KEY,
    value TEXT
);
