package org.smilefactory.core.api.sync;

import java.util.List;
import java.util.UUID;

/**
 * The server side of offline work, as a member's session sees it: the change log to pull and the
 * door to push offline changes through. The same authorisation as every other call applies: the log
 * shows only rows this member may see, and each mutation runs through the ordinary services as this
 * member.
 */
public interface SyncService {

    /** Largest page and batch the server accepts. */
    int MAX_PAGE = 1000;

    /**
     * Changes after {@code cursor}, oldest first, at most {@code limit}; never skips a change that
     * commits late (only changes of finished transactions are returned).
     *
     * @throws org.smilefactory.core.api.ValidationException when cursor is negative or limit is out of 1..MAX_PAGE
     */
    ChangePage changes(long cursor, int limit);

    /**
     * As {@link #changes(long, int)}; with {@code neededOnly} a staff member's replica keeps only what
     * they need (their own rows, the events they organise or attend and those events' registrations and
     * members: a laptop that travels) instead of every member's data. The page names the scope it was
     * read for, so a replica whose choice changed is taken again. No effect for other roles.
     */
    default ChangePage changes(long cursor, int limit, boolean neededOnly) {
        if (neededOnly) {
            throw new UnsupportedOperationException("this sync service cannot keep less");
        }
        return changes(cursor, limit);
    }

    /**
     * Applies a batch of offline mutations in order, each in its own transaction, and answers one result
     * per mutation in the same order. A mutation id seen before gets its first reply again without being
     * applied twice.
     *
     * @throws org.smilefactory.core.api.ValidationException when the batch is empty, larger than MAX_PAGE
     *         or a mutation lacks an id or kind
     */
    List<MutationResult> push(List<Mutation> batch);

    /**
     * Staff only: the desktops and kiosks holding offline copies (live device credentials), most
     * recently synchronised first. Empty on an embedded or direct hub, where no copies exist.
     *
     * @throws org.smilefactory.core.api.PermissionDeniedException for non-staff
     */
    default List<SyncDevice> devices() {
        throw new UnsupportedOperationException("this sync service lists no devices");
    }

    /**
     * Staff only: revokes a device's credential and the sessions signed in with it, so its next sync
     * or sign-in back to the server fails; audited.
     *
     * @throws org.smilefactory.core.api.PermissionDeniedException for non-staff
     * @throws org.smilefactory.core.api.NotFoundException when no live credential has this id
     */
    default void revokeDevice(UUID id) {
        throw new UnsupportedOperationException("this sync service revokes no devices");
    }

    /**
     * Staff only: the most recent offline changes the server answered with a conflict or a rejection,
     * newest first, at most {@code limit} (1..{@link #MAX_PAGE}).
     *
     * @throws org.smilefactory.core.api.PermissionDeniedException for non-staff
     */
    default List<HubHeldChange> heldChanges(int limit) {
        throw new UnsupportedOperationException("this sync service lists no held changes");
    }
}
