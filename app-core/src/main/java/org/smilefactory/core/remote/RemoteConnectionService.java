package org.smilefactory.core.remote;

import java.util.List;
import java.util.UUID;
import org.smilefactory.core.api.NotFoundException;
import org.smilefactory.core.api.social.ConnectionPage;
import org.smilefactory.core.api.social.ConnectionService;
import org.smilefactory.core.api.social.ConnectionView;
import org.smilefactory.core.api.social.RequestConnection;
import org.smilefactory.core.api.ValidationException;
import org.smilefactory.core.api.Violation;
import org.smilefactory.core.common.Messages;
import org.smilefactory.core.remote.wire.ConnectionRequestBody;

/** {@link ConnectionService} over app-server's REST API. */
final class RemoteConnectionService implements ConnectionService {

    private final Calls calls;

    RemoteConnectionService(Calls calls) {
        this.calls = calls;
    }

    @Override
    public ConnectionView request(RequestConnection command) {
        if (command == null || command.memberId() == null) {
            // the member is part of the path: refuse here exactly as the local service does
            throw new ValidationException(List.of(new Violation("memberId", "required", Messages.get("validation.required"))));
        }
        return calls.call("POST", "connections/" + command.memberId() + "/request")
                .body(new ConnectionRequestBody(command.message())).as(ConnectionView.class);
    }

    @Override
    public ConnectionView accept(UUID memberId) {
        return action(memberId, "accept");
    }

    @Override
    public ConnectionView decline(UUID memberId) {
        return action(memberId, "decline");
    }

    @Override
    public ConnectionView withdraw(UUID memberId) {
        return action(memberId, "withdraw");
    }

    @Override
    public ConnectionView remove(UUID memberId) {
        return action(memberId, "remove");
    }

    @Override
    public ConnectionView block(UUID memberId) {
        return action(memberId, "block");
    }

    @Override
    public ConnectionView unblock(UUID memberId) {
        return action(memberId, "unblock");
    }

    private ConnectionView action(UUID memberId, String verb) {
        return calls.call("POST", "connections/" + member(memberId) + "/" + verb).as(ConnectionView.class);
    }

    @Override
    public ConnectionView status(UUID memberId) {
        return calls.call("GET", "connections/" + member(memberId)).as(ConnectionView.class);
    }

    @Override
    public ConnectionPage connections(String cursor, int limit) {
        return calls.call("GET", "connections").query("cursor", cursor).query("limit", limit).as(ConnectionPage.class);
    }

    @Override
    public List<ConnectionView> incoming() {
        return calls.call("GET", "connections/requests/incoming").asList(ConnectionView.class);
    }

    @Override
    public List<ConnectionView> outgoing() {
        return calls.call("GET", "connections/requests/outgoing").asList(ConnectionView.class);
    }

    @Override
    public List<ConnectionView> mutual(UUID memberId) {
        return calls.call("GET", "connections/" + member(memberId) + "/mutual").asList(ConnectionView.class);
    }

    private static UUID member(UUID memberId) {
        if (memberId == null) {
            throw new NotFoundException(Messages.get("social.memberNotFound"));
        }
        return memberId;
    }
}
