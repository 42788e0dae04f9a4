package org.smilefactory.core.search;

import org.smilefactory.core.api.search.SearchService;
import org.smilefactory.core.common.Actor;
import org.smilefactory.core.common.CoreContext;

/** The local implementation of {@link SearchService}, acting as and authorised for one actor. */
public final class LocalSearchService implements SearchService {

    private final CoreContext context;
    private final Actor actor;

    public LocalSearchService(CoreContext context, Actor actor) {
        this.context = context;
        this.actor = actor;
    }
}
