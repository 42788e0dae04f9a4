-- SmileFactory Hub schema, part 5: embeddings and the seed's AI tables.
--
-- The seed stores embeddings as pgvector vector(1536) with ivfflat indexes. pgvector cannot be
-- installed on our machines, so the base schema stores every embedding as real[] together with the
-- model that produced it and its dimension (the local MiniLM model gives 384, OpenAI-compatible
-- services 1536 or others; vectors of different models must never be compared). Similarity search
-- is exact top-k in the JVM. A later, optional migration may add pgvector columns and HNSW indexes
-- where the extension exists; ivfflat indexes are never built (useless on empty tables).
-- CHECKs keep a stored vector consistent with its declared model and dimension.

CREATE TABLE user_embeddings (
    user_id             UUID PRIMARY KEY REFERENCES personal_details (user_id) ON DELETE CASCADE,
    profile_embedding   REAL[],
    interest_embedding  REAL[],
    activity_embedding  REAL[],
    embedding_model     VARCHAR(100),
    embedding_dimension INTEGER CHECK (embedding_dimension > 0),
    last_updated        TIMESTAMPTZ NOT NULL DEFAULT NOW(),
    CONSTRAINT user_embeddings_profile_dim_check CHECK (profile_embedding IS NULL OR
        (embedding_model IS NOT NULL AND cardinality(profile_embedding) = embedding_dimension)),
    CONSTRAINT user_embeddings_interest_dim_check CHECK (interest_embedding IS NULL OR
        (embedding_model IS NOT NULL AND cardinality(interest_embedding) = embedding_dimension)),
    CONSTRAINT user_embeddings_activity_dim_check CHECK (activity_embedding IS NULL OR
        (embedding_model IS NOT NULL AND cardinality(activity_embedding) = embedding_dimension))
);

COMMENT ON TABLE user_embeddings IS
    'Seed table; vector(1536) columns are real[] (no pgvector). All three vectors share one model/dimension.';

CREATE TABLE content_embeddings (
    content_id          UUID PRIMARY KEY,
    content_type        VARCHAR(50) NOT NULL
        CHECK (content_type IN ('post', 'profile', 'event', 'group', 'listing')),
    embedding           REAL[],
    created_at          TIMESTAMPTZ NOT NULL DEFAULT NOW(),
    -- additions
    embedding_model     VARCHAR(100),
    embedding_dimension INTEGER CHECK (embedding_dimension > 0),
    content_hash        TEXT,
    updated_at          TIMESTAMPTZ NOT NULL DEFAULT NOW(),
    CONSTRAINT content_embeddings_dim_check CHECK (embedding IS NULL OR
        (embedding_model IS NOT NULL AND cardinality(embedding) = embedding_dimension))
);

COMMENT ON TABLE content_embeddings IS
    'Polymorphic (content_type, content_id): no FK; the embedding service deletes rows of deleted content.';
COMMENT ON COLUMN content_embeddings.content_hash IS
    'Hash of the embedded text: the background refresher re-embeds only when it changes.';

CREATE INDEX idx_content_embeddings_type ON content_embeddings (content_type, content_id);

-- ---------------------------------------------------------------------------------------------
-- AI conversations and memory (seed, users(id) -> personal_details(user_id))
-- ---------------------------------------------------------------------------------------------
CREATE TABLE ai_conversations (
    id             UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id        UUID NOT NULL REFERENCES personal_details (user_id) ON DELETE CASCADE,
    session_id     VARCHAR(255),
    started_at     TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,
    ended_at       TIMESTAMPTZ,
    status         VARCHAR(50) NOT NULL DEFAULT 'active'
        CHECK (status IN ('active', 'completed', 'error', 'timeout')),
    context_data   JSONB,
    total_messages INTEGER NOT NULL DEFAULT 0 CHECK (total_messages >= 0),
    total_tokens   INTEGER NOT NULL DEFAULT 0 CHECK (total_tokens >= 0),
    created_at     TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at     TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP
);

COMMENT ON COLUMN ai_conversations.total_messages IS
    'count(ai_conversation_messages) of the conversation; trigger-maintained, read-only for the application.';
COMMENT ON COLUMN ai_conversations.total_tokens IS
    'Sum of tokens_used, added by the assistant service (not a row count, so not trigger-maintained).';

CREATE TABLE ai_conversation_messages (
    id                  UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    conversation_id     UUID NOT NULL REFERENCES ai_conversations (id) ON DELETE CASCADE,
    role                VARCHAR(20) NOT NULL CHECK (role IN ('user', 'assistant', 'system')),
    content             TEXT NOT NULL,
    content_embedding   REAL[],
    tokens_used         INTEGER CHECK (tokens_used >= 0),
    response_time_ms    INTEGER CHECK (response_time_ms >= 0),
    "timestamp"         TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,
    metadata            JSONB,
    -- additions
    embedding_model     VARCHAR(100),
    embedding_dimension INTEGER CHECK (embedding_dimension > 0),
    CONSTRAINT ai_conversation_messages_dim_check CHECK (content_embedding IS NULL OR
        (embedding_model IS NOT NULL AND cardinality(content_embedding) = embedding_dimension))
);

