package org.smilefactory.core.remote;

import org.smilefactory.core.api.moderation.ModerationService;

/** {@link ModerationService} over app-server's REST API. */
final class RemoteModerationService implements ModerationService {

    private final Calls calls;

    RemoteModerationService(Calls calls) {
        this.calls = calls;
    }
}
