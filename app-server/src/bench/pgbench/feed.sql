-- The feed page (GET /api/v1/feed?limit=20, newest first) as the service runs it, one statement: the
-- page's keys through the visibility rule (a fenced step), then those posts with their authors and the
-- viewer's like/bookmark flags.
WITH k AS MATERIALIZED (SELECT p.post_id, p.published_at FROM posts p
 WHERE p.status = 'published' AND p.published_at IS NOT NULL AND
       (p.author_id = :viewer OR (
           p.status = 'published' AND p.moderation_state = 'visible'
           AND NOT EXISTS (
               SELECT 1 FROM connections b WHERE b.status = 'blocked'
                 AND ((b.requester_id = :viewer AND b.recipient_id = p.author_id)
                   OR (b.recipient_id = :viewer AND b.requester_id = p.author_id)))
           AND (p.visibility = 'public'
               OR (p.visibility = 'connections' AND EXISTS (
                   SELECT 1 FROM connections c WHERE c.status = 'accepted'
                     AND ((c.requester_id = :viewer AND c.recipient_id = p.author_id)
                       OR (c.recipient_id = :viewer AND c.requester_id = p.author_id))))
               OR (p.visibility = 'group' AND EXISTS (
                   SELECT 1 FROM groups g WHERE g.id = p.group_id
                     AND (g.visibility = 'public' OR EXISTS (
                         SELECT 1 FROM group_memberships m WHERE m.group_id = g.id
                           AND m.user_id = :viewer AND m.status = 'active')))))))
 ORDER BY p.published_at DESC, p.post_id LIMIT 21)
SELECT k.post_id AS k_id, k.published_at AS k_sort,
       p.post_id, p.version, p.author_id, a.full_name AS author_name, a.profile_type AS author_type,
       p.post_type, p.title, p.content, p.category, p.tags, p.visibility, p.group_id, p.status,
       p.featured_image_url, p.media_urls, p.like_count, p.comment_count, p.share_count, p.view_count,
       p.bookmark_count,
       EXISTS (SELECT 1 FROM post_likes l WHERE l.post_id = p.post_id AND l.user_id = :viewer) AS liked,
       EXISTS (SELECT 1 FROM post_bookmarks b WHERE b.post_id = p.post_id AND b.user_id = :viewer) AS bookmarked,
       p.created_at, p.updated_at, p.published_at
  FROM k JOIN posts p ON p.post_id = k.post_id JOIN personal_details a ON a.user_id = p.author_id
 ORDER BY k.published_at DESC, k.post_id;
