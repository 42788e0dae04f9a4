package org.smilefactory.core.content;

/**
 * The one rule for who may read a post, as SQL over alias {@code p} (posts) with the named
 * parameter {@code :viewer}. The feed, the blog, comments, likes, search and the assistant all use
 * it, so a post can never leak through one door that another keeps shut.
 *
 * <p>The author always sees their own posts (drafts, archived, hidden by a moderator). Anyone else
 * sees a post only when it is published and not hidden or removed, nobody in the pair has blocked
 * the other, and its visibility allows it: public; connections (an accepted connection with the
 * author); group (the group is public, or the viewer is an active member); private (author only).
 * Staff get no extra reach here: moderation reads reported content through its own queue.
 */
public final class PostVisibility {

    public static final String VISIBLE_TO_VIEWER = """
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
            """;

    private PostVisibility() {
    }
}
