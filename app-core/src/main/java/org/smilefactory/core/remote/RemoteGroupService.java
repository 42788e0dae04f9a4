package org.smilefactory.core.remote;

import org.smilefactory.core.api.groups.GroupService;

/** {@link GroupService} over app-server's REST API. */
final class RemoteGroupService implements GroupService {

    private final Calls calls;

    RemoteGroupService(Calls calls) {
        this.calls = calls;
    }
}
