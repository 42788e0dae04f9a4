-- The profile read's main query (GET /api/v1/profiles/{id}): the visibility check and the row.
SELECT p.user_id, p.version, p.email, p.first_name, p.last_name, p.profile_name, p.gender,
       p.phone_country_code, p.phone_number, p.bio, p.location, p.profile_type, p.profile_visibility,
       p.profile_state, p.profile_completion, p.is_verified, p.updated_at
  FROM personal_details p
 WHERE p.user_id = :target AND p.deleted_at IS NULL AND
       (false OR p.user_id = :viewer OR (p.profile_state = 'PUBLISHED' AND (
           p.profile_visibility = 'public'
           OR (p.profile_visibility = 'connections_only' AND EXISTS (
               SELECT 1 FROM connections c WHERE c.status = 'accepted'
                 AND ((c.requester_id = :viewer AND c.recipient_id = p.user_id)
                   OR (c.recipient_id = :viewer AND c.requester_id = p.user_id)))))));
