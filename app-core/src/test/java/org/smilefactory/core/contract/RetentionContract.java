package org.smilefactory.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.smilefactory.core.api.ConflictException;
import org.smilefactory.core.api.PermissionDeniedException;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.ValidationException;
import org.smilefactory.core.api.accounts.Role;
import org.smilefactory.core.api.admin.RetentionCategory;
import org.smilefactory.core.api.admin.RetentionResult;
import org.smilefactory.core.api.admin.RetentionSettings;
import org.smilefactory.core.api.moderation.AuditEntry;
import org.smilefactory.core.api.moderation.AuditQuery;
import org.smilefactory.core.testsupport.Hubs;

/**
 * Retention periods and their application (issue 14, decision 0023) — on any backend. The hub is shared
 * by the class, so each test sets the periods it needs and checks its own planted rows by id.
 */
public abstract class RetentionContract extends ContractFixture {

    /** Writes back-dated rows into the hub's database. */
    protected abstract RetentionRows rows();

    private RetentionSettings periods(int scans, int conversations, int analytics, int read, int all, int audit, int tokens) {
        long version = admin.retention().settings().version();
        return admin.retention().save(new RetentionSettings(scans, conversations, analytics, read, all, audit, tokens, version));
    }

    @Test
    void rowsOlderThanTheirPeriodAreDeletedAndNewerOnesKeptInEveryCategory() {
        periods(30, 30, 30, 10, 60, 100, 5);
        UUID me = admin.member().id();
        RetentionRows r = rows();
        UUID event = r.event(me);
        UUID oldScan = r.scan(event, 31);
        UUID newScan = r.scan(event, 29);
        UUID oldConversation = r.conversation(me, 31);
        UUID newConversation = r.conversation(me, 29);
        UUID oldAnalytics = r.analytics(me, 31);
        UUID newAnalytics = r.analytics(me, 29);
        UUID oldRead = r.notification(me, 11, true);
        UUID newRead = r.notification(me, 9, true);
        UUID unreadPastReadPeriod = r.notification(me, 11, false);
        UUID oldUnread = r.notification(me, 61, false);
        UUID oldAudit = r.audit(101);
        UUID newAudit = r.audit(99);
        UUID oldRevoked = r.token(me, 6, true);
        UUID oldExpired = r.token(me, 6, false);
        UUID newRevoked = r.token(me, 4, true);

        RetentionResult result = admin.retention().runNow();

        assertThat(r.exists("event_check_in_scans", oldScan)).isFalse();
        assertThat(r.exists("event_check_in_scans", newScan)).isTrue();
        assertThat(r.exists("ai_conversations", oldConversation)).isFalse();
        assertThat(r.messagesOf(oldConversation)).as("its messages go with it").isZero();
        assertThat(r.exists("ai_conversations", newConversation)).isTrue();
        assertThat(r.messagesOf(newConversation)).isEqualTo(1);
        assertThat(r.exists("ai_analytics", oldAnalytics)).isFalse();
        assertThat(r.exists("ai_analytics", newAnalytics)).isTrue();
        assertThat(r.exists("notifications", oldRead)).isFalse();
        assertThat(r.exists("notifications", newRead)).isTrue();
        assertThat(r.exists("notifications", unreadPastReadPeriod)).as("unread: only the general period applies").isTrue();
        assertThat(r.exists("notifications", oldUnread)).isFalse();
        assertThat(r.exists("audit_log", oldAudit)).isFalse();
        assertThat(r.exists("audit_log", newAudit)).isTrue();
        assertThat(r.exists("auth_tokens", oldRevoked)).isFalse();
        assertThat(r.exists("auth_tokens", oldExpired)).isFalse();
        assertThat(r.exists("auth_tokens", newRevoked)).isTrue();

        assertThat(result.counts()).extracting(c -> c.category()).containsExactly(RetentionCategory.values());
        assertThat(result.deleted(RetentionCategory.CHECK_IN_SCANS)).isGreaterThanOrEqualTo(1);
        assertThat(result.deleted(RetentionCategory.AI_CONVERSATIONS)).isGreaterThanOrEqualTo(1);
        assertThat(result.deleted(RetentionCategory.AI_ANALYTICS)).isGreaterThanOrEqualTo(1);
        assertThat(result.deleted(RetentionCategory.READ_NOTIFICATIONS)).isGreaterThanOrEqualTo(1);
        assertThat(result.deleted(RetentionCategory.NOTIFICATIONS)).isGreaterThanOrEqualTo(1);
        assertThat(result.deleted(RetentionCategory.AUDIT_ENTRIES)).isGreaterThanOrEqualTo(1);
        assertThat(result.deleted(RetentionCategory.ENDED_TOKENS)).isGreaterThanOrEqualTo(2);
        assertThat(result.counts().get(0).cutoff()).isBefore(result.startedAt());
    }

    @Test
    void aPeriodOfZeroKeepsForever() {
        periods(0, 0, 0, 10, 0, 0, 5);
        UUID me = admin.member().id();
        RetentionRows r = rows();
        UUID ancientScan = r.scan(r.event(me), 4000);
        UUID ancientUnread = r.notification(me, 4000, false);
        UUID ancientAudit = r.audit(4000);

        RetentionResult result = admin.retention().runNow();

        assertThat(r.exists("event_check_in_scans", ancientScan)).isTrue();
        assertThat(r.exists("notifications", ancientUnread)).isTrue();
        assertThat(r.exists("audit_log", ancientAudit)).isTrue();
        assertThat(result.deleted(RetentionCategory.CHECK_IN_SCANS)).isZero();
        assertThat(result.counts().get(0).cutoff()).isNull();
    }

