package org.smilefactory.core.api.privacy;

import java.io.OutputStream;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The seed's privacy promises (issue 14, decision 0018): a member's data export and the erasure of
 * their account. Every export and every step of an erasure is written to the audit log.
 */
public interface PrivacyService {

    /** Longest {@link #requestErasure(String) reason} and decline note. */
    int MAX_NOTE = 2000;

    /**
     * Writes everything the hub holds about a member to {@code target} as a ZIP archive: one JSON file
     * per kind of row ({@code profile.json}, {@code posts.json}, ...; each an array of the rows as
     * stored, without secrets such as password, token or PIN hashes and without embeddings), their
     * media files under {@code media/}, and a {@code manifest.json} listing the files with their row
     * counts. The stream is not closed.
     *
     * @param memberId the member; the signed-in member may export themselves, staff anyone
     * @throws org.smilefactory.core.api.PermissionDeniedException when a member who is not staff asks
     *         for someone else, or for kiosk accounts
     * @throws org.smilefactory.core.api.NotFoundException when the member does not exist or was erased
     */
    void export(UUID memberId, OutputStream target);

    /**
     * The signed-in member asks to be erased. Staff confirm or decline it; until then the member may
     * withdraw it.
     *
     * @throws org.smilefactory.core.api.ConflictException when a request of theirs is already pending
     * @throws org.smilefactory.core.api.ValidationException for a reason over {@link #MAX_NOTE} characters
     */
    ErasureRequest requestErasure(String reason);

    /** The signed-in member's latest erasure request, if they ever made one. */
    Optional<ErasureRequest> myErasureRequest();

    /**
     * The signed-in member withdraws their pending request.
     *
     * @throws org.smilefactory.core.api.NotFoundException when they have no pending request
     */
    ErasureRequest withdrawErasureRequest();

    /**
     * Staff only: the requests with the given status (all when null), oldest first.
     */
    List<ErasureRequest> erasureRequests(ErasureStatus status);

    /**
     * Staff only: confirms (the account is erased at once, in one transaction, as decision 0018
     * describes) or declines a pending request.
     *
     * @throws org.smilefactory.core.api.PermissionDeniedException for non-staff, for staff deciding their
     *         own request, and for staff who are not admins deciding an admin's request
     * @throws org.smilefactory.core.api.NotFoundException when there is no such request
     * @throws org.smilefactory.core.api.ConflictException when the request is not pending any more, or
     *         erasing would leave the hub without an administrator
     */
    ErasureRequest decideErasure(UUID requestId, ErasureDecision decision);
}
