-- One definition of a member's search document, used by every writer (sign-up, profile save, the
-- demo import): the name unstemmed at weight A (so "Loveness" stays "loveness"), everything else
-- English-stemmed at weight B.
CREATE FUNCTION sf_member_search_vector(first_name TEXT, last_name TEXT, document TEXT) RETURNS TSVECTOR
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$
SELECT setweight(to_tsvector('simple', coalesce(first_name, '') || ' ' || coalesce(last_name, '')), 'A')
    || setweight(to_tsvector('english', coalesce(document, '')), 'B')
$$;

-- The directory's industry / expertise filter is a substring match over the focus tags; a trigram
-- index keeps it off a sequential scan as the hub grows.
CREATE INDEX idx_personal_details_focus_text_trgm
    ON personal_details USING GIN (sf_text_array_to_string(focus_tags) gin_trgm_ops);

-- Members created before this migration get the unstemmed name vector.
UPDATE personal_details
   SET search_vector = sf_member_search_vector(first_name, last_name, NULL)
 WHERE profile_type IS NULL;
