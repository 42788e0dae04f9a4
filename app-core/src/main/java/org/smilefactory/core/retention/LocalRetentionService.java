package org.smilefactory.core.retention;

import org.smilefactory.core.api.admin.RetentionResult;
import org.smilefactory.core.api.admin.RetentionService;
import org.smilefactory.core.api.admin.RetentionSettings;
import org.smilefactory.core.audit.AuditLog;
import org.smilefactory.core.common.Actor;
import org.smilefactory.core.common.CoreContext;
import org.smilefactory.core.common.Messages;
import org.smilefactory.core.common.Problems;

/**
 * The local implementation of {@link RetentionService}. Staff may read the periods; only admins change
 * or apply them, because the audit period decides how long staff's own actions stay on record.
 */
public final class LocalRetentionService implements RetentionService {

    private final CoreContext ctx;
    private final Actor actor;

    public LocalRetentionService(CoreContext ctx, Actor actor) {
        this.ctx = ctx;
        this.actor = actor;
    }

    @Override
    public RetentionSettings settings() {
        actor.requireNotKiosk();
        actor.requireStaff();
        return RetentionStore.load(ctx.jdbc());
    }

    @Override
    public RetentionSettings save(RetentionSettings settings) {
        actor.requireNotKiosk();
        actor.requireAdmin();
        validate(settings);
        ctx.tx().executeWithoutResult(tx -> {
            RetentionSettings before = RetentionStore.load(ctx.jdbc());
            RetentionStore.save(ctx.jdbc(), settings, actor.memberId());
            AuditLog.record(ctx.jdbc(), actor.memberId(), "retention.settings", "hub_settings", null,
                    RetentionStore.toMap(before), RetentionStore.toMap(settings));
        });
        return RetentionStore.load(ctx.jdbc());
    }

    @Override
    public RetentionResult runNow() {
        actor.requireNotKiosk();
        actor.requireAdmin();
        RetentionStore.markRun(ctx.jdbc(), ctx.clock().instant());
        return new RetentionRun(ctx).run(actor.memberId(), false, () -> false);
    }

    static void validate(RetentionSettings s) {
        Problems problems = new Problems();
        if (s == null) {
            problems.required("settings", null).throwIfAny();
        }
        days(problems, "checkInScanDays", s.checkInScanDays(), 0);
        days(problems, "aiConversationDays", s.aiConversationDays(), 0);
        days(problems, "aiAnalyticsDays", s.aiAnalyticsDays(), 0);
        days(problems, "readNotificationDays", s.readNotificationDays(), 0);
        days(problems, "notificationDays", s.notificationDays(), 0);
        days(problems, "auditDays", s.auditDays(), 0);
        // a dead token is worth nothing forever, and every sign-in adds one
        days(problems, "endedTokenDays", s.endedTokenDays(), 1);
        // read notifications are notifications: "forever" or longer than all of them would be a promise the
        // general period breaks
        if (!problems.has("readNotificationDays") && !problems.has("notificationDays") && s.notificationDays() > 0
                && (s.readNotificationDays() == 0 || s.readNotificationDays() > s.notificationDays())) {
            problems.add("readNotificationDays", "longer-than-all",
                    Messages.get("retention.readLongerThanAll", String.valueOf(s.notificationDays())));
        }
        problems.throwIfAny();
    }

    private static void days(Problems problems, String field, int value, int min) {
        if (value < min || value > RetentionSettings.MAX_DAYS) {
            problems.add(field, value < 0 ? "negative" : "out-of-range", min == 0
                    ? Messages.get("retention.daysRange", String.valueOf(RetentionSettings.MAX_DAYS))
                    : Messages.get("retention.daysRangeAtLeast", String.valueOf(min), String.valueOf(RetentionSettings.MAX_DAYS)));
        }
    }
}
