-- SmileFactory Hub schema, part 1: extensions, shared helpers, the member table.
--
-- The seed (docs: ../seed/000_6060d699e71f9a7f.txt) is implemented here "reconciled" as described in
-- ARCHITECTURE.md: personal_details is THE member table (every "REFERENCES users(id)" in the seed
-- points at personal_details(user_id)), enumerated columns get CHECKs, counters are kept by triggers,
-- full-text search uses stored tsvector columns, and embeddings are real[] (no pgvector).
--
-- IDs are generated in Java (UUID v7). The seed's DEFAULT gen_random_uuid() is kept only as a
-- convenience for hand-written SQL; no application code may rely on it. gen_random_uuid() is built
-- into PostgreSQL 13+, so the seed's "UUID / crypto extensions" (uuid-ossp, pgcrypto) are not needed:
-- password hashing is bcrypt in the JVM.

-- pg_trgm: typo-tolerant name lookup (similarity(), %, gin_trgm_ops). Trusted extension since
-- PostgreSQL 13, so a database owner without superuser rights (direct mode) can create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- array_to_string() is only STABLE (element output functions could in theory depend on settings),
-- so it cannot appear in a GENERATED ... STORED expression. For text[] it is in fact immutable;
-- this wrapper says so, so tags can be part of the stored search vectors. plpgsql (not sql) so the
-- planner never inlines it back into the STABLE call.
CREATE FUNCTION sf_text_array_to_string(arr TEXT[]) RETURNS TEXT
    LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS
$$
BEGIN
    RETURN coalesce(array_to_string(arr, ' '), '');
END
$$;

COMMENT ON FUNCTION sf_text_array_to_string(TEXT[]) IS
    'Immutable array_to_string(arr, '' '') for text[]; used in stored tsvector expressions.';

-- ---------------------------------------------------------------------------------------------
-- personal_details: the seed's main user table, plus what the hub needs to run on it.
-- ---------------------------------------------------------------------------------------------
CREATE TABLE personal_details (
    user_id              UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    email                VARCHAR(255) UNIQUE NOT NULL,
    password_hash        VARCHAR(255) NOT NULL,
    first_name           VARCHAR(100),
    last_name            VARCHAR(100),
    phone_country_code   VARCHAR(10),
    phone_number         VARCHAR(20),
    gender               VARCHAR(20)
        CHECK (gender IN ('female', 'male', 'non_binary', 'other', 'prefer_not_to_say')),
    role                 VARCHAR(50) NOT NULL DEFAULT 'user'
        CHECK (role IN ('user', 'staff', 'admin', 'kiosk')),
    profile_name         VARCHAR(200),
    profile_state        VARCHAR(20) NOT NULL DEFAULT 'DRAFT'
        CHECK (profile_state IN ('DRAFT', 'PUBLISHED')),
    -- NULL = a "new" member who has not chosen a profile type yet.
    profile_type         VARCHAR(50)
        CHECK (profile_type IN ('innovator', 'business_investor', 'mentor', 'professional',
                                'industry_expert', 'academic_student', 'academic_institution',
                                'organisation')),
    profile_visibility   VARCHAR(20) NOT NULL DEFAULT 'public'
        CHECK (profile_visibility IN ('public', 'connections_only', 'private')),
    profile_completion   INTEGER NOT NULL DEFAULT 0
        CHECK (profile_completion BETWEEN 0 AND 100),
    is_verified          BOOLEAN NOT NULL DEFAULT FALSE,
    email_verified       BOOLEAN NOT NULL DEFAULT FALSE,
    bio                  TEXT,
    hear_about_us        TEXT[],
    created_at           TIMESTAMPTZ NOT NULL DEFAULT NOW(),
    updated_at           TIMESTAMPTZ NOT NULL DEFAULT NOW(),
    last_login_at        TIMESTAMPTZ,

    -- additions the seed implies ------------------------------------------------------------
    location             VARCHAR(255),
    focus_tags           TEXT[] NOT NULL DEFAULT '{}',
    search_vector        TSVECTOR,
    full_name            TEXT GENERATED ALWAYS AS
        (btrim(coalesce(first_name, '') || ' ' || coalesce(last_name, ''))) STORED,
    version              BIGINT NOT NULL DEFAULT 0,
    failed_login_count   INTEGER NOT NULL DEFAULT 0 CHECK (failed_login_count >= 0),
    locked_until         TIMESTAMPTZ,
    published_at         TIMESTAMPTZ,
    deleted_at           TIMESTAMPTZ
);

COMMENT ON TABLE personal_details IS
    'The member table (the seed''s personal_details; the seed''s "users" table is this one). '
    'Rows are soft-deleted/anonymised via deleted_at by the privacy service rather than hard-deleted, '
    'so authored content keeps a valid author_id.';
COMMENT ON COLUMN personal_details.focus_tags IS
    'Industries/expertise/skills derived by the profiles service from the type-specific profile '
    'table, denormalised here so the directory can filter by industry/skills with one GIN lookup.';
COMMENT ON COLUMN personal_details.search_vector IS
    'Maintained by the Java profiles service (not GENERATED): it includes type-specific details that '
    'live in other tables (startup name, expertise, institution...).';
COMMENT ON COLUMN personal_details.full_name IS
    'Generated "first last" for trigram (typo-tolerant) name search and keyset paging of the directory.';
COMMENT ON COLUMN personal_details.version IS 'Optimistic-locking version, incremented by the application.';

-- seed indexes (idx_personal_details_email is redundant with the UNIQUE constraint; kept as in the seed)
CREATE INDEX idx_personal_details_email ON personal_details (email);
CREATE INDEX idx_personal_details_profile_type ON personal_details (profile_type);
CREATE INDEX idx_personal_details_created_at ON personal_details (created_at);

-- e-mail addresses are unique regardless of case (sign-in looks them up by lower(email))
CREATE UNIQUE INDEX uq_personal_details_email_lower ON personal_details (lower(email));

-- search and directory
CREATE INDEX idx_personal_details_search_vector ON personal_details USING GIN (search_vector);
CREATE INDEX idx_personal_details_full_name_trgm ON personal_details USING GIN (full_name gin_trgm_ops);
CREATE INDEX idx_personal_details_focus_tags ON personal_details USING GIN (focus_tags);
-- keyset paging: ORDER BY full_name, user_id  /  ORDER BY created_at DESC, user_id
CREATE INDEX idx_personal_details_name_keyset ON personal_details (full_name, user_id);
CREATE INDEX idx_personal_details_created_keyset ON personal_details (created_at DESC, user_id);
