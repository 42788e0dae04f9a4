package org.smilefactory.ui.shell;

import java.util.UUID;

/**
 * Opens things found elsewhere (the top bar's search, later notifications) in the area that shows
 * them. Each method returns false while that area does not exist yet, so the caller can show what it
 * already knows instead (the search box shows the hit's text in a popover).
 */
public interface Navigator {

    /** Shows the member's profile in Profiles. */
    boolean openMember(UUID memberId);

    default boolean openPost(UUID postId) {
        return false;
    }

    default boolean openEvent(UUID eventId) {
        return false;
    }

    default boolean openGroup(UUID groupId) {
        return false;
    }

    default boolean openListing(UUID listingId) {
        return false;
    }
}
