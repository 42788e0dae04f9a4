-- SmileFactory Hub schema, part 2: the 8 type-specific profile tables.
--
-- The seed defines innovator, business investor and mentor; the other five have the same shape
-- (user_id is the PK and the FK to personal_details, created_at/updated_at, plus version).
-- Profile rows belong to the member: ON DELETE CASCADE (the seed: "profile deletions cascade").
-- Stage values are shared by innovator_profiles.innovation_stage and
-- business_investor_profiles.investment_stage_preference so the AI matcher can compare them.

CREATE TABLE innovator_profiles (
    user_id               UUID PRIMARY KEY REFERENCES personal_details (user_id) ON DELETE CASCADE,
    industry_focus        VARCHAR(100),
    innovation_stage      VARCHAR(50)
        CHECK (innovation_stage IN ('idea', 'prototype', 'mvp', 'early_traction', 'growth', 'scale')),
    startup_name          VARCHAR(200),
    startup_description   TEXT,
    funding_amount_needed DECIMAL(15, 2) CHECK (funding_amount_needed >= 0),
    team_size             INTEGER CHECK (team_size >= 0),
    business_model        TEXT,
    target_market         TEXT,
    competitive_advantage TEXT,
    created_at            TIMESTAMPTZ NOT NULL DEFAULT NOW(),
    updated_at            TIMESTAMPTZ NOT NULL DEFAULT NOW(),
    version               BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE business_investor_profiles (
    user_id                     UUID PRIMARY KEY REFERENCES personal_details (user_id) ON DELETE CASCADE,
    investment_focus            TEXT[],
    investment_stage_preference TEXT[]
        CHECK (investment_stage_preference <@
               ARRAY ['idea', 'prototype', 'mvp', 'early_traction', 'growth', 'scale']::TEXT[]),
    ticket_size_min             DECIMAL(15, 2) CHECK (ticket_size_min >= 0),
    ticket_size_max             DECIMAL(15, 2) CHECK (ticket_size_max >= 0),
    geographic_focus            TEXT[],
    portfolio_companies         TEXT[],
    investment_criteria         TEXT,
    due_diligence_process       TEXT,
    created_at                  TIMESTAMPTZ NOT NULL DEFAULT NOW(),
    updated_at                  TIMESTAMPTZ NOT NULL DEFAULT NOW(),
    version                     BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT business_investor_profiles_ticket_range_check
        CHECK (ticket_size_min IS NULL OR ticket_size_max IS NULL OR ticket_size_min <= ticket_size_max)
);

CREATE TABLE mentor_profiles (
    user_id                         UUID PRIMARY KEY REFERENCES personal_details (user_id) ON DELETE CASCADE,
    expertise_areas                 TEXT[],
    mentoring_experience_years      INTEGER CHECK (mentoring_experience_years >= 0),
    mentoring_approach              TEXT,
    availability_hours_per_month    INTEGER CHECK (availability_hours_per_month >= 0),
    preferred_communication_methods TEXT[]
        CHECK (preferred_communication_methods <@
               ARRAY ['in_person', 'video', 'phone', 'email', 'chat']::TEXT[]),
    success_stories                 TEXT,
    mentoring_philosophy            TEXT,
    created_at                      TIMESTAMPTZ NOT NULL DEFAULT NOW(),
    updated_at                      TIMESTAMPTZ NOT NULL DEFAULT NOW(),
    version                         BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE professional_profiles (
    user_id             UUID PRIMARY KEY REFERENCES personal_details (user_id) ON DELETE CASCADE,
    job_title           VARCHAR(200),
    company             VARCHAR(200),
    skills              TEXT[],
    services_offered    TEXT[],
    years_of_experience INTEGER CHECK (years_of_experience >= 0),
    availability        VARCHAR(50)
        CHECK (availability IN ('full_time', 'part_time', 'contract', 'freelance', 'not_available')),
    created_at          TIMESTAMPTZ NOT NULL DEFAULT NOW(),
    updated_at          TIMESTAMPTZ NOT NULL DEFAULT NOW(),
    version             BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE industry_expert_profiles (
    user_id                 UUID PRIMARY KEY REFERENCES personal_details (user_id) ON DELETE CASCADE,
    expertise_domains       TEXT[],
    years_of_experience     INTEGER CHECK (years_of_experience >= 0),
    consulting_availability VARCHAR(50)
        CHECK (consulting_availability IN ('available', 'limited', 'unavailable')),
    hourly_rate             DECIMAL(10, 2) CHECK (hourly_rate >= 0),
    publications            TEXT[],
    created_at              TIMESTAMPTZ NOT NULL DEFAULT NOW(),
    updated_at              TIMESTAMPTZ NOT NULL DEFAULT NOW(),
    version                 BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE academic_student_profiles (
    user_id                  UUID PRIMARY KEY REFERENCES personal_details (user_id) ON DELETE CASCADE,
    institution              VARCHAR(200),
    field_of_study           VARCHAR(200),
    degree_level             VARCHAR(50)
        CHECK (degree_level IN ('certificate', 'diploma', 'bachelor', 'master', 'doctorate')),
    expected_graduation_year INTEGER CHECK (expected_graduation_year BETWEEN 1950 AND 2100),
    seeking                  TEXT[]
        CHECK (seeking <@ ARRAY ['internship', 'mentorship', 'job', 'co_founder']::TEXT[]),
    created_at               TIMESTAMPTZ NOT NULL DEFAULT NOW(),
    updated_at               TIMESTAMPTZ NOT NULL DEFAULT NOW(),
    version                  BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE academic_institution_profiles (
    user_id               UUID PRIMARY KEY REFERENCES personal_details (user_id) ON DELETE CASCADE,
    institution_name      VARCHAR(200),
    institution_type      VARCHAR(50)
        CHECK (institution_type IN ('university', 'college', 'polytechnic', 'research_institute',
                                    'school', 'other')),
    programmes_offered    TEXT[],
    research_areas        TEXT[],
    partnership_interests TEXT[],
    student_count         INTEGER CHECK (student_count >= 0),
    created_at            TIMESTAMPTZ NOT NULL DEFAULT NOW(),
    updated_at            TIMESTAMPTZ NOT NULL DEFAULT NOW(),
    version               BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE organisation_profiles (
    user_id              UUID PRIMARY KEY REFERENCES personal_details (user_id) ON DELETE CASCADE,
    organisation_name    VARCHAR(200),
    organisation_type    VARCHAR(50)
        CHECK (organisation_type IN ('corporate', 'ngo', 'government', 'development_partner')),
    sector               VARCHAR(100),
    organisation_size    VARCHAR(20)
        CHECK (organisation_size IN ('1-10', '11-50', '51-200', '201-1000', '1000+')),
    innovation_interests TEXT[],
    procurement_needs    TEXT,
    created_at           TIMESTAMPTZ NOT NULL DEFAULT NOW(),
    updated_at           TIMESTAMPTZ NOT NULL DEFAULT NOW(),
    version              BIGINT NOT NULL DEFAULT 0
);

COMMENT ON TABLE professional_profiles IS 'Not in the seed: same shape as the seed''s three profile tables.';
COMMENT ON TABLE industry_expert_profiles IS 'Not in the seed: same shape as the seed''s three profile tables.';
COMMENT ON TABLE academic_student_profiles IS 'Not in the seed: same shape as the seed''s three profile tables.';
COMMENT ON TABLE academic_institution_profiles IS 'Not in the seed: same shape as the seed''s three profile tables.';
COMMENT ON TABLE organisation_profiles IS 'Not in the seed: same shape as the seed''s three profile tables.';
