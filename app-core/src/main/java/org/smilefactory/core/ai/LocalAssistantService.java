package org.smilefactory.core.ai;

import org.smilefactory.core.api.ai.AssistantService;
import org.smilefactory.core.common.Actor;
import org.smilefactory.core.common.CoreContext;

/** The local implementation of {@link AssistantService}, acting as and authorised for one actor. */
public final class LocalAssistantService implements AssistantService {

    private final CoreContext context;
    private final Actor actor;

    public LocalAssistantService(CoreContext context, Actor actor) {
        this.context = context;
        this.actor = actor;
    }
}
