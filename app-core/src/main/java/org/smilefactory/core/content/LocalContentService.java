package org.smilefactory.core.content;

import org.smilefactory.core.api.content.ContentService;
import org.smilefactory.core.common.Actor;
import org.smilefactory.core.common.CoreContext;

/** The local implementation of {@link ContentService}, acting as and authorised for one actor. */
public final class LocalContentService implements ContentService {

    private final CoreContext context;
    private final Actor actor;

    public LocalContentService(CoreContext context, Actor actor) {
        this.context = context;
        this.actor = actor;
    }
}