    @Test
    void aMembersUnreadCountFollowsTheNotificationsThatWereDeleted() {
        periods(365, 180, 365, 90, 365, 730, 30);
        Session member = Hubs.member(backend, admin, Role.USER, "Unread", "Reader");
        UUID id = member.member().id();
        rows().notification(id, 400, false);
        rows().notification(id, 1, false);
        assertThat(member.notifications().unreadCount()).isEqualTo(2);

        admin.retention().runNow();

        assertThat(member.notifications().unreadCount()).isEqualTo(1);
        assertThat(member.notifications().list(null, 50).notifications()).hasSize(1);
    }

    @Test
    void eachRunIsAuditedAndItsEntrySurvivesTheAuditPurgeOfThatRun() {
        periods(365, 180, 365, 1, 1, 1, 1);
        UUID oldAudit = rows().audit(2);
        Instant before = Instant.now().minusSeconds(5);

        RetentionResult result = admin.retention().runNow();

        assertThat(rows().exists("audit_log", oldAudit)).isFalse();
        List<AuditEntry> runs = admin.moderation().auditLog(new AuditQuery(null, "retention.run", null, before, null, null, 0))
                .entries();
        assertThat(runs).isNotEmpty();
        AuditEntry entry = runs.get(0);
        assertThat(entry.actorId()).isEqualTo(admin.member().id());
        // jsonb writes ": " between key and value
        assertThat(entry.afterJson()).contains("\"AUDIT_ENTRIES\": " + result.deleted(RetentionCategory.AUDIT_ENTRIES))
                .contains("\"automatic\": false").contains("\"deleted\"");
        assertThat(result.deleted(RetentionCategory.AUDIT_ENTRIES)).isGreaterThanOrEqualTo(1);
    }

    @Test
    void savedPeriodsComeBackWithANewVersionAndAStaleSaveIsAConflict() {
        RetentionSettings read = admin.retention().settings();
        RetentionSettings saved = admin.retention().save(new RetentionSettings(200, 100, 50, 20, 40, 900, 7, read.version()));
        assertThat(saved.version()).isGreaterThan(read.version());
        assertThat(saved).isEqualTo(new RetentionSettings(200, 100, 50, 20, 40, 900, 7, saved.version()));
        assertThat(admin.retention().settings()).isEqualTo(saved);

        assertThatThrownBy(() -> admin.retention().save(new RetentionSettings(1, 1, 1, 1, 1, 1, 1, read.version())))
                .isInstanceOf(ConflictException.class);
        assertThat(admin.retention().settings()).isEqualTo(saved);
        List<AuditEntry> changes = admin.moderation().auditLog(new AuditQuery(null, "retention.settings", null, null, null, null, 0))
                .entries();
        assertThat(changes).isNotEmpty();
        assertThat(changes.get(0).afterJson()).contains("\"auditDays\": 900");
    }

    @Test
    void periodsOutOfRangeAreRefusedFieldByField() {
        long version = admin.retention().settings().version();
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> admin.retention().save(
                new RetentionSettings(-1, RetentionSettings.MAX_DAYS + 1, 100_000, 10, 60, -5, 0, version)));
        assertThat(e.violationOf("checkInScanDays")).isPresent();
        assertThat(e.violationOf("aiConversationDays")).isPresent();
        assertThat(e.violationOf("aiAnalyticsDays")).isPresent();
        assertThat(e.violationOf("auditDays")).isPresent();
        assertThat(e.violationOf("endedTokenDays")).as("a dead token is not kept forever").isPresent();
        assertThat(e.violationOf("readNotificationDays")).isEmpty();
        assertThat(e.violationOf("checkInScanDays").orElseThrow().message()).contains("3650");

        ValidationException longer = catchThrowableOfType(ValidationException.class, () -> admin.retention().save(
                new RetentionSettings(365, 180, 365, 400, 365, 730, 30, version)));
        assertThat(longer.violationOf("readNotificationDays")).isPresent();
        assertThat(longer.violations()).hasSize(1);
        assertThat(admin.retention().settings().version()).isEqualTo(version);
    }

    @Test
    void onlyAdminsChangeOrApplyThePeriodsStaffMayReadThemMembersAndKiosksNothing() {
        RetentionSettings current = admin.retention().settings();
        Session member = Hubs.member(backend, admin, Role.USER, "Plain", "Member");
        assertThatThrownBy(() -> member.retention().settings()).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> member.retention().save(current)).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> member.retention().runNow()).isInstanceOf(PermissionDeniedException.class);
        Session kiosk = Hubs.member(backend, admin, Role.KIOSK, "Door", "Kiosk");
        assertThatThrownBy(() -> kiosk.retention().settings()).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> kiosk.retention().runNow()).isInstanceOf(PermissionDeniedException.class);
        Session staff = Hubs.member(backend, admin, Role.STAFF, "Office", "Staff");
        assertThat(staff.retention().settings()).isEqualTo(current);
        assertThatThrownBy(() -> staff.retention().save(current)).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> staff.retention().runNow()).isInstanceOf(PermissionDeniedException.class);
        assertThat(admin.retention().settings()).isEqualTo(current);
    }
}
