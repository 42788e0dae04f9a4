package org.smilefactory.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.smilefactory.core.api.ConflictException;
import org.smilefactory.core.api.NotFoundException;
import org.smilefactory.core.api.PermissionDeniedException;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.ValidationException;
import org.smilefactory.core.api.accounts.Role;
import org.smilefactory.core.api.moderation.AuditEntry;
import org.smilefactory.core.api.moderation.AuditPage;
import org.smilefactory.core.api.moderation.AuditQuery;
import org.smilefactory.core.api.moderation.ModerationDecision;
import org.smilefactory.core.api.moderation.ModerationOutcome;
import org.smilefactory.core.api.moderation.ModerationService;
import org.smilefactory.core.api.moderation.ModerationState;
import org.smilefactory.core.api.moderation.NewReport;
import org.smilefactory.core.api.moderation.QueuePage;
import org.smilefactory.core.api.moderation.QueueQuery;
import org.smilefactory.core.api.moderation.Report;
import org.smilefactory.core.api.moderation.ReportReason;
import org.smilefactory.core.api.moderation.ReportStatus;
import org.smilefactory.core.api.moderation.ReportTargetType;
import org.smilefactory.core.api.moderation.ReportedTarget;
import org.smilefactory.core.api.profiles.ProfileView;
import org.smilefactory.core.api.profiles.SaveProfile;
import org.smilefactory.core.api.search.SearchKind;
import org.smilefactory.core.api.search.SearchQuery;
import org.smilefactory.core.testsupport.Hubs;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reports, the staff queue, outcomes, notifications and the audit log — on any backend. */
public abstract class ModerationContract extends ContractFixture {

    /** The backend's own database, to write posts and comments their service does not create yet. */
    protected abstract JdbcClient database();

    protected Seeds seeds;
    private Session staff;

    @BeforeAll
    void seedsAndStaff() {
        seeds = new Seeds(database());
        staff = Hubs.member(backend, admin, Role.STAFF, "Sam", "Staff");
    }

    private Session member(String first, String last) {
        return Hubs.member(backend, admin, Role.USER, first, last);
    }

    private static NewReport reportOf(ReportTargetType type, UUID id) {
        return new NewReport(type, id, ReportReason.SPAM, "Selling fake seeds");
    }

    /** The queue line of a target, reading every page. */
    private ReportedTarget inQueue(ReportStatus status, UUID target) {
        QueuePage page = staff.moderation().queue(new QueueQuery(status, null, 100));
        while (true) {
            for (ReportedTarget t : page.targets()) {
                if (t.targetId().equals(target)) {
                    return t;
                }
            }
            if (!page.hasMore()) {
                return null;
            }
            page = staff.moderation().queue(new QueueQuery(status, page.nextCursor(), 100));
        }
    }

    private List<AuditEntry> auditOf(UUID entity) {
        return staff.moderation().auditLog(new AuditQuery(null, "moderation.", null, null, null, null, 200)).entries()
                .stream().filter(e -> entity.equals(e.entityId())).toList();
    }

    @Test
    void reportsOfOneTargetAreGroupedInTheStaffQueue() {
        Session author = member("Spammy", "Author");
        UUID post = seeds.post(author.member().id(), "Cheap seeds", "Buy now, limited offer!", "public", null);
        Session first = member("First", "Reporter");
        Session second = member("Second", "Reporter");
        Report report = first.moderation().report(reportOf(ReportTargetType.POST, post));
        assertThat(report.status()).isEqualTo(ReportStatus.OPEN);
        assertThat(report.targetId()).isEqualTo(post);
        assertThat(report.details()).isEqualTo("Selling fake seeds");
        second.moderation().report(new NewReport(ReportTargetType.POST, post, ReportReason.MISINFORMATION, null));

        ReportedTarget line = inQueue(ReportStatus.OPEN, post);
        assertThat(line).isNotNull();
        assertThat(line.reportCount()).isEqualTo(2);
        assertThat(line.reasons()).containsExactlyInAnyOrder(ReportReason.SPAM, ReportReason.MISINFORMATION);
        assertThat(line.details()).containsExactly("Selling fake seeds");
        assertThat(line.preview()).isEqualTo("Cheap seeds: Buy now, limited offer!");
        assertThat(line.authorId()).isEqualTo(author.member().id());
        assertThat(line.authorName()).isEqualTo("Spammy Author");
        assertThat(line.state()).isEqualTo(ModerationState.VISIBLE);
    }

