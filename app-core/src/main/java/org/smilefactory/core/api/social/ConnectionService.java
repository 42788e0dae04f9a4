package org.smilefactory.core.api.social;

import java.util.List;
import java.util.UUID;

/**
 * Connections between members: requests, answers, withdrawal, blocking, mutual connections. Every
 * call names the other member; two members have at most one relation. Kiosk accounts can use none
 * of this. An unknown member, or a kiosk account, is a {@link org.smilefactory.core.api.NotFoundException}.
 */
public interface ConnectionService {

    /**
     * Asks {@code memberId} to connect. If they had already asked the viewer, this accepts their request.
     * Asking oneself, asking twice, or asking someone already connected is a conflict; asking someone
     * with a block between the two is refused without saying who blocked whom.
     */
    ConnectionView request(RequestConnection command);

    /** Accepts the pending request {@code memberId} sent the viewer. */
    ConnectionView accept(UUID memberId);

    /** Declines the pending request {@code memberId} sent; the requester is not told (it stays "sent" for them). */
    ConnectionView decline(UUID memberId);

    /** Takes back the viewer's own request (pending, or declined without the viewer knowing). */
    ConnectionView withdraw(UUID memberId);

    /** Ends an accepted connection (either member may). */
    ConnectionView remove(UUID memberId);

    /**
     * Blocks {@code memberId} whatever the relation was: a connection or request between the two ends,
     * neither can send the other requests or messages. Blocking twice changes nothing.
     */
    ConnectionView block(UUID memberId);

    /** Lifts the viewer's own block; a block by the other member stays. */
    ConnectionView unblock(UUID memberId);

    /** The relation between the viewer and {@code memberId}. */
    ConnectionView status(UUID memberId);

    /** The viewer's accepted connections by name; {@code cursor} is the previous page's next cursor. */
    ConnectionPage connections(String cursor, int limit);

    /** Pending requests others sent the viewer, newest first (declined ones drop out). */
    List<ConnectionView> incoming();

    /** The viewer's own requests still waiting, newest first (including ones declined in silence). */
    List<ConnectionView> outgoing();

    /** Members connected both to the viewer and to {@code memberId}, by name. */
    List<ConnectionView> mutual(UUID memberId);
}
