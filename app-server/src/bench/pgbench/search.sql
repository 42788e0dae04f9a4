-- The directory search for a common word (GET /api/v1/profiles?text=fintech&limit=50): trigram
-- name similarity or prefix full text, ranked.
SELECT * FROM (SELECT p.user_id, p.full_name, p.email, p.profile_name, p.profile_type, p.location, p.headline,
        p.focus_tags, p.profile_completion, p.profile_state, p.profile_visibility,
        greatest(strict_word_similarity('fintech', p.full_name),
                 ts_rank(p.search_vector, to_tsquery('english', 'fintech:*')))::float8 AS score
   FROM personal_details p
  WHERE p.deleted_at IS NULL AND p.role <> 'kiosk' AND
        (false OR p.user_id = :viewer OR (p.profile_state = 'PUBLISHED' AND (
            p.profile_visibility = 'public'
            OR (p.profile_visibility = 'connections_only' AND EXISTS (
                SELECT 1 FROM connections c WHERE c.status = 'accepted'
                  AND ((c.requester_id = :viewer AND c.recipient_id = p.user_id)
                    OR (c.recipient_id = :viewer AND c.requester_id = p.user_id)))))))
    AND ('fintech' <<% p.full_name OR p.search_vector @@ to_tsquery('english', 'fintech:*'))) hits
 ORDER BY score DESC, user_id LIMIT 51;