    @Test
    void whatTheReporterCannotSeeIsNotFound() {
        Session author = member("Secret", "Writer");
        UUID privatePost = seeds.post(author.member().id(), "Diary", "Private.", "private", null);
        UUID hiddenComment = seeds.comment(seeds.post(author.member().id(), "Open", "Public.", "public", null),
                author.member().id(), "Hidden remark");
        database().sql("UPDATE comments SET moderation_state = 'hidden' WHERE comment_id = ?").param(hiddenComment).update();
        Session reporter = member("Nosy", "Reporter");
        ModerationService m = reporter.moderation();
        assertThatThrownBy(() -> m.report(reportOf(ReportTargetType.POST, privatePost))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> m.report(reportOf(ReportTargetType.COMMENT, hiddenComment))).isInstanceOf(NotFoundException.class);
        // an unpublished profile is not visible to other members
        assertThatThrownBy(() -> m.report(reportOf(ReportTargetType.MEMBER, author.member().id()))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> m.report(reportOf(ReportTargetType.POST, UUID.randomUUID()))).isInstanceOf(NotFoundException.class);
        assertThat(seeds.reports(privatePost) + seeds.reports(hiddenComment) + seeds.reports(author.member().id())).isZero();
    }

    @Test
    void badReportsAreRefusedFieldByFieldAndWriteNothing() {
        Session reporter = member("Careless", "Reporter");
        UUID post = seeds.post(member("Some", "Author").member().id(), "Post", "Text.", "public", null);
        ValidationException missing = catchThrowableOfType(ValidationException.class,
                () -> reporter.moderation().report(new NewReport(null, null, null, null)));
        assertThat(missing.violationOf("targetType")).isPresent();
        assertThat(missing.violationOf("targetId")).isPresent();
        assertThat(missing.violationOf("reason")).isPresent();
        ValidationException tooLong = catchThrowableOfType(ValidationException.class, () -> reporter.moderation().report(
                new NewReport(ReportTargetType.POST, post, ReportReason.OTHER, "x".repeat(ModerationService.MAX_DETAILS + 1))));
        assertThat(tooLong.violationOf("details")).hasValueSatisfying(v -> assertThat(v.code()).isEqualTo("too-long"));
        assertThat(seeds.reports(post)).isZero();
        reporter.moderation().report(new NewReport(ReportTargetType.POST, post, ReportReason.OTHER,
                "x".repeat(ModerationService.MAX_DETAILS)));
        assertThat(seeds.reports(post)).isOne();
    }

    @Test
    void membersCannotReportThemselvesOrTheirOwnContent() {
        Session me = member("Self", "Reporter");
        seeds.publishProfile(me.member().id(), "public");
        UUID myPost = seeds.post(me.member().id(), "Mine", "Text.", "public", null);
        ValidationException self = catchThrowableOfType(ValidationException.class,
                () -> me.moderation().report(reportOf(ReportTargetType.MEMBER, me.member().id())));
        assertThat(self.violationOf("targetId")).hasValueSatisfying(v -> assertThat(v.code()).isEqualTo("own"));
        assertThatThrownBy(() -> me.moderation().report(reportOf(ReportTargetType.POST, myPost))).isInstanceOf(ValidationException.class);
        assertThat(seeds.reports(me.member().id()) + seeds.reports(myPost)).isZero();
    }

    @Test
    void aSecondOpenReportOfTheSameTargetIsAConflict() {
        UUID post = seeds.post(member("Twice", "Reported").member().id(), "Post", "Text.", "public", null);
        Session reporter = member("Eager", "Reporter");
        reporter.moderation().report(reportOf(ReportTargetType.POST, post));
        assertThatThrownBy(() -> reporter.moderation().report(reportOf(ReportTargetType.POST, post)))
                .isInstanceOf(ConflictException.class);
        assertThat(seeds.reports(post)).isOne();
        // once staff have dealt with it, the member may report again
        staff.moderation().decide(new ModerationDecision(ReportTargetType.POST, post, ModerationOutcome.DISMISS, null));
        reporter.moderation().report(reportOf(ReportTargetType.POST, post));
        assertThat(seeds.reports(post)).isEqualTo(2);
    }