CREATE TABLE ai_user_preferences (
    id                         UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id                    UUID NOT NULL REFERENCES personal_details (user_id) ON DELETE CASCADE,
    ai_enabled                 BOOLEAN NOT NULL DEFAULT TRUE,
    preferred_response_style   VARCHAR(50) NOT NULL DEFAULT 'balanced'
        CHECK (preferred_response_style IN ('concise', 'detailed', 'balanced')),
    context_awareness_level    VARCHAR(50) NOT NULL DEFAULT 'full'
        CHECK (context_awareness_level IN ('minimal', 'moderate', 'full')),
    quick_replies_enabled      BOOLEAN NOT NULL DEFAULT TRUE,
    profile_assistance_enabled BOOLEAN NOT NULL DEFAULT TRUE,
    notification_preferences   JSONB DEFAULT '{"ai_suggestions": true, "conversation_summaries": false}',
    created_at                 TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at                 TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,
    version                    BIGINT NOT NULL DEFAULT 0,
    UNIQUE (user_id)
);

CREATE TABLE ai_context_data (
    id                  UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id             UUID NOT NULL REFERENCES personal_details (user_id) ON DELETE CASCADE,
    context_type        VARCHAR(50) NOT NULL
        CHECK (context_type IN ('profile', 'activity', 'preferences', 'connections', 'content')),
    context_key         VARCHAR(255) NOT NULL,
    context_value       JSONB NOT NULL,
    context_embedding   REAL[],
    relevance_score     DECIMAL(3, 2) DEFAULT 1.0,
    expires_at          TIMESTAMPTZ,
    created_at          TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at          TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,
    -- additions
    embedding_model     VARCHAR(100),
    embedding_dimension INTEGER CHECK (embedding_dimension > 0),
    CONSTRAINT ai_context_data_dim_check CHECK (context_embedding IS NULL OR
        (embedding_model IS NOT NULL AND cardinality(context_embedding) = embedding_dimension))
);

CREATE TABLE ai_analytics (
    id                       UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id                  UUID REFERENCES personal_details (user_id) ON DELETE CASCADE,
    event_type               VARCHAR(100) NOT NULL,
    event_data               JSONB NOT NULL,
    ai_response_quality      DECIMAL(3, 2),
    user_satisfaction_rating INTEGER CHECK (user_satisfaction_rating BETWEEN 1 AND 5),
    response_time_ms         INTEGER,
    tokens_used              INTEGER,
    created_at               TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- seed indexes (minus the two ivfflat ones)
CREATE INDEX idx_ai_conversations_user_id ON ai_conversations (user_id);
CREATE INDEX idx_ai_conversations_status ON ai_conversations (status);
CREATE INDEX idx_ai_conversations_started_at ON ai_conversations (started_at);

CREATE INDEX idx_ai_messages_conversation_id ON ai_conversation_messages (conversation_id);
CREATE INDEX idx_ai_messages_role ON ai_conversation_messages (role);
CREATE INDEX idx_ai_messages_timestamp ON ai_conversation_messages ("timestamp");

CREATE INDEX idx_ai_context_user_type ON ai_context_data (user_id, context_type);
CREATE INDEX idx_ai_context_key ON ai_context_data (context_key);
CREATE INDEX idx_ai_context_expires ON ai_context_data (expires_at);

CREATE INDEX idx_ai_analytics_user_id ON ai_analytics (user_id);
CREATE INDEX idx_ai_analytics_event_type ON ai_analytics (event_type);
CREATE INDEX idx_ai_analytics_created_at ON ai_analytics (created_at);

-- total_messages counter
CREATE FUNCTION sf_ai_conversations_protect_counters() RETURNS TRIGGER LANGUAGE plpgsql AS
$$
BEGIN
    IF pg_trigger_depth() = 1 THEN
        IF TG_OP = 'INSERT' THEN
            NEW.total_messages := 0;
        ELSE
            NEW.total_messages := OLD.total_messages;
        END IF;
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER ai_conversations_protect_counters
    BEFORE INSERT OR UPDATE OF total_messages ON ai_conversations
    FOR EACH ROW EXECUTE FUNCTION sf_ai_conversations_protect_counters();

CREATE FUNCTION sf_ai_conversation_messages_count() RETURNS TRIGGER LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.conversation_id = OLD.conversation_id THEN
        RETURN NULL;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE ai_conversations SET total_messages = total_messages - 1 WHERE id = OLD.conversation_id;
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        UPDATE ai_conversations SET total_messages = total_messages + 1 WHERE id = NEW.conversation_id;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER ai_conversation_messages_count
    AFTER INSERT OR DELETE OR UPDATE OF conversation_id ON ai_conversation_messages
    FOR EACH ROW EXECUTE FUNCTION sf_ai_conversation_messages_count();
