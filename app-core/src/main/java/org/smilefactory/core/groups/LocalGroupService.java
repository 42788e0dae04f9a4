package org.smilefactory.core.groups;

import org.smilefactory.core.api.groups.GroupService;
import org.smilefactory.core.common.Actor;
import org.smilefactory.core.common.CoreContext;

/** The local implementation of {@link GroupService}, acting as and authorised for one actor. */
public final class LocalGroupService implements GroupService {

    private final CoreContext context;
    private final Actor actor;

    public LocalGroupService(CoreContext context, Actor actor) {
        this.context = context;
        this.actor = actor;
    }
}
