package org.smilefactory.core.groups;

/**
 * Who may see what of a group, as SQL over alias {@code g} (groups) with the named parameters
 * {@code :viewer} and {@code :staff}. Kept next to {@link org.smilefactory.core.content.PostVisibility},
 * whose group rule ("the group is public, or the viewer is an active member") is
 * {@link #MEMBERS_VISIBLE} without staff's reach: what a member may read inside a group and who is in
 * it follow the same line.
 */
public final class GroupAccess {

    /** An active membership of the viewer. */
    public static final String IS_ACTIVE_MEMBER = """
            EXISTS (SELECT 1 FROM group_memberships am WHERE am.group_id = g.id
                      AND am.user_id = :viewer AND am.status = 'active')""";

    /**
     * Whether the group exists for the viewer at all: hidden groups only for their active and pending
     * members (and staff, who run the hub's groups).
     */
    public static final String VISIBLE_TO_VIEWER = """
            (:staff OR g.visibility <> 'hidden' OR EXISTS (
                SELECT 1 FROM group_memberships vm WHERE vm.group_id = g.id
                  AND vm.user_id = :viewer AND vm.status IN ('active', 'pending')))""";

    /** Whether the viewer may see who is in the group (and, for posts, what is said in it). */
    public static final String MEMBERS_VISIBLE = "(:staff OR g.visibility = 'public' OR " + IS_ACTIVE_MEMBER + ")";

    private GroupAccess() {
    }
}
