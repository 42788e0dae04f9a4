-- SmileFactory Hub schema, part 3: groups, events (with tickets and check-in), marketplace.
--
-- Created before posts (V4) because posts.group_id and conversations.group_id reference groups.
--
-- The seed defines groups and events twice. The later "Advanced Community Tables" definitions win
-- (PK "id", richer columns, CHECK lists); the earlier definitions' extra columns are kept or mapped:
--   groups:  group_id -> id, creator_id -> created_by, rules kept, group_type ('public','private',
--            'invite-only') is split into visibility ('public','private','hidden') and
--            membership_type ('open','approval_required','invite_only').
--   events:  event_id -> id, start_date/end_date -> start_date_time/end_date_time,
--            registration_fee -> price (+ currency), status 'upcoming' -> 'published',
--            is_online kept, online_platform folded into virtual_meeting_url.
-- The seed's relationship section calls the join tables group_members and event_registrations;
-- they are group_memberships and event_attendees (the later, defined tables).
--
-- Counters (groups.member_count, events.current_attendees) are maintained by row-level triggers on
-- the child tables, in the same transaction, with "SET n = n + 1" (never read-modify-write), so
-- concurrent changes serialise on the parent row lock and cannot drift. A BEFORE trigger on the
-- parent ignores any value an application writes into a counter (INSERT starts at 0, a top-level
-- UPDATE keeps the old value): an ORM that writes back a stale entity cannot corrupt the counter.

-- ---------------------------------------------------------------------------------------------
-- groups
-- ---------------------------------------------------------------------------------------------
CREATE TABLE groups (
    id                     UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    name                   VARCHAR(255) NOT NULL,
    description            TEXT,
    category               VARCHAR(100) NOT NULL,
    visibility             VARCHAR(50) NOT NULL DEFAULT 'public'
        CHECK (visibility IN ('public', 'private', 'hidden')),
    membership_type        VARCHAR(50) NOT NULL DEFAULT 'open'
        CHECK (membership_type IN ('open', 'approval_required', 'invite_only')),
    max_members            INTEGER DEFAULT 1000 CHECK (max_members > 0),
    member_count           INTEGER NOT NULL DEFAULT 0 CHECK (member_count >= 0),
    created_by             UUID NOT NULL REFERENCES personal_details (user_id),
    status                 VARCHAR(50) NOT NULL DEFAULT 'active'
        CHECK (status IN ('active', 'inactive', 'archived')),
    invite_code            VARCHAR(50) UNIQUE,
    cover_image_url        TEXT,
    tags                   TEXT[],
    location               VARCHAR(255),
    created_at             TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at             TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,
    -- from the seed's first groups definition
    rules                  TEXT,
    -- additions
    invite_code_expires_at TIMESTAMPTZ,
    version                BIGINT NOT NULL DEFAULT 0,
    search_vector          TSVECTOR GENERATED ALWAYS AS (
        setweight(to_tsvector('english', coalesce(name, '')), 'A') ||
        setweight(to_tsvector('english', coalesce(description, '')), 'B') ||
        setweight(to_tsvector('english', coalesce(category, '') || ' ' || sf_text_array_to_string(tags)
                                             || ' ' || coalesce(location, '')), 'C')
    ) STORED
);

COMMENT ON TABLE groups IS
    'The seed''s later ("Advanced Community Tables") groups definition; the earlier one''s rules column '
    'is kept and its group_type is expressed by visibility + membership_type.';
COMMENT ON COLUMN groups.member_count IS
    'Number of group_memberships rows with status = ''active''; maintained by trigger, read-only for the application.';

CREATE INDEX idx_groups_category ON groups (category);
CREATE INDEX idx_groups_visibility ON groups (visibility);
CREATE INDEX idx_groups_created_by ON groups (created_by);
CREATE INDEX idx_groups_status ON groups (status);
CREATE INDEX idx_groups_search_vector ON groups USING GIN (search_vector);
CREATE INDEX idx_groups_name_trgm ON groups USING GIN (name gin_trgm_ops);

CREATE TABLE group_memberships (
    id           UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    group_id     UUID NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    user_id      UUID NOT NULL REFERENCES personal_details (user_id) ON DELETE CASCADE,
    role         VARCHAR(50) NOT NULL DEFAULT 'member' CHECK (role IN ('admin', 'moderator', 'member')),
    status       VARCHAR(50) NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'pending', 'banned', 'left')),
    joined_at    TIMESTAMPTZ DEFAULT CURRENT_TIMESTAMP,
    left_at      TIMESTAMPTZ,
    invited_by   UUID REFERENCES personal_details (user_id) ON DELETE SET NULL,
    -- additions
    requested_at TIMESTAMPTZ,
    banned_at    TIMESTAMPTZ,
    version      BIGINT NOT NULL DEFAULT 0,
    UNIQUE (group_id, user_id)
);

