package org.smilefactory.core.moderation;

import org.smilefactory.core.api.moderation.ModerationService;
import org.smilefactory.core.api.moderation.NewReport;
import org.smilefactory.core.api.moderation.Report;
import org.smilefactory.core.common.Actor;
import org.smilefactory.core.common.CoreContext;

/** The local implementation of {@link ModerationService}, acting as and authorised for one actor. */
public final class LocalModerationService implements ModerationService {

    private final CoreContext context;
    private final Actor actor;

    public LocalModerationService(CoreContext context, Actor actor) {
        this.context = context;
        this.actor = actor;
    }

    @Override
    public Report report(NewReport report) {
        // the moderation slice of issue 3 implements this (validation, visibility of the target, queue)
        throw new UnsupportedOperationException("reports arrive with the moderation work of issue 3");
    }
}
