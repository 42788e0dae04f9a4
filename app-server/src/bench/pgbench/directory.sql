-- The directory page's query (GET /api/v1/profiles?limit=50) as the service sends it for a
-- non-staff member: visibility rule, name order, one row more than the page to know if there is a next.
SELECT * FROM (SELECT p.user_id, p.full_name, p.email, p.profile_name, p.profile_type, p.location, p.headline,
        p.focus_tags, p.profile_completion, p.profile_state, p.profile_visibility
   FROM personal_details p
  WHERE p.deleted_at IS NULL AND p.role <> 'kiosk' AND
        (false OR p.user_id = :viewer OR (p.profile_state = 'PUBLISHED' AND (
            p.profile_visibility = 'public'
            OR (p.profile_visibility = 'connections_only' AND EXISTS (
                SELECT 1 FROM connections c WHERE c.status = 'accepted'
                  AND ((c.requester_id = :viewer AND c.recipient_id = p.user_id)
                    OR (c.recipient_id = :viewer AND c.requester_id = p.user_id)))))))) hits
 ORDER BY full_name, user_id LIMIT 51;