CREATE INDEX idx_group_memberships_group_user ON group_memberships (group_id, user_id);
CREATE INDEX idx_group_memberships_user ON group_memberships (user_id);
CREATE INDEX idx_group_memberships_status ON group_memberships (status);

CREATE FUNCTION sf_groups_protect_counters() RETURNS TRIGGER LANGUAGE plpgsql AS
$$
BEGIN
    -- depth 1 = written by an application statement; deeper = by a counter trigger
    IF pg_trigger_depth() = 1 THEN
        IF TG_OP = 'INSERT' THEN
            NEW.member_count := 0;
        ELSE
            NEW.member_count := OLD.member_count;
        END IF;
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER groups_protect_counters
    BEFORE INSERT OR UPDATE OF member_count ON groups
    FOR EACH ROW EXECUTE FUNCTION sf_groups_protect_counters();

CREATE FUNCTION sf_group_memberships_count() RETURNS TRIGGER LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.group_id = OLD.group_id THEN
        IF (NEW.status = 'active') IS DISTINCT FROM (OLD.status = 'active') THEN
            UPDATE groups
               SET member_count = member_count + CASE WHEN NEW.status = 'active' THEN 1 ELSE -1 END
             WHERE id = NEW.group_id;
        END IF;
        RETURN NULL;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.status = 'active' THEN
        UPDATE groups SET member_count = member_count - 1 WHERE id = OLD.group_id;
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') AND NEW.status = 'active' THEN
        UPDATE groups SET member_count = member_count + 1 WHERE id = NEW.group_id;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER group_memberships_count
    AFTER INSERT OR DELETE OR UPDATE OF status, group_id ON group_memberships
    FOR EACH ROW EXECUTE FUNCTION sf_group_memberships_count();

-- ---------------------------------------------------------------------------------------------
-- events
-- ---------------------------------------------------------------------------------------------
CREATE TABLE events (
    id                    UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    title                 VARCHAR(500) NOT NULL,
    description           TEXT,
    event_type            VARCHAR(100) NOT NULL
        CHECK (event_type IN ('conference', 'workshop', 'networking', 'webinar', 'meetup', 'pitch', 'demo')),
    start_date_time       TIMESTAMPTZ NOT NULL,
    end_date_time         TIMESTAMPTZ NOT NULL,
    timezone              VARCHAR(50) NOT NULL DEFAULT 'Africa/Harare',
    location              VARCHAR(500),
    virtual_meeting_url   TEXT,
    max_attendees         INTEGER CHECK (max_attendees >= 0),
    current_attendees     INTEGER NOT NULL DEFAULT 0 CHECK (current_attendees >= 0),
    registration_required BOOLEAN NOT NULL DEFAULT TRUE,
    registration_deadline TIMESTAMPTZ,
    organizer_id          UUID NOT NULL REFERENCES personal_details (user_id),
    status                VARCHAR(50) NOT NULL DEFAULT 'draft'
        CHECK (status IN ('draft', 'published', 'cancelled', 'completed')),
    visibility            VARCHAR(50) NOT NULL DEFAULT 'public'
        CHECK (visibility IN ('public', 'private', 'members_only')),
    cover_image_url       TEXT,
    tags                  TEXT[],
    price                 DECIMAL(10, 2) NOT NULL DEFAULT 0 CHECK (price >= 0),
    currency              VARCHAR(3) NOT NULL DEFAULT 'USD' CHECK (currency ~ '^[A-Z]{3}$'),
    created_at            TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at            TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,
    -- from the seed's first events definition (online_platform is folded into virtual_meeting_url)
    is_online             BOOLEAN NOT NULL DEFAULT FALSE,
    -- additions
    version               BIGINT NOT NULL DEFAULT 0,
    search_vector         TSVECTOR GENERATED ALWAYS AS (
        setweight(to_tsvector('english', coalesce(title, '')), 'A') ||
        setweight(to_tsvector('english', coalesce(description, '')), 'B') ||
        setweight(to_tsvector('english', coalesce(location, '') || ' ' || sf_text_array_to_string(tags)), 'C')
    ) STORED,
    CONSTRAINT events_dates_check CHECK (end_date_time >= start_date_time)
);

COMMENT ON TABLE events IS
    'The seed''s later events definition; from the earlier one is_online is kept, registration_fee is '
    'price, start_date/end_date are start_date_time/end_date_time, online_platform goes into '
    'virtual_meeting_url, and status ''upcoming'' is ''published''.';
COMMENT ON COLUMN events.max_attendees IS
    'Capacity (NULL = unlimited). Not enforced by a CHECK against current_attendees: staff may confirm '
    'speakers/organisers over capacity. Registration must lock the event row (SELECT ... FOR UPDATE) '
    'before deciding confirmed vs waitlist.';
