package org.smilefactory.server.api;

import java.time.Instant;
import java.util.UUID;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.moderation.AuditPage;
import org.smilefactory.core.api.moderation.AuditQuery;
import org.smilefactory.core.api.moderation.ModerationDecision;
import org.smilefactory.core.api.moderation.NewReport;
import org.smilefactory.core.api.moderation.QueuePage;
import org.smilefactory.core.api.moderation.QueueQuery;
import org.smilefactory.core.api.moderation.Report;
import org.smilefactory.core.api.moderation.ReportStatus;
import org.smilefactory.core.api.moderation.ReportedTarget;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@link org.smilefactory.core.api.moderation.ModerationService} over HTTP: reports, the queue, decisions, the audit log. */
@RestController
@RequestMapping("/api/v1")
public class ModerationController {

    @PostMapping("/reports")
    @ResponseStatus(HttpStatus.CREATED)
    public Report report(Session session, @RequestBody NewReport report) {
        return session.moderation().report(report);
    }

    @GetMapping("/moderation/queue")
    public QueuePage queue(Session session,
                           @RequestParam(required = false) ReportStatus status,
                           @RequestParam(required = false) String cursor,
                           @RequestParam(defaultValue = "0") int limit) {
        return session.moderation().queue(new QueueQuery(status, cursor, limit));
    }

    @PostMapping("/moderation/decisions")
    public ReportedTarget decide(Session session, @RequestBody ModerationDecision decision) {
        return session.moderation().decide(decision);
    }

    @GetMapping("/audit")
    public AuditPage auditLog(Session session,
                              @RequestParam(required = false) UUID actorId,
                              @RequestParam(required = false) String action,
                              @RequestParam(required = false) String entityType,
                              @RequestParam(required = false) Instant from,
                              @RequestParam(required = false) Instant to,
                              @RequestParam(required = false) String cursor,
                              @RequestParam(defaultValue = "0") int limit) {
        return session.moderation().auditLog(new AuditQuery(actorId, action, entityType, from, to, cursor, limit));
    }
}
