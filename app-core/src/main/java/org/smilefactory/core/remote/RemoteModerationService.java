package org.smilefactory.core.remote;

import org.smilefactory.core.api.moderation.AuditPage;
import org.smilefactory.core.api.moderation.AuditQuery;
import org.smilefactory.core.api.moderation.ModerationDecision;
import org.smilefactory.core.api.moderation.ModerationService;
import org.smilefactory.core.api.moderation.NewReport;
import org.smilefactory.core.api.moderation.QueuePage;
import org.smilefactory.core.api.moderation.QueueQuery;
import org.smilefactory.core.api.moderation.Report;
import org.smilefactory.core.api.moderation.ReportedTarget;

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

    @Override
    public QueuePage queue(QueueQuery query) {
        HttpApi.Call call = calls.call("GET", "moderation/queue");
        if (query != null) {
            call.query("status", query.status()).query("cursor", query.cursor()).query("limit", query.limit());
        }
        return call.as(QueuePage.class);
    }

    @Override
    public ReportedTarget decide(ModerationDecision decision) {
        return calls.call("POST", "moderation/decisions").body(decision).as(ReportedTarget.class);
    }

    @Override
    public AuditPage auditLog(AuditQuery query) {
        HttpApi.Call call = calls.call("GET", "audit");
        if (query != null) {
            call.query("actorId", query.actorId()).query("action", query.action())
                    .query("entityType", query.entityType()).query("from", query.from()).query("to", query.to())
                    .query("cursor", query.cursor()).query("limit", query.limit());
        }
        return call.as(AuditPage.class);
    }
}
