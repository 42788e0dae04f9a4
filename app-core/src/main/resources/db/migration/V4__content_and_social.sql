-- SmileFactory Hub schema, part 4: posts, comments, likes, bookmarks, shares; connections,
-- conversations, messages.
--
-- Counters on posts and comments are maintained by row-level triggers on the child tables in the
-- same transaction ("SET n = n + 1", never read-modify-write: concurrent likes serialise on the post
-- row lock and cannot drift). A BEFORE trigger on the parent ignores values the application writes
-- into a counter (INSERT starts at 0, a top-level UPDATE keeps the old value), so an ORM writing back
-- a stale entity cannot corrupt a counter. The optimistic-lock version is NOT touched by counter
-- updates: a like never makes an author's edit fail with a stale version.

-- ---------------------------------------------------------------------------------------------
-- posts
-- ---------------------------------------------------------------------------------------------
CREATE TABLE posts (
    post_id            UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    author_id          UUID NOT NULL REFERENCES personal_details (user_id),
    title              VARCHAR(500),
    content            TEXT,
    post_type          VARCHAR(50) NOT NULL DEFAULT 'general'
        CHECK (post_type IN ('general', 'blog', 'announcement', 'opportunity', 'success_story')),
    category           VARCHAR(100),
    tags               TEXT[],
    visibility         VARCHAR(20) NOT NULL DEFAULT 'public'
        CHECK (visibility IN ('public', 'connections', 'group', 'private')),
    status             VARCHAR(20) NOT NULL DEFAULT 'published'
        CHECK (status IN ('draft', 'published', 'archived')),
    featured_image_url TEXT,
    media_urls         TEXT[],
    like_count         INTEGER NOT NULL DEFAULT 0 CHECK (like_count >= 0),
    comment_count      INTEGER NOT NULL DEFAULT 0 CHECK (comment_count >= 0),
    share_count        INTEGER NOT NULL DEFAULT 0 CHECK (share_count >= 0),
    view_count         INTEGER NOT NULL DEFAULT 0 CHECK (view_count >= 0),
    created_at         TIMESTAMPTZ NOT NULL DEFAULT NOW(),
    updated_at         TIMESTAMPTZ NOT NULL DEFAULT NOW(),
    published_at       TIMESTAMPTZ,
    -- additions
    group_id           UUID REFERENCES groups (id) ON DELETE CASCADE,
    moderation_state   VARCHAR(20) NOT NULL DEFAULT 'visible'
        CHECK (moderation_state IN ('visible', 'hidden', 'removed')),
    bookmark_count     INTEGER NOT NULL DEFAULT 0 CHECK (bookmark_count >= 0),
    version            BIGINT NOT NULL DEFAULT 0,
    search_vector      TSVECTOR GENERATED ALWAYS AS (
        setweight(to_tsvector('english', coalesce(title, '')), 'A') ||
        setweight(to_tsvector('english', coalesce(content, '')), 'B') ||
        setweight(to_tsvector('english', coalesce(category, '') || ' ' || sf_text_array_to_string(tags)), 'C')
    ) STORED,
    CONSTRAINT posts_group_visibility_check CHECK (visibility <> 'group' OR group_id IS NOT NULL)
);

COMMENT ON COLUMN posts.post_type IS
    'The seed''s list (general, blog, announcement, opportunity) plus success_story from the Feed tab.';
COMMENT ON COLUMN posts.group_id IS
    'Set for posts made in a group; visibility ''group'' requires it. Who may read a group post follows the group''s visibility.';
COMMENT ON COLUMN posts.like_count IS 'count(post_likes) for the post; trigger-maintained, read-only for the application.';
COMMENT ON COLUMN posts.comment_count IS
    'Number of the post''s comments with moderation_state = ''visible'' (what a member can actually read); '
    'hidden and removed comments do not count, and a restored comment counts again. Trigger-maintained.';
COMMENT ON COLUMN posts.share_count IS 'count(post_shares) for the post; trigger-maintained.';
COMMENT ON COLUMN posts.bookmark_count IS 'count(post_bookmarks) for the post; trigger-maintained.';
COMMENT ON COLUMN posts.view_count IS 'Plain counter incremented by the application (UPDATE ... SET view_count = view_count + 1); no per-view rows.';