COMMENT ON COLUMN events.current_attendees IS
    'Number of event_attendees rows with status = ''confirmed''; maintained by trigger, read-only for the application.';

CREATE INDEX idx_events_organizer_id ON events (organizer_id);
CREATE INDEX idx_events_event_type ON events (event_type);
CREATE INDEX idx_events_start_date ON events (start_date_time);
CREATE INDEX idx_events_status ON events (status);
CREATE INDEX idx_events_location ON events (location);
CREATE INDEX idx_events_search_vector ON events USING GIN (search_vector);
CREATE INDEX idx_events_title_trgm ON events USING GIN (title gin_trgm_ops);

CREATE TABLE event_attendees (
    id                   UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    event_id             UUID NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    user_id              UUID NOT NULL REFERENCES personal_details (user_id) ON DELETE CASCADE,
    -- seed list widened with 'cancelled' (a cancelled registration keeps its row and ticket history)
    status               VARCHAR(50) NOT NULL DEFAULT 'pending'
        CHECK (status IN ('confirmed', 'maybe', 'declined', 'pending', 'waitlist', 'cancelled')),
    role                 VARCHAR(50) NOT NULL DEFAULT 'attendee'
        CHECK (role IN ('organizer', 'speaker', 'sponsor', 'attendee')),
    registered_at        TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at           TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,
    dietary_restrictions TEXT,
    special_requests     TEXT,
    check_in_time        TIMESTAMPTZ,
    -- additions: tickets and check-in
    ticket_code          VARCHAR(64) UNIQUE,
    checked_in_by        UUID REFERENCES personal_details (user_id) ON DELETE SET NULL,
    check_in_source      VARCHAR(100),
    cancelled_at         TIMESTAMPTZ,
    waitlisted_at        TIMESTAMPTZ,
    version              BIGINT NOT NULL DEFAULT 0,
    UNIQUE (event_id, user_id)
);

COMMENT ON COLUMN event_attendees.ticket_code IS
    'Unguessable ticket code (random, generated by the application) encoded in the QR code.';
COMMENT ON COLUMN event_attendees.check_in_time IS
    'The FIRST check-in time. Offline kiosks merge by keeping the earliest; later scans are '
    'recorded in event_check_in_scans as duplicates.';
COMMENT ON COLUMN event_attendees.check_in_source IS 'Which door/kiosk checked the attendee in.';

CREATE INDEX idx_event_attendees_event_user ON event_attendees (event_id, user_id);
CREATE INDEX idx_event_attendees_user ON event_attendees (user_id);
CREATE INDEX idx_event_attendees_status ON event_attendees (status);
-- waitlist promotion: oldest waitlisted first
CREATE INDEX idx_event_attendees_waitlist ON event_attendees (event_id, status, waitlisted_at);
CREATE INDEX idx_event_attendees_check_in ON event_attendees (event_id, check_in_time);

CREATE FUNCTION sf_events_protect_counters() RETURNS TRIGGER LANGUAGE plpgsql AS
$$
BEGIN
    IF pg_trigger_depth() = 1 THEN
        IF TG_OP = 'INSERT' THEN
            NEW.current_attendees := 0;
        ELSE
            NEW.current_attendees := OLD.current_attendees;
        END IF;
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER events_protect_counters
    BEFORE INSERT OR UPDATE OF current_attendees ON events
    FOR EACH ROW EXECUTE FUNCTION sf_events_protect_counters();

CREATE FUNCTION sf_event_attendees_count() RETURNS TRIGGER LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.event_id = OLD.event_id THEN
        IF (NEW.status = 'confirmed') IS DISTINCT FROM (OLD.status = 'confirmed') THEN
            UPDATE events
               SET current_attendees = current_attendees + CASE WHEN NEW.status = 'confirmed' THEN 1 ELSE -1 END
             WHERE id = NEW.event_id;
        END IF;
        RETURN NULL;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.status = 'confirmed' THEN
        UPDATE events SET current_attendees = current_attendees - 1 WHERE id = OLD.event_id;
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') AND NEW.status = 'confirmed' THEN
        UPDATE events SET current_attendees = current_attendees + 1 WHERE id = NEW.event_id;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER event_attendees_count
    AFTER INSERT OR DELETE OR UPDATE OF status, event_id ON event_attendees
    FOR EACH ROW EXECUTE FUNCTION sf_event_attendees_count();

