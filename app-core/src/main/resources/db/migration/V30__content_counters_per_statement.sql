-- Content at scale (issue 3, Feed benchmark).
--
-- 1. posts.search_vector was a STORED generated column. PostgreSQL recomputes stored generated
--    columns on EVERY update of the row, so each like, comment, share, bookmark and view re-ran
--    to_tsvector over the whole post. It is now an ordinary column kept by a BEFORE trigger that
--    fires only when title, content, category or tags change; the expression is the same.
-- 2. The like and comment counters were kept by row-level triggers: a statement inserting 5,000
--    likes ran 5,000 single-row UPDATEs of posts (and for a popular post walked an ever longer
--    chain of row versions). INSERT and DELETE now use statement-level triggers with transition
--    tables: one "SET n = n + k" per affected post and statement. Single likes from the app behave as
--    before (one row, one UPDATE, serialised on the post's row lock); UPDATEs that move a row to
--    another parent keep the row-level functions of V4.

-- 1 ------------------------------------------------------------------------------------------
ALTER TABLE posts ALTER COLUMN search_vector DROP EXPRESSION;

CREATE FUNCTION sf_posts_search_vector() RETURNS TRIGGER LANGUAGE plpgsql AS
$$
BEGIN
    NEW.search_vector :=
        setweight(to_tsvector('english', coalesce(NEW.title, '')), 'A') ||
        setweight(to_tsvector('english', coalesce(NEW.content, '')), 'B') ||
        setweight(to_tsvector('english', coalesce(NEW.category, '') || ' ' || sf_text_array_to_string(NEW.tags)), 'C');
    RETURN NEW;
END
$$;

CREATE TRIGGER posts_search_vector
    BEFORE INSERT OR UPDATE OF title, content, category, tags, search_vector ON posts
    FOR EACH ROW EXECUTE FUNCTION sf_posts_search_vector();

COMMENT ON COLUMN posts.search_vector IS
    'Weighted tsvector of title (A), content (B), category and tags (C); kept by trigger posts_search_vector '
    '(not GENERATED, so counter updates do not recompute it).';

-- 2 ------------------------------------------------------------------------------------------
CREATE FUNCTION sf_post_likes_count_statement() RETURNS TRIGGER LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP = 'INSERT' THEN
        UPDATE posts p SET like_count = p.like_count + n.k
          FROM (SELECT post_id, count(*) AS k FROM new_rows GROUP BY post_id) n
         WHERE p.post_id = n.post_id;
    ELSE
        UPDATE posts p SET like_count = p.like_count - o.k
          FROM (SELECT post_id, count(*) AS k FROM old_rows GROUP BY post_id) o
         WHERE p.post_id = o.post_id;
    END IF;
    RETURN NULL;
END
$$;

DROP TRIGGER post_likes_count ON post_likes;
CREATE TRIGGER post_likes_count_insert
    AFTER INSERT ON post_likes REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION sf_post_likes_count_statement();
CREATE TRIGGER post_likes_count_delete
    AFTER DELETE ON post_likes REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION sf_post_likes_count_statement();
CREATE TRIGGER post_likes_count_move
    AFTER UPDATE OF post_id ON post_likes
    FOR EACH ROW EXECUTE FUNCTION sf_post_likes_count();

CREATE FUNCTION sf_comment_likes_count_statement() RETURNS TRIGGER LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP = 'INSERT' THEN
        UPDATE comments c SET like_count = c.like_count + n.k
          FROM (SELECT comment_id, count(*) AS k FROM new_rows GROUP BY comment_id) n
         WHERE c.comment_id = n.comment_id;
    ELSE
        UPDATE comments c SET like_count = c.like_count - o.k
          FROM (SELECT comment_id, count(*) AS k FROM old_rows GROUP BY comment_id) o
         WHERE c.comment_id = o.comment_id;
    END IF;
    RETURN NULL;
END
$$;

DROP TRIGGER comment_likes_count ON comment_likes;
CREATE TRIGGER comment_likes_count_insert
    AFTER INSERT ON comment_likes REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION sf_comment_likes_count_statement();
CREATE TRIGGER comment_likes_count_delete
    AFTER DELETE ON comment_likes REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION sf_comment_likes_count_statement();
CREATE TRIGGER comment_likes_count_move
    AFTER UPDATE OF comment_id ON comment_likes
    FOR EACH ROW EXECUTE FUNCTION sf_comment_likes_count();

-- posts.comment_count counts visible comments only (see V4)
CREATE FUNCTION sf_comments_count_statement() RETURNS TRIGGER LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP = 'INSERT' THEN
        UPDATE posts p SET comment_count = p.comment_count + n.k
          FROM (SELECT post_id, count(*) AS k FROM new_rows WHERE moderation_state = 'visible' GROUP BY post_id) n
         WHERE p.post_id = n.post_id;
    ELSE
        UPDATE posts p SET comment_count = p.comment_count - o.k
          FROM (SELECT post_id, count(*) AS k FROM old_rows WHERE moderation_state = 'visible' GROUP BY post_id) o
         WHERE p.post_id = o.post_id;
    END IF;
    RETURN NULL;
END
$$;

DROP TRIGGER comments_count ON comments;
CREATE TRIGGER comments_count_insert
    AFTER INSERT ON comments REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION sf_comments_count_statement();
CREATE TRIGGER comments_count_delete
    AFTER DELETE ON comments REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION sf_comments_count_statement();
CREATE TRIGGER comments_count_update
    AFTER UPDATE OF moderation_state, post_id ON comments
    FOR EACH ROW EXECUTE FUNCTION sf_comments_count();