    @Test
    void hidingResolvesEveryReportNotifiesTheAuthorAndIsAudited() {
        Session author = member("Hidden", "Author");
        String w = Seeds.word();
        UUID post = seeds.post(author.member().id(), "Rude " + w, "Insults.", "public", null);
        Session r1 = member("Reporter", "One");
        Session r2 = member("Reporter", "Two");
        r1.moderation().report(reportOf(ReportTargetType.POST, post));
        r2.moderation().report(new NewReport(ReportTargetType.POST, post, ReportReason.HARASSMENT, "Insulting"));
        Instant before = Instant.now().minus(1, ChronoUnit.MINUTES);

        ReportedTarget after = staff.moderation().decide(
                new ModerationDecision(ReportTargetType.POST, post, ModerationOutcome.HIDE, "Insults members"));

        assertThat(after.state()).isEqualTo(ModerationState.HIDDEN);
        assertThat(after.reportCount()).isEqualTo(2);
        assertThat(seeds.state("posts", "post_id", post)).isEqualTo("hidden");
        assertThat(inQueue(ReportStatus.OPEN, post)).as("no longer open").isNull();
        assertThat(inQueue(ReportStatus.HIDDEN, post).reportCount()).isEqualTo(2);
        assertThat(seeds.notifications(author.member().id(), "moderation_outcome", post)).isOne();
        assertThat(seeds.notificationsOfType(r1.member().id(), "moderation_outcome")).isOne();
        assertThat(seeds.notificationsOfType(r2.member().id(), "moderation_outcome")).isOne();
        assertThat(ids(member("Reader", "Hidden"), w)).doesNotContain(post);

        List<AuditEntry> audit = auditOf(post);
        assertThat(audit).hasSize(1);
        AuditEntry entry = audit.get(0);
        assertThat(entry.action()).isEqualTo("moderation.hide");
        assertThat(entry.entityType()).isEqualTo("post");
        assertThat(entry.actorId()).isEqualTo(staff.member().id());
        assertThat(entry.actorName()).isEqualTo("Sam Staff");
        assertThat(entry.beforeJson()).contains("\"state\"").contains("\"visible\"").contains("\"openReports\": 2");
        assertThat(entry.afterJson()).contains("\"hidden\"").contains("Insults members");
        assertThat(entry.at()).isAfter(before);

        // restore brings it back, tells the author, and is audited too
        ReportedTarget restored = staff.moderation().decide(
                new ModerationDecision(ReportTargetType.POST, post, ModerationOutcome.RESTORE, null));
        assertThat(restored.state()).isEqualTo(ModerationState.VISIBLE);
        assertThat(seeds.state("posts", "post_id", post)).isEqualTo("visible");
        assertThat(seeds.notifications(author.member().id(), "moderation_outcome", post)).isEqualTo(2);
        assertThat(auditOf(post)).extracting(AuditEntry::action).containsExactly("moderation.restore", "moderation.hide");
        assertThat(inQueue(ReportStatus.HIDDEN, post)).as("restored content leaves the hidden list").isNull();
        assertThatThrownBy(() -> staff.moderation().decide(
                new ModerationDecision(ReportTargetType.POST, post, ModerationOutcome.RESTORE, null)))
                .isInstanceOf(ConflictException.class);
    }

    private List<UUID> ids(Session s, String w) {
        return s.search().search(SearchQuery.of(w)).hits(SearchKind.POST).stream().map(h -> h.id()).toList();
    }

    @Test
    void dismissingLeavesTheContentAndDoesNotTellTheAuthor() {
        Session author = member("Innocent", "Author");
        UUID post = seeds.post(author.member().id(), "Fine post", "Nothing wrong.", "public", null);
        Session reporter = member("Touchy", "Reporter");
        reporter.moderation().report(reportOf(ReportTargetType.POST, post));
        ReportedTarget after = staff.moderation().decide(
                new ModerationDecision(ReportTargetType.POST, post, ModerationOutcome.DISMISS, null));
        assertThat(after.state()).isEqualTo(ModerationState.VISIBLE);
        assertThat(seeds.state("posts", "post_id", post)).isEqualTo("visible");
        assertThat(seeds.notificationsOfType(author.member().id(), "moderation_outcome")).isZero();
        assertThat(seeds.notificationsOfType(reporter.member().id(), "moderation_outcome")).isOne();
        assertThat(auditOf(post)).extracting(AuditEntry::action).containsExactly("moderation.dismiss");
        assertThat(inQueue(ReportStatus.DISMISSED, post)).isNotNull();
        // nothing open any more: a second decision is a conflict and writes nothing
        assertThatThrownBy(() -> staff.moderation().decide(
                new ModerationDecision(ReportTargetType.POST, post, ModerationOutcome.HIDE, null)))
                .isInstanceOf(ConflictException.class);
        assertThat(seeds.state("posts", "post_id", post)).isEqualTo("visible");
        assertThat(auditOf(post)).hasSize(1);
    }

