package org.smilefactory.core.remote;

import org.smilefactory.core.api.social.ConnectionService;

/** {@link ConnectionService} over app-server's REST API. */
final class RemoteConnectionService implements ConnectionService {

    private final Calls calls;

    RemoteConnectionService(Calls calls) {
        this.calls = calls;
    }
}