-- seed indexes (the seed's to_tsvector expression indexes are replaced by the stored search_vector)
CREATE INDEX idx_posts_author_id ON posts (author_id);
CREATE INDEX idx_posts_created_at ON posts (created_at DESC);
CREATE INDEX idx_posts_category ON posts (category);
CREATE INDEX idx_posts_tags ON posts USING GIN (tags);
CREATE INDEX idx_posts_search_vector ON posts USING GIN (search_vector);
CREATE INDEX idx_posts_title_trgm ON posts USING GIN (title gin_trgm_ops);
-- feed/blog keyset paging: ORDER BY published_at DESC, post_id
CREATE INDEX idx_posts_published_keyset ON posts (published_at DESC, post_id);
CREATE INDEX idx_posts_group ON posts (group_id, published_at DESC) WHERE group_id IS NOT NULL;

-- ---------------------------------------------------------------------------------------------
-- comments (threaded)
-- ---------------------------------------------------------------------------------------------
CREATE TABLE comments (
    comment_id        UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    post_id           UUID NOT NULL REFERENCES posts (post_id) ON DELETE CASCADE,
    author_id         UUID NOT NULL REFERENCES personal_details (user_id),
    parent_comment_id UUID,
    content           TEXT NOT NULL,
    like_count        INTEGER NOT NULL DEFAULT 0 CHECK (like_count >= 0),
    created_at        TIMESTAMPTZ NOT NULL DEFAULT NOW(),
    updated_at        TIMESTAMPTZ NOT NULL DEFAULT NOW(),
    -- additions
    moderation_state  VARCHAR(20) NOT NULL DEFAULT 'visible'
        CHECK (moderation_state IN ('visible', 'hidden', 'removed')),
    version           BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT comments_post_comment_key UNIQUE (post_id, comment_id),
    -- the parent must be a comment of the SAME post (composite FK; NULL parent = top-level comment)
    CONSTRAINT comments_parent_fkey FOREIGN KEY (post_id, parent_comment_id)
        REFERENCES comments (post_id, comment_id) ON DELETE CASCADE
);

COMMENT ON COLUMN comments.parent_comment_id IS
    'Reply threading. The FK is (post_id, parent_comment_id) -> comments(post_id, comment_id) so a '
    'reply cannot point at another post''s comment; deleting a comment deletes its replies. '
    'Moderation normally sets moderation_state instead of deleting.';

CREATE INDEX idx_comments_post_created ON comments (post_id, created_at);
CREATE INDEX idx_comments_parent ON comments (parent_comment_id);
CREATE INDEX idx_comments_author ON comments (author_id);

-- ---------------------------------------------------------------------------------------------
-- likes, bookmarks, shares
-- ---------------------------------------------------------------------------------------------
CREATE TABLE post_likes (
    post_id    UUID NOT NULL REFERENCES posts (post_id) ON DELETE CASCADE,
    user_id    UUID NOT NULL REFERENCES personal_details (user_id) ON DELETE CASCADE,
    created_at TIMESTAMPTZ NOT NULL DEFAULT NOW(),
    PRIMARY KEY (post_id, user_id)
);
CREATE INDEX idx_post_likes_user ON post_likes (user_id);

CREATE TABLE comment_likes (
    comment_id UUID NOT NULL REFERENCES comments (comment_id) ON DELETE CASCADE,
    user_id    UUID NOT NULL REFERENCES personal_details (user_id) ON DELETE CASCADE,
    created_at TIMESTAMPTZ NOT NULL DEFAULT NOW(),
    PRIMARY KEY (comment_id, user_id)
);
CREATE INDEX idx_comment_likes_user ON comment_likes (user_id);

CREATE TABLE post_bookmarks (
    post_id    UUID NOT NULL REFERENCES posts (post_id) ON DELETE CASCADE,
    user_id    UUID NOT NULL REFERENCES personal_details (user_id) ON DELETE CASCADE,
    created_at TIMESTAMPTZ NOT NULL DEFAULT NOW(),
    PRIMARY KEY (post_id, user_id)
);
CREATE INDEX idx_post_bookmarks_user ON post_bookmarks (user_id, created_at DESC);

-- A member may share a post several times (to the feed, to a group...), hence a surrogate id.
CREATE TABLE post_shares (
    id         UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    post_id    UUID NOT NULL REFERENCES posts (post_id) ON DELETE CASCADE,
    user_id    UUID NOT NULL REFERENCES personal_details (user_id) ON DELETE CASCADE,
    created_at TIMESTAMPTZ NOT NULL DEFAULT NOW()
);
CREATE INDEX idx_post_shares_post ON post_shares (post_id);
CREATE INDEX idx_post_shares_user ON post_shares (user_id);

-- ---------------------------------------------------------------------------------------------
-- counter triggers
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION sf_posts_protect_counters() RETURNS TRIGGER LANGUAGE plpgsql AS
$$
BEGIN
    -- depth 1 = written by an application statement; deeper = by a counter trigger
    IF pg_trigger_depth() = 1 THEN
        IF TG_OP = 'INSERT' THEN
            NEW.like_count := 0;
            NEW.comment_count := 0;
            NEW.share_count := 0;
            NEW.bookmark_count := 0;
        ELSE
            NEW.like_count := OLD.like_count;
            NEW.comment_count := OLD.comment_count;
            NEW.share_count := OLD.share_count;
            NEW.bookmark_count := OLD.bookmark_count;
        END IF;
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER posts_protect_counters
    BEFORE INSERT OR UPDATE OF like_count, comment_count, share_count, bookmark_count ON posts
    FOR EACH ROW EXECUTE FUNCTION sf_posts_protect_counters();

CREATE FUNCTION sf_comments_protect_counters() RETURNS TRIGGER LANGUAGE plpgsql AS
$$
BEGIN
    IF pg_trigger_depth() = 1 THEN
        IF TG_OP = 'INSERT' THEN
            NEW.like_count := 0;
        ELSE
            NEW.like_count := OLD.like_count;
        END IF;
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER comments_protect_counters
    BEFORE INSERT OR UPDATE OF like_count ON comments
    FOR EACH ROW EXECUTE FUNCTION sf_comments_protect_counters();

CREATE FUNCTION sf_post_likes_count() RETURNS TRIGGER LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.post_id = OLD.post_id THEN
        RETURN NULL;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE posts SET like_count = like_count - 1 WHERE post_id = OLD.post_id;
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        UPDATE posts SET like_count = like_count + 1 WHERE post_id = NEW.post_id;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER post_likes_count
    AFTER INSERT OR DELETE OR UPDATE OF post_id ON post_likes
    FOR EACH ROW EXECUTE FUNCTION sf_post_likes_count();

CREATE FUNCTION sf_post_bookmarks_count() RETURNS TRIGGER LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.post_id = OLD.post_id THEN
        RETURN NULL;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE posts SET bookmark_count = bookmark_count - 1 WHERE post_id = OLD.post_id;
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        UPDATE posts SET bookmark_count = bookmark_count + 1 WHERE post_id = NEW.post_id;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER post_bookmarks_count
    AFTER INSERT OR DELETE OR UPDATE OF post_id ON post_bookmarks
    FOR EACH ROW EXECUTE FUNCTION sf_post_bookmarks_count();

CREATE FUNCTION sf_post_shares_count() RETURNS TRIGGER LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.post_id = OLD.post_id THEN
        RETURN NULL;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE posts SET share_count = share_count - 1 WHERE post_id = OLD.post_id;
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        UPDATE posts SET share_count = share_count + 1 WHERE post_id = NEW.post_id;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER post_shares_count
    AFTER INSERT OR DELETE OR UPDATE OF post_id ON post_shares
    FOR EACH ROW EXECUTE FUNCTION sf_post_shares_count();

-- posts.comment_count counts visible comments only (see the column comment).
CREATE FUNCTION sf_comments_count() RETURNS TRIGGER LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.post_id = OLD.post_id THEN
        IF (NEW.moderation_state = 'visible') IS DISTINCT FROM (OLD.moderation_state = 'visible') THEN
            UPDATE posts
               SET comment_count = comment_count + CASE WHEN NEW.moderation_state = 'visible' THEN 1 ELSE -1 END
             WHERE post_id = NEW.post_id;
        END IF;
        RETURN NULL;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.moderation_state = 'visible' THEN
        UPDATE posts SET comment_count = comment_count - 1 WHERE post_id = OLD.post_id;
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') AND NEW.moderation_state = 'visible' THEN
        UPDATE posts SET comment_count = comment_count + 1 WHERE post_id = NEW.post_id;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER comments_count
    AFTER INSERT OR DELETE OR UPDATE OF moderation_state, post_id ON comments
    FOR EACH ROW EXECUTE FUNCTION sf_comments_count();

CREATE FUNCTION sf_comment_likes_count() RETURNS TRIGGER LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.comment_id = OLD.comment_id THEN
        RETURN NULL;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE comments SET like_count = like_count - 1 WHERE comment_id = OLD.comment_id;
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        UPDATE comments SET like_count = like_count + 1 WHERE comment_id = NEW.comment_id;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER comment_likes_count
    AFTER INSERT OR DELETE OR UPDATE OF comment_id ON comment_likes
    FOR EACH ROW EXECUTE FUNCTION sf_comment_likes_count();

-- ---------------------------------------------------------------------------------------------
-- connections
-- ---------------------------------------------------------------------------------------------
CREATE TABLE connections (
    connection_id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    requester_id  UUID NOT NULL REFERENCES personal_details (user_id) ON DELETE CASCADE,
    recipient_id  UUID NOT NULL REFERENCES personal_details (user_id) ON DELETE CASCADE,
    status        VARCHAR(20) NOT NULL DEFAULT 'pending'
        CHECK (status IN ('pending', 'accepted', 'declined', 'withdrawn', 'blocked')),
    message       TEXT,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT NOW(),
    updated_at    TIMESTAMPTZ NOT NULL DEFAULT NOW(),
    -- additions
    blocked_by    UUID REFERENCES personal_details (user_id) ON DELETE SET NULL,
    responded_at  TIMESTAMPTZ,
    version       BIGINT NOT NULL DEFAULT 0,
    UNIQUE (requester_id, recipient_id),
    CONSTRAINT connections_not_self_check CHECK (requester_id <> recipient_id)
);

-- One row per unordered pair: A->B and B->A cannot both exist, so two members requesting each
-- other at the same moment cannot create two connections, and a block (blocked_by) is found
-- whichever direction the original request went. A new request between the same two members
-- reuses (updates) the existing row.
CREATE UNIQUE INDEX uq_connections_pair
    ON connections (LEAST(requester_id, recipient_id), GREATEST(requester_id, recipient_id));

CREATE INDEX idx_connections_requester ON connections (requester_id);
CREATE INDEX idx_connections_recipient ON connections (recipient_id);
CREATE INDEX idx_connections_status ON connections (status);

-- ---------------------------------------------------------------------------------------------
-- conversations and messages
-- ---------------------------------------------------------------------------------------------
CREATE TABLE conversations (
    id                UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    conversation_type VARCHAR(20) NOT NULL DEFAULT 'direct' CHECK (conversation_type IN ('direct', 'group')),
    title             VARCHAR(200),
    -- a group chat survives the group's deletion (history stays readable)
    group_id          UUID REFERENCES groups (id) ON DELETE SET NULL,
    created_by        UUID REFERENCES personal_details (user_id) ON DELETE SET NULL,
    created_at        TIMESTAMPTZ NOT NULL DEFAULT NOW(),
    updated_at        TIMESTAMPTZ NOT NULL DEFAULT NOW(),
    last_message_at   TIMESTAMPTZ
);

COMMENT ON TABLE conversations IS
    'Not in the seed: implied by messages.conversation_id and group messaging.';
COMMENT ON COLUMN conversations.last_message_at IS 'Latest messages.created_at; maintained by trigger on messages.';

CREATE INDEX idx_conversations_last_message ON conversations (last_message_at DESC);
CREATE INDEX idx_conversations_group ON conversations (group_id);

CREATE TABLE messages (
    message_id      UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    conversation_id UUID NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    sender_id       UUID NOT NULL REFERENCES personal_details (user_id),
    -- NULL for group conversations
    recipient_id    UUID REFERENCES personal_details (user_id),
    content         TEXT NOT NULL,
    message_type    VARCHAR(20) NOT NULL DEFAULT 'text' CHECK (message_type IN ('text', 'file', 'image')),
    file_url        TEXT,
    read_at         TIMESTAMPTZ,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT NOW()
);

COMMENT ON COLUMN messages.read_at IS
    'Direct messages only; per-member read state (group chats, unread counts) is '
    'conversation_participants.last_read_at / last_read_message_id.';

CREATE INDEX idx_messages_conversation ON messages (conversation_id, created_at DESC, message_id);
CREATE INDEX idx_messages_sender ON messages (sender_id);
CREATE INDEX idx_messages_recipient ON messages (recipient_id);

CREATE TABLE conversation_participants (
    conversation_id      UUID NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    user_id              UUID NOT NULL REFERENCES personal_details (user_id) ON DELETE CASCADE,
    joined_at            TIMESTAMPTZ NOT NULL DEFAULT NOW(),
    left_at              TIMESTAMPTZ,
    last_read_at         TIMESTAMPTZ,
    last_read_message_id UUID REFERENCES messages (message_id) ON DELETE SET NULL,
    PRIMARY KEY (conversation_id, user_id)
);

CREATE INDEX idx_conversation_participants_user ON conversation_participants (user_id);

CREATE FUNCTION sf_messages_touch_conversation() RETURNS TRIGGER LANGUAGE plpgsql AS
$$
BEGIN
    UPDATE conversations
       SET last_message_at = GREATEST(coalesce(last_message_at, NEW.created_at), NEW.created_at)
     WHERE id = NEW.conversation_id;
    RETURN NULL;
END
$$;

CREATE TRIGGER messages_touch_conversation
    AFTER INSERT ON messages
    FOR EACH ROW EXECUTE FUNCTION sf_messages_touch_conversation();