    @Test
    void removingACommentTakesItAway() {
        Session author = member("Comment", "Author");
        UUID post = seeds.post(member("Post", "Owner").member().id(), "Thread", "Discuss.", "public", null);
        UUID comment = seeds.comment(post, author.member().id(), "You are all idiots");
        Session reporter = member("Comment", "Reporter");
        reporter.moderation().report(new NewReport(ReportTargetType.COMMENT, comment, ReportReason.HARASSMENT, null));
        ReportedTarget line = inQueue(ReportStatus.OPEN, comment);
        assertThat(line.preview()).isEqualTo("You are all idiots");
        assertThat(line.authorId()).isEqualTo(author.member().id());
        staff.moderation().decide(new ModerationDecision(ReportTargetType.COMMENT, comment, ModerationOutcome.REMOVE, null));
        assertThat(seeds.state("comments", "comment_id", comment)).isEqualTo("removed");
        assertThat(seeds.notifications(author.member().id(), "moderation_outcome", comment)).isOne();
        // removal is final
        assertThatThrownBy(() -> staff.moderation().decide(
                new ModerationDecision(ReportTargetType.COMMENT, comment, ModerationOutcome.RESTORE, null)))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void hidingAMemberUnpublishesTheProfileUntilRestored() {
        Session reported = member("Troll", "Member");
        UUID id = reported.member().id();
        seeds.publishProfile(id, "public");
        Session reporter = member("Member", "Reporter");
        reporter.moderation().report(reportOf(ReportTargetType.MEMBER, id));
        assertThat(inQueue(ReportStatus.OPEN, id).preview()).contains("Troll Member");
        staff.moderation().decide(new ModerationDecision(ReportTargetType.MEMBER, id, ModerationOutcome.HIDE, null));
        assertThat(seeds.profileState(id)).isEqualTo("DRAFT");
        assertThatThrownBy(() -> reporter.profiles().get(id)).isInstanceOf(NotFoundException.class);
        // the member cannot publish themselves back while hidden
        var mine = reported.profiles().mine();
        reported.profiles().publish(id, mine.version());
        assertThat(seeds.profileState(id)).isEqualTo("DRAFT");
        assertThat(seeds.notifications(id, "moderation_outcome", id)).isOne();
        staff.moderation().decide(new ModerationDecision(ReportTargetType.MEMBER, id, ModerationOutcome.RESTORE, null));
        assertThat(seeds.profileState(id)).isEqualTo("PUBLISHED");
        assertThat(reporter.profiles().get(id).memberId()).isEqualTo(id);
    }

    @Test
    void staffOnlyActionsAreRefusedToMembers() {
        Session member = member("Plain", "Member");
        UUID post = seeds.post(member("Any", "Author").member().id(), "Post", "Text.", "public", null);
        member.moderation().report(reportOf(ReportTargetType.POST, post));
        ModerationService m = member.moderation();
        assertThatThrownBy(() -> m.queue(QueueQuery.open())).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> m.decide(new ModerationDecision(ReportTargetType.POST, post, ModerationOutcome.HIDE, null)))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> m.auditLog(AuditQuery.all())).isInstanceOf(PermissionDeniedException.class);
        assertThat(seeds.state("posts", "post_id", post)).isEqualTo("visible");
        assertThat(auditOf(post)).isEmpty();
        Session kiosk = Hubs.member(backend, admin, Role.KIOSK, "Door", "Kiosk");
        assertThatThrownBy(() -> kiosk.moderation().report(reportOf(ReportTargetType.POST, post)))
                .isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void theQueueAndTheAuditLogArePagedAndFiltered() {
        Session reporter = member("Busy", "Reporter");
        UUID author = member("Paged", "Author").member().id();
        List<UUID> posts = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            UUID p = seeds.post(author, "Paged " + i, "Text.", "public", null);
            posts.add(p);
            reporter.moderation().report(reportOf(ReportTargetType.POST, p));
        }
        List<UUID> seen = new ArrayList<>();
        QueuePage page = staff.moderation().queue(new QueueQuery(ReportStatus.OPEN, null, 1));
        while (true) {
            assertThat(page.targets()).hasSizeLessThanOrEqualTo(1);
            page.targets().forEach(t -> seen.add(t.targetId()));
            if (!page.hasMore()) {
                break;
            }
            page = staff.moderation().queue(new QueueQuery(ReportStatus.OPEN, page.nextCursor(), 1));
        }
        assertThat(seen).doesNotHaveDuplicates().containsAll(posts);

