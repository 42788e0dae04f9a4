package org.smilefactory.core.ai;

import org.smilefactory.core.api.ai.SuggestionService;
import org.smilefactory.core.common.Actor;
import org.smilefactory.core.common.CoreContext;

/** The local implementation of {@link SuggestionService}, acting as and authorised for one actor. */
public final class LocalSuggestionService implements SuggestionService {

    private final CoreContext context;
    private final Actor actor;

    public LocalSuggestionService(CoreContext context, Actor actor) {
        this.context = context;
        this.actor = actor;
    }
}
