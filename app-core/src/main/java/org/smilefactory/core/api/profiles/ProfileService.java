package org.smilefactory.core.api.profiles;

import java.util.UUID;

/**
 * Profiles of all 8 types. Visibility is enforced here for every backend: a profile the acting
 * member may not see is reported as not found (so its existence is not disclosed).
 */
public interface ProfileService {

    /** The acting member's own profile (state NEW when no type is chosen yet). */
    ProfileView mine();

    /** @throws org.smilefactory.core.api.NotFoundException if absent or not visible to the acting member */
    ProfileView get(UUID memberId);

    /**
     * Creates or updates the common and type details in one transaction. Members edit their own
     * profile; staff may edit anyone's. Changing the type replaces the old type's details.
     *
     * @throws org.smilefactory.core.api.ValidationException on bad fields; nothing is written
     * @throws org.smilefactory.core.api.ConflictException when {@code expectedVersion} is stale
     */
    ProfileView save(SaveProfile command);

    /** Makes the profile visible in the directory (state PUBLISHED). Requires a profile type. */
    ProfileView publish(UUID memberId, long expectedVersion);

    /** Back to DRAFT: hidden from other members' directory. */
    ProfileView unpublish(UUID memberId, long expectedVersion);

    DirectoryPage directory(DirectoryQuery query);
}