-- Every scan at a kiosk, including the ones that did not check anyone in; a duplicate scan reports
-- the first check-in time. Kept even if the registration is later deleted (attendee_id SET NULL).
CREATE TABLE event_check_in_scans (
    id                  UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    event_id            UUID NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    attendee_id         UUID REFERENCES event_attendees (id) ON DELETE SET NULL,
    ticket_code         TEXT,
    scanned_at          TIMESTAMPTZ NOT NULL DEFAULT NOW(),
    scanned_by          UUID REFERENCES personal_details (user_id) ON DELETE SET NULL,
    source              VARCHAR(100),
    outcome             VARCHAR(30) NOT NULL
        CHECK (outcome IN ('checked_in', 'duplicate', 'not_registered', 'waitlisted', 'cancelled', 'invalid')),
    first_check_in_time TIMESTAMPTZ
);

COMMENT ON COLUMN event_check_in_scans.ticket_code IS
    'What the scanner typed, verbatim (TEXT: garbage scans must be recordable too).';

CREATE INDEX idx_event_check_in_scans_event ON event_check_in_scans (event_id, scanned_at);
CREATE INDEX idx_event_check_in_scans_attendee ON event_check_in_scans (attendee_id);

-- ---------------------------------------------------------------------------------------------
-- marketplace
-- ---------------------------------------------------------------------------------------------
CREATE TABLE marketplace_listings (
    id             UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    title          VARCHAR(500) NOT NULL,
    description    TEXT NOT NULL,
    category       VARCHAR(100) NOT NULL,
    listing_type   VARCHAR(50) NOT NULL
        CHECK (listing_type IN ('product', 'service', 'job', 'partnership', 'investment')),
    price          DECIMAL(12, 2) CHECK (price >= 0),
    currency       VARCHAR(3) NOT NULL DEFAULT 'USD' CHECK (currency ~ '^[A-Z]{3}$'),
    negotiable     BOOLEAN NOT NULL DEFAULT FALSE,
    seller_id      UUID NOT NULL REFERENCES personal_details (user_id),
    status         VARCHAR(50) NOT NULL DEFAULT 'active'
        CHECK (status IN ('active', 'sold', 'expired', 'removed')),
    location       VARCHAR(255),
    tags           TEXT[],
    images         TEXT[],
    contact_method VARCHAR(100),
    view_count     INTEGER NOT NULL DEFAULT 0 CHECK (view_count >= 0),
    created_at     TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at     TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,
    -- additions
    expires_at     TIMESTAMPTZ,
    version        BIGINT NOT NULL DEFAULT 0,
    search_vector  TSVECTOR GENERATED ALWAYS AS (
        setweight(to_tsvector('english', coalesce(title, '')), 'A') ||
        setweight(to_tsvector('english', coalesce(description, '')), 'B') ||
        setweight(to_tsvector('english', coalesce(category, '') || ' ' || sf_text_array_to_string(tags)
                                             || ' ' || coalesce(location, '')), 'C')
    ) STORED
);

CREATE INDEX idx_marketplace_listings_seller ON marketplace_listings (seller_id);
CREATE INDEX idx_marketplace_listings_category ON marketplace_listings (category);
CREATE INDEX idx_marketplace_listings_type ON marketplace_listings (listing_type);
CREATE INDEX idx_marketplace_listings_status ON marketplace_listings (status);
CREATE INDEX idx_marketplace_listings_search_vector ON marketplace_listings USING GIN (search_vector);
CREATE INDEX idx_marketplace_listings_title_trgm ON marketplace_listings USING GIN (title gin_trgm_ops);
CREATE INDEX idx_marketplace_listings_created_keyset ON marketplace_listings (created_at DESC, id);
-- the expiry job: active listings past expires_at
CREATE INDEX idx_marketplace_listings_expiry ON marketplace_listings (expires_at) WHERE status = 'active';

CREATE TABLE marketplace_transactions (
    id         UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    listing_id UUID NOT NULL REFERENCES marketplace_listings (id),
    seller_id  UUID NOT NULL REFERENCES personal_details (user_id),
    buyer_id   UUID NOT NULL REFERENCES personal_details (user_id),
    amount     DECIMAL(12, 2) CHECK (amount >= 0),
    currency   VARCHAR(3) NOT NULL DEFAULT 'USD' CHECK (currency ~ '^[A-Z]{3}$'),
    status     VARCHAR(50) NOT NULL DEFAULT 'initiated'
        CHECK (status IN ('initiated', 'negotiating', 'agreed', 'completed', 'cancelled')),
    message    TEXT,
    created_at TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,
    version    BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT marketplace_transactions_parties_check CHECK (buyer_id <> seller_id)
);

COMMENT ON COLUMN marketplace_transactions.status IS
    'Valid transitions (initiated -> negotiating -> agreed -> completed, any open state -> cancelled) '
    'and who may make them are enforced by the marketplace service, not here.';

CREATE INDEX idx_marketplace_transactions_listing ON marketplace_transactions (listing_id);
CREATE INDEX idx_marketplace_transactions_seller ON marketplace_transactions (seller_id);
CREATE INDEX idx_marketplace_transactions_buyer ON marketplace_transactions (buyer_id);