        Instant start = Instant.now().minus(1, ChronoUnit.SECONDS);
        // a staff member of their own, so other tests' decisions do not show up in the filtered log
        Session staff = Hubs.member(backend, admin, Role.STAFF, "Paging", "Staff");
        Session otherStaff = Hubs.member(backend, admin, Role.STAFF, "Other", "Staff");
        staff.moderation().decide(new ModerationDecision(ReportTargetType.POST, posts.get(0), ModerationOutcome.HIDE, null));
        staff.moderation().decide(new ModerationDecision(ReportTargetType.POST, posts.get(1), ModerationOutcome.DISMISS, null));
        otherStaff.moderation().decide(new ModerationDecision(ReportTargetType.POST, posts.get(2), ModerationOutcome.REMOVE, null));

        AuditPage mine = staff.moderation().auditLog(new AuditQuery(staff.member().id(), null, "post", start, null, null, 1));
        List<String> actions = new ArrayList<>();
        while (true) {
            mine.entries().forEach(e -> actions.add(e.action()));
            if (!mine.hasMore()) {
                break;
            }
            mine = staff.moderation().auditLog(new AuditQuery(staff.member().id(), null, "post", start, null, mine.nextCursor(), 1));
        }
        assertThat(actions).containsExactly("moderation.dismiss", "moderation.hide");
        assertThat(staff.moderation().auditLog(new AuditQuery(null, "moderation.remove", null, start, null, null, 0)).entries())
                .filteredOn(e -> posts.get(2).equals(e.entityId()))
                .extracting(AuditEntry::actorName).containsExactly("Other Staff");
        assertThat(admin.moderation().auditLog(new AuditQuery(null, null, null, null, start, null, 0)).entries())
                .allSatisfy(e -> assertThat(e.at()).isBefore(start));
        ValidationException range = catchThrowableOfType(ValidationException.class,
                () -> staff.moderation().auditLog(new AuditQuery(null, null, null, start, start, null, 0)));
        assertThat(range.violationOf("to")).isPresent();
        assertThatThrownBy(() -> staff.moderation().queue(new QueueQuery(ReportStatus.OPEN, "not-a-cursor", 0)))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void staffEditingAnotherMembersProfileIsAuditedFieldByField() {
        Session member = member("Edited", "Member");
        UUID id = member.member().id();
        ProfileView own = member.profiles().mine();
        // the member's own edit is theirs, not a staff action
        own = member.profiles().save(new SaveProfile(id, own.version(), own.firstName(), own.lastName(), "Edited",
                null, null, null, "My own words.", "Harare", null, null, null));
        Instant start = Instant.now().minus(1, ChronoUnit.SECONDS);
        Session editor = Hubs.member(backend, admin, Role.STAFF, "Editing", "Staff");
        ProfileView seen = editor.profiles().get(id);
        editor.profiles().save(new SaveProfile(id, seen.version(), seen.firstName(), seen.lastName(), seen.profileName(),
                null, null, null, "Cleaned up by staff.", "Bulawayo", null, null, null));

        List<AuditEntry> entries = editor.moderation().auditLog(new AuditQuery(null, "profile.", "profile", start, null,
                null, 0)).entries().stream().filter(e -> id.equals(e.entityId())).toList();
        assertThat(entries).hasSize(1);
        AuditEntry entry = entries.get(0);
        assertThat(entry.action()).isEqualTo("profile.edit");
        assertThat(entry.actorId()).isEqualTo(editor.member().id());
        assertThat(entry.actorName()).isEqualTo("Editing Staff");
        // only what changed, old and new
        assertThat(entry.beforeJson()).contains("\"bio\": \"My own words.\"").contains("\"location\": \"Harare\"")
                .doesNotContain("profileName");
        assertThat(entry.afterJson()).contains("\"bio\": \"Cleaned up by staff.\"").contains("\"location\": \"Bulawayo\"");
        assertThat(admin.moderation().auditLog(new AuditQuery(id, "profile.", null, null, null, null, 0)).entries())
                .as("the member's own edits are not staff actions").isEmpty();
    }
}
