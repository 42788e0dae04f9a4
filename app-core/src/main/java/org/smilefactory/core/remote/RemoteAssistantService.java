package org.smilefactory.core.remote;

import org.smilefactory.core.api.ai.AssistantService;

/** {@link AssistantService} over app-server's REST API. */
final class RemoteAssistantService implements AssistantService {

    private final Calls calls;

    RemoteAssistantService(Calls calls) {
        this.calls = calls;
    }
}
