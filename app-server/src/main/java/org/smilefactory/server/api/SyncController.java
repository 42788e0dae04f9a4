package org.smilefactory.server.api;

import java.util.List;
import org.smilefactory.core.api.Session;
import org.smilefactory.server.web.Parameters;
import org.smilefactory.core.api.sync.ChangePage;
import org.smilefactory.core.api.sync.MutationResult;
import org.smilefactory.core.remote.wire.PushRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@link org.smilefactory.core.api.sync.SyncService} over HTTP: the change log and the offline push. */
@RestController
@RequestMapping("/api/v1/sync")
public class SyncController {

    /**
     * Changes after {@code cursor} that this member's replica may hold, oldest first; {@code keep=needed}
     * for a staff replica of only what this staff member needs, {@code keep=all} (the default) for all.
     */
    @GetMapping("/changes")
    public ChangePage changes(Session session, @RequestParam(defaultValue = "0") long cursor,
                              @RequestParam(defaultValue = "500") int limit,
                              @RequestParam(defaultValue = "all") String keep) {
        boolean neededOnly = Parameters.oneOf("keep", keep, "sync.invalidKeep", "all", "needed").equals("needed");
        return session.sync().changes(cursor, limit, neededOnly);
    }

    /**
     * Applies offline changes in order, each at most once by its id; one result per change. The body
     * may be up to {@code smilefactory.server.max-sync-body-bytes} (8 MB by default).
     */
    @PostMapping("/push")
    public List<MutationResult> push(Session session, @RequestBody PushRequest body) {
        return session.sync().push(body.mutations() == null ? List.of() : body.mutations());
    }

    /** Staff only: the desktops and kiosks holding offline copies of this hub. */
    @GetMapping("/devices")
    public List<org.smilefactory.core.api.sync.SyncDevice> devices(Session session) {
        return session.sync().devices();
    }

    /** Staff only: revokes a device's credential and its sessions; its next sync fails. */
    @org.springframework.web.bind.annotation.DeleteMapping("/devices/{id}")
    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NO_CONTENT)
    public void revokeDevice(Session session, @org.springframework.web.bind.annotation.PathVariable java.util.UUID id) {
        session.sync().revokeDevice(id);
    }

    /** Staff only: recent offline changes the server did not take, across the hub. */
    @GetMapping("/held")
    public List<org.smilefactory.core.api.sync.HubHeldChange> heldChanges(Session session,
                                                                          @RequestParam(defaultValue = "200") int limit) {
        return session.sync().heldChanges(limit);
    }
}
