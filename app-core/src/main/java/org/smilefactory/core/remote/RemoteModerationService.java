package org.smilefactory.core.remote;

import org.smilefactory.core.api.moderation.ModerationService;
import org.smilefactory.core.api.moderation.NewReport;
import org.smilefactory.core.api.moderation.Report;

/** {@link ModerationService} over app-server's REST API. */
final class RemoteModerationService implements ModerationService {

    private final Calls calls;

    RemoteModerationService(Calls calls) {
        this.calls = calls;
    }

    @Override
    public Report report(NewReport report) {
        return calls.call("POST", "reports").body(report).as(Report.class);
    }
}
