package org.smilefactory.server.api;

import java.util.List;
import java.util.UUID;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.social.ConnectionPage;
import org.smilefactory.core.api.social.ConnectionView;
import org.smilefactory.core.api.social.RequestConnection;
import org.smilefactory.core.remote.wire.ConnectionRequestBody;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@link org.smilefactory.core.api.social.ConnectionService} over HTTP; every action names the other member. */
@RestController
@RequestMapping("/api/v1/connections")
public class ConnectionController {

    @GetMapping
    public ConnectionPage connections(Session session, @RequestParam(required = false) String cursor,
                                      @RequestParam(defaultValue = "" + ConnectionPage.DEFAULT_LIMIT) int limit) {
        return session.connections().connections(cursor, limit);
    }

    @GetMapping("/requests/incoming")
    public List<ConnectionView> incoming(Session session) {
        return session.connections().incoming();
    }

    @GetMapping("/requests/outgoing")
    public List<ConnectionView> outgoing(Session session) {
        return session.connections().outgoing();
    }

    @GetMapping("/{memberId}")
    public ConnectionView status(Session session, @PathVariable UUID memberId) {
        return session.connections().status(memberId);
    }

    @GetMapping("/{memberId}/mutual")
    public List<ConnectionView> mutual(Session session, @PathVariable UUID memberId) {
        return session.connections().mutual(memberId);
    }

    @PostMapping("/{memberId}/request")
    public ConnectionView request(Session session, @PathVariable UUID memberId,
                                  @RequestBody(required = false) ConnectionRequestBody body) {
        return session.connections().request(new RequestConnection(memberId, body == null ? null : body.message()));
    }

    @PostMapping("/{memberId}/accept")
    public ConnectionView accept(Session session, @PathVariable UUID memberId) {
        return session.connections().accept(memberId);
    }

    @PostMapping("/{memberId}/decline")
    public ConnectionView decline(Session session, @PathVariable UUID memberId) {
        return session.connections().decline(memberId);
    }

    @PostMapping("/{memberId}/withdraw")
    public ConnectionView withdraw(Session session, @PathVariable UUID memberId) {
        return session.connections().withdraw(memberId);
    }

    @PostMapping("/{memberId}/remove")
    public ConnectionView remove(Session session, @PathVariable UUID memberId) {
        return session.connections().remove(memberId);
    }

    @PostMapping("/{memberId}/block")
    public ConnectionView block(Session session, @PathVariable UUID memberId) {
        return session.connections().block(memberId);
    }

    @PostMapping("/{memberId}/unblock")
    public ConnectionView unblock(Session session, @PathVariable UUID memberId) {
        return session.connections().unblock(memberId);
    }
}
