-- SmileFactory Hub schema: the embedding refresh queue (issue 6, decision 0012).
--
-- Embeddings must follow the text they were made from without slowing the save a member waits
-- for. Triggers on every table whose text is embedded only note "this item changed" here (one
-- upsert in the writer's transaction, no model call); a background worker in the local backend
-- drains the queue in batches, re-embeds what really changed (content_embeddings.content_hash) and
-- deletes the vectors of items that are gone. Changing the embedding model re-queues everything.
-- Every vector, for profiles too, lives in content_embeddings (content_type 'profile', content_id
-- = user_id), so one index, one cache and one similarity search serve all five kinds.

CREATE TABLE ai_embedding_queue (
    content_type VARCHAR(50) NOT NULL
        CHECK (content_type IN ('post', 'profile', 'event', 'group', 'listing')),
    content_id   UUID NOT NULL,
    queued_at    TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(),
    PRIMARY KEY (content_type, content_id)
);

CREATE INDEX idx_ai_embedding_queue_queued_at ON ai_embedding_queue (queued_at);

-- The item's sub-kind (profile type, event type, listing type...), so "investors only" or "job
-- listings only" is filtered before any vector is compared.
ALTER TABLE content_embeddings ADD COLUMN content_subtype VARCHAR(50);

CREATE INDEX idx_content_embeddings_model ON content_embeddings (content_type, embedding_model);

CREATE FUNCTION sf_ai_enqueue(kind TEXT, item UUID) RETURNS VOID LANGUAGE sql AS
$$
INSERT INTO ai_embedding_queue (content_type, content_id) VALUES (kind, item)
ON CONFLICT (content_type, content_id) DO UPDATE SET queued_at = clock_timestamp()
$$;

-- One trigger function for all tables: TG_ARGV[0] is the content type, TG_ARGV[1] the key column.
CREATE FUNCTION sf_ai_enqueue_row() RETURNS TRIGGER LANGUAGE plpgsql AS
$$
DECLARE
    item UUID;
BEGIN
    IF TG_OP = 'DELETE' THEN
        item := (to_jsonb(OLD) ->> TG_ARGV[1])::UUID;
    ELSE
        item := (to_jsonb(NEW) ->> TG_ARGV[1])::UUID;
    END IF;
    PERFORM sf_ai_enqueue(TG_ARGV[0], item);
    RETURN NULL;
END
$$;

-- Only the columns that feed the embedded text: sign-ins, counters and visibility changes queue nothing
-- (visibility is applied when searching, never baked into a vector).
CREATE TRIGGER personal_details_ai_enqueue
    AFTER INSERT OR DELETE OR UPDATE OF first_name, last_name, profile_name, profile_type, bio, location,
        focus_tags, headline, deleted_at ON personal_details
    FOR EACH ROW EXECUTE FUNCTION sf_ai_enqueue_row('profile', 'user_id');

CREATE TRIGGER innovator_profiles_ai_enqueue AFTER INSERT OR UPDATE OR DELETE ON innovator_profiles
    FOR EACH ROW EXECUTE FUNCTION sf_ai_enqueue_row('profile', 'user_id');
CREATE TRIGGER business_investor_profiles_ai_enqueue AFTER INSERT OR UPDATE OR DELETE ON business_investor_profiles
    FOR EACH ROW EXECUTE FUNCTION sf_ai_enqueue_row('profile', 'user_id');
CREATE TRIGGER mentor_profiles_ai_enqueue AFTER INSERT OR UPDATE OR DELETE ON mentor_profiles
    FOR EACH ROW EXECUTE FUNCTION sf_ai_enqueue_row('profile', 'user_id');
CREATE TRIGGER professional_profiles_ai_enqueue AFTER INSERT OR UPDATE OR DELETE ON professional_profiles
    FOR EACH ROW EXECUTE FUNCTION sf_ai_enqueue_row('profile', 'user_id');
CREATE TRIGGER industry_expert_profiles_ai_enqueue AFTER INSERT OR UPDATE OR DELETE ON industry_expert_profiles
    FOR EACH ROW EXECUTE FUNCTION sf_ai_enqueue_row('profile', 'user_id');
CREATE TRIGGER academic_student_profiles_ai_enqueue AFTER INSERT OR UPDATE OR DELETE ON academic_student_profiles
    FOR EACH ROW EXECUTE FUNCTION sf_ai_enqueue_row('profile', 'user_id');
CREATE TRIGGER academic_institution_profiles_ai_enqueue AFTER INSERT OR UPDATE OR DELETE ON academic_institution_profiles
    FOR EACH ROW EXECUTE FUNCTION sf_ai_enqueue_row('profile', 'user_id');
CREATE TRIGGER organisation_profiles_ai_enqueue AFTER INSERT OR UPDATE OR DELETE ON organisation_profiles
    FOR EACH ROW EXECUTE FUNCTION sf_ai_enqueue_row('profile', 'user_id');

CREATE TRIGGER posts_ai_enqueue
    AFTER INSERT OR DELETE OR UPDATE OF title, content, category, tags ON posts
    FOR EACH ROW EXECUTE FUNCTION sf_ai_enqueue_row('post', 'post_id');
CREATE TRIGGER events_ai_enqueue
    AFTER INSERT OR DELETE OR UPDATE OF title, description, event_type, location, tags ON events
    FOR EACH ROW EXECUTE FUNCTION sf_ai_enqueue_row('event', 'id');
CREATE TRIGGER groups_ai_enqueue
    AFTER INSERT OR DELETE OR UPDATE OF name, description, category, tags, location ON groups
    FOR EACH ROW EXECUTE FUNCTION sf_ai_enqueue_row('group', 'id');
CREATE TRIGGER marketplace_listings_ai_enqueue
    AFTER INSERT OR DELETE OR UPDATE OF title, description, category, listing_type, location, tags ON marketplace_listings
    FOR EACH ROW EXECUTE FUNCTION sf_ai_enqueue_row('listing', 'id');

-- What existed before this migration is embedded by the worker's first runs.
INSERT INTO ai_embedding_queue (content_type, content_id)
SELECT 'profile', user_id FROM personal_details WHERE profile_type IS NOT NULL AND deleted_at IS NULL
UNION ALL SELECT 'post', post_id FROM posts
UNION ALL SELECT 'event', id FROM events
UNION ALL SELECT 'group', id FROM groups
UNION ALL SELECT 'listing', id FROM marketplace_listings
ON CONFLICT DO NOTHING;

-- A change counter per kind, bumped by every write to content_embeddings: the in-memory vector
-- cache of each process checks this one-row read instead of scanning the vectors to learn whether
-- they changed (a count(*) over 100,000 wide rows costs more than the search itself).
CREATE TABLE ai_index_generation (
    content_type VARCHAR(50) PRIMARY KEY,
    generation   BIGINT NOT NULL DEFAULT 0
);

INSERT INTO ai_index_generation (content_type) VALUES ('post'), ('profile'), ('event'), ('group'), ('listing');

CREATE FUNCTION sf_ai_index_generation_bump() RETURNS TRIGGER LANGUAGE plpgsql AS
$$
BEGIN
    UPDATE ai_index_generation SET generation = generation + 1
     WHERE content_type IN (SELECT DISTINCT content_type FROM changed_rows);
    RETURN NULL;
END
$$;

-- Statement-level with transition tables: a bulk load bumps each kind once, not once per row.
CREATE TRIGGER content_embeddings_generation_insert AFTER INSERT ON content_embeddings
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION sf_ai_index_generation_bump();
CREATE TRIGGER content_embeddings_generation_update AFTER UPDATE ON content_embeddings
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION sf_ai_index_generation_bump();
CREATE TRIGGER content_embeddings_generation_delete AFTER DELETE ON content_embeddings
    REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION sf_ai_index_generation_bump();
