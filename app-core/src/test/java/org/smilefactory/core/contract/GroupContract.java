package org.smilefactory.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.smilefactory.core.api.ConflictException;
import org.smilefactory.core.api.NotFoundException;
import org.smilefactory.core.api.PermissionDeniedException;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.ValidationException;
import org.smilefactory.core.api.accounts.Role;
import org.smilefactory.core.api.groups.GroupMember;
import org.smilefactory.core.api.groups.GroupPage;
import org.smilefactory.core.api.groups.GroupQuery;
import org.smilefactory.core.api.groups.GroupRole;
import org.smilefactory.core.api.groups.GroupView;
import org.smilefactory.core.api.groups.GroupVisibility;
import org.smilefactory.core.api.groups.InviteCode;
import org.smilefactory.core.api.groups.MembershipStatus;
import org.smilefactory.core.api.groups.MembershipType;
import org.smilefactory.core.api.groups.SaveGroup;
import org.smilefactory.core.testsupport.Hubs;

/** Groups: visibility, membership types, invites, roles, states and member counts — on any backend. */
public abstract class GroupContract extends ContractFixture {

    private static final AtomicInteger SEQ = new AtomicInteger();

    /** Moves the group's invite code expiry into the past, as time passing would. */
    protected abstract void expireInviteCode(UUID groupId);

    private Session member(String first) {
        return Hubs.member(backend, admin, Role.USER, first, "Member");
    }

    private static String unique(String prefix) {
        return prefix + " " + SEQ.incrementAndGet() + " " + UUID.randomUUID().toString().substring(0, 6);
    }

    private static SaveGroup group(String name, String category, GroupVisibility visibility, MembershipType type,
                                   Integer maxMembers) {
        return new SaveGroup(null, 0, name, "About " + name, category, visibility, type, maxMembers,
                "Be kind.", List.of("harare"), "Harare");
    }

    private GroupView create(Session owner, GroupVisibility visibility, MembershipType type, Integer max) {
        return owner.groups().create(group(unique("Group"), unique("cat"), visibility, type, max));
    }

    private static List<UUID> ids(GroupPage page) {
        return page.groups().stream().map(GroupView::id).toList();
    }

    @Test
    void theCreatorIsAdminAndTheOnlyMember() {
        Session owner = member("Creator");
        GroupView g = create(owner, GroupVisibility.PUBLIC, MembershipType.OPEN, null);
        assertThat(g.memberCount()).isEqualTo(1);
        assertThat(g.myRole()).isEqualTo(GroupRole.ADMIN);
        assertThat(g.myStatus()).isEqualTo(MembershipStatus.ACTIVE);
        assertThat(g.canManage()).isTrue();
        assertThat(g.inviteCode()).hasSize(12);
        assertThat(g.maxMembers()).isEqualTo(1000);
        assertThat(g.rules()).isEqualTo("Be kind.");
        GroupView asOther = member("Viewer").groups().get(g.id());
        assertThat(asOther.inviteCode()).as("only managers see the invite code").isNull();
        assertThat(asOther.canManage()).isFalse();
        assertThat(asOther.myStatus()).isNull();
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsWritten() {
        Session owner = member("Sloppy");
        String category = unique("cat");
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> owner.groups().create(
                new SaveGroup(null, 0, " ", null, category, null, null, 0, null, null, null)));
        assertThat(e.violationOf("name")).isPresent();
        assertThat(e.violationOf("maxMembers")).isPresent();
        assertThat(owner.groups().list(new GroupQuery(null, category, false, null, 10)).groups()).isEmpty();
    }

    @Test
    void editsNeedTheCurrentVersionAndAnAdmin() {
        Session owner = member("Editor");
        GroupView g = create(owner, GroupVisibility.PUBLIC, MembershipType.OPEN, null);
        SaveGroup edit = new SaveGroup(g.id(), g.version(), "Renamed " + g.name(), g.description(), g.category(),
                GroupVisibility.PRIVATE, MembershipType.APPROVAL_REQUIRED, 50, "New rules", List.of(), null);
        GroupView edited = owner.groups().update(edit);
        assertThat(edited.name()).startsWith("Renamed");
        assertThat(edited.visibility()).isEqualTo(GroupVisibility.PRIVATE);
        assertThat(edited.version()).isGreaterThan(g.version());
        assertThatThrownBy(() -> owner.groups().update(edit)).isInstanceOf(ConflictException.class);
        Session other = member("Intruder");
        SaveGroup hostile = new SaveGroup(g.id(), edited.version(), "Mine now", null, g.category(), null, null,
                null, null, null, null);
        assertThatThrownBy(() -> other.groups().update(hostile)).isInstanceOf(PermissionDeniedException.class);
        assertThat(owner.groups().get(g.id()).name()).isEqualTo(edited.name());
    }

    @Test
    void anOpenGroupIsJoinedAndLeftAndCountsFollow() {
        Session owner = member("Opener");
        GroupView g = create(owner, GroupVisibility.PUBLIC, MembershipType.OPEN, null);
        Session joiner = member("Joiner");
        GroupView joined = joiner.groups().join(g.id(), null);
        assertThat(joined.myStatus()).isEqualTo(MembershipStatus.ACTIVE);
        assertThat(joined.myRole()).isEqualTo(GroupRole.MEMBER);
        assertThat(joined.memberCount()).isEqualTo(2);
        assertThat(joiner.groups().join(g.id(), null).memberCount()).as("joining twice is harmless").isEqualTo(2);
        assertThat(joiner.groups().list(new GroupQuery(null, null, true, null, 200)).groups())
                .extracting(GroupView::id).contains(g.id());
        GroupView left = joiner.groups().leave(g.id());
        assertThat(left.myStatus()).isEqualTo(MembershipStatus.LEFT);
        assertThat(left.memberCount()).isEqualTo(1);
        assertThat(joiner.groups().list(new GroupQuery(null, null, true, null, 200)).groups())
                .extracting(GroupView::id).doesNotContain(g.id());
        assertThat(joiner.groups().join(g.id(), null).myStatus()).as("a member who left may come back")
                .isEqualTo(MembershipStatus.ACTIVE);
    }

    @Test
    void approvalRequiredGroupsQueueRequestsForAdminsAndModerators() {
        Session owner = member("Approver");
        GroupView g = create(owner, GroupVisibility.PUBLIC, MembershipType.APPROVAL_REQUIRED, null);
        Session asker = member("Asker");
        Session other = member("Other");
        GroupView pending = asker.groups().join(g.id(), null);
        assertThat(pending.myStatus()).isEqualTo(MembershipStatus.PENDING);
        assertThat(pending.memberCount()).isEqualTo(1);
        other.groups().join(g.id(), null);
        assertThatThrownBy(() -> other.groups().approve(g.id(), asker.member().id()))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(owner.groups().members(g.id())).extracting(GroupMember::status)
                .contains(MembershipStatus.PENDING);
        GroupMember approved = owner.groups().approve(g.id(), asker.member().id());
        assertThat(approved.status()).isEqualTo(MembershipStatus.ACTIVE);
        assertThat(asker.groups().get(g.id()).memberCount()).isEqualTo(2);
        GroupMember denied = owner.groups().deny(g.id(), other.member().id());
        assertThat(denied.status()).isEqualTo(MembershipStatus.LEFT);
        assertThatThrownBy(() -> owner.groups().approve(g.id(), other.member().id()))
                .as("only pending requests can be approved").isInstanceOf(ConflictException.class);
        assertThat(owner.groups().get(g.id()).memberCount()).isEqualTo(2);
    }

    @Test
    void inviteOnlyGroupsNeedTheirCurrentCode() {
        Session owner = member("Inviter");
        GroupView g = create(owner, GroupVisibility.PUBLIC, MembershipType.INVITE_ONLY, null);
        Session guest = member("Guest");
        assertThatThrownBy(() -> guest.groups().join(g.id(), null)).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> guest.groups().join(g.id(), "WRONGCODE123")).isInstanceOf(PermissionDeniedException.class);
        assertThat(guest.groups().get(g.id()).myStatus()).isNull();
        Instant before = Instant.now();
        InviteCode fresh = owner.groups().regenerateInvite(g.id(), 7);
        assertThat(fresh.code()).isNotEqualTo(g.inviteCode()).hasSize(12);
        assertThat(fresh.expiresAt()).isBetween(before.plus(Duration.ofDays(7)).minusSeconds(60),
                before.plus(Duration.ofDays(7)).plusSeconds(60));
        assertThatThrownBy(() -> guest.groups().join(g.id(), g.inviteCode()))
                .as("the old code stops working").isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> guest.groups().regenerateInvite(g.id(), null)).isInstanceOf(PermissionDeniedException.class);
        GroupView joined = guest.groups().join(g.id(), fresh.code());
        assertThat(joined.myStatus()).isEqualTo(MembershipStatus.ACTIVE);
        assertThat(joined.memberCount()).isEqualTo(2);
        ValidationException bad = catchThrowableOfType(ValidationException.class,
                () -> owner.groups().regenerateInvite(g.id(), 0));
        assertThat(bad.violationOf("validForDays")).isPresent();
    }

    @Test
    void anExpiredInviteCodeNoLongerLetsAnyoneIn() {
        Session owner = member("Expirer");
        GroupView g = create(owner, GroupVisibility.PUBLIC, MembershipType.INVITE_ONLY, null);
        InviteCode code = owner.groups().regenerateInvite(g.id(), 1);
        expireInviteCode(g.id());
        Session late = member("Late");
        assertThatThrownBy(() -> late.groups().join(g.id(), code.code())).isInstanceOf(PermissionDeniedException.class);
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> late.groups().joinWithCode(code.code()));
        assertThat(e.violationOf("inviteCode")).isPresent();
        assertThat(owner.groups().get(g.id()).memberCount()).isEqualTo(1);
        InviteCode fresh = owner.groups().regenerateInvite(g.id(), null);
        assertThat(fresh.expiresAt()).isNull();
        assertThat(late.groups().joinWithCode(fresh.code()).myStatus()).isEqualTo(MembershipStatus.ACTIVE);
    }

    @Test
    void hiddenGroupsDoNotExistForNonMembersUntilTheyHoldTheCode() {
        Session owner = member("Hider");
        GroupView g = create(owner, GroupVisibility.HIDDEN, MembershipType.OPEN, null);
        Session outsider = member("Outsider");
        assertThat(ids(outsider.groups().list(new GroupQuery(null, g.category(), false, null, 50)))).isEmpty();
        assertThat(ids(outsider.groups().list(new GroupQuery(g.name(), null, false, null, 50)))).doesNotContain(g.id());
        assertThatThrownBy(() -> outsider.groups().get(g.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> outsider.groups().join(g.id(), null)).as("joining a hidden group without an invite")
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> outsider.groups().join(g.id(), "NOTTHECODE99")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> outsider.groups().members(g.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> outsider.groups().leave(g.id())).isInstanceOf(NotFoundException.class);
        assertThat(ids(owner.groups().list(new GroupQuery(null, g.category(), false, null, 50)))).containsExactly(g.id());

        GroupView joined = outsider.groups().joinWithCode(g.inviteCode());
        assertThat(joined.id()).isEqualTo(g.id());
        assertThat(joined.myStatus()).isEqualTo(MembershipStatus.ACTIVE);
        assertThat(ids(outsider.groups().list(new GroupQuery(null, g.category(), false, null, 50)))).containsExactly(g.id());
        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> outsider.groups().joinWithCode("NOSUCHCODE00"));
        assertThat(e.violationOf("inviteCode")).isPresent();
    }

    @Test
    void onlyMembersOfAPrivateGroupSeeWhoIsInIt() {
        Session owner = member("Privateer");
        GroupView g = create(owner, GroupVisibility.PRIVATE, MembershipType.APPROVAL_REQUIRED, null);
        Session outsider = member("Nosy");
        assertThat(outsider.groups().get(g.id()).name()).isEqualTo(g.name());
        assertThat(ids(outsider.groups().list(new GroupQuery(null, g.category(), false, null, 50)))).containsExactly(g.id());
        assertThatThrownBy(() -> outsider.groups().members(g.id())).isInstanceOf(PermissionDeniedException.class);
        outsider.groups().join(g.id(), null);
        assertThatThrownBy(() -> outsider.groups().members(g.id())).as("a pending request is not membership")
                .isInstanceOf(PermissionDeniedException.class);
        owner.groups().approve(g.id(), outsider.member().id());
        assertThat(outsider.groups().members(g.id())).extracting(GroupMember::memberId)
                .containsExactlyInAnyOrder(owner.member().id(), outsider.member().id());
        GroupView pub = create(owner, GroupVisibility.PUBLIC, MembershipType.OPEN, null);
        assertThat(member("Anyone").groups().members(pub.id())).extracting(GroupMember::memberId)
                .containsExactly(owner.member().id());
    }

    @Test
    void aFullGroupTakesNobodyElse() {
        Session owner = member("Small");
        GroupView g = create(owner, GroupVisibility.PUBLIC, MembershipType.OPEN, 2);
        member("Second").groups().join(g.id(), null);
        Session third = member("Third");
        ConflictException e = catchThrowableOfType(ConflictException.class, () -> third.groups().join(g.id(), null));
        assertThat(e.getMessage()).contains("full");
        assertThat(owner.groups().get(g.id()).memberCount()).isEqualTo(2);
        GroupView current = owner.groups().get(g.id());
        ValidationException lower = catchThrowableOfType(ValidationException.class, () -> owner.groups().update(
                new SaveGroup(g.id(), current.version(), g.name(), null, g.category(), null, null, 1, null, null, null)));
        assertThat(lower.violationOf("maxMembers")).isPresent();
    }

    @Test
    void adminsChangeRolesModeratorsModerateAndBannedMembersStayOut() {
        Session owner = member("Boss");
        GroupView g = create(owner, GroupVisibility.PUBLIC, MembershipType.OPEN, null);
        Session mod = member("Mod");
        Session plain = member("Plain");
        mod.groups().join(g.id(), null);
        plain.groups().join(g.id(), null);
        assertThatThrownBy(() -> plain.groups().changeRole(g.id(), mod.member().id(), GroupRole.MODERATOR))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(owner.groups().changeRole(g.id(), mod.member().id(), GroupRole.MODERATOR).role())
                .isEqualTo(GroupRole.MODERATOR);
        assertThatThrownBy(() -> mod.groups().ban(g.id(), owner.member().id()))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> mod.groups().changeRole(g.id(), plain.member().id(), GroupRole.ADMIN))
                .as("role changes are for admins").isInstanceOf(PermissionDeniedException.class);
        GroupMember banned = mod.groups().ban(g.id(), plain.member().id());
        assertThat(banned.status()).isEqualTo(MembershipStatus.BANNED);
        assertThat(owner.groups().get(g.id()).memberCount()).isEqualTo(2);
        assertThatThrownBy(() -> plain.groups().join(g.id(), null)).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> plain.groups().join(g.id(), g.inviteCode())).isInstanceOf(PermissionDeniedException.class);
        assertThat(mod.groups().members(g.id())).extracting(GroupMember::status).contains(MembershipStatus.BANNED);
        assertThat(member("Public").groups().members(g.id())).extracting(GroupMember::status)
                .containsOnly(MembershipStatus.ACTIVE);

        assertThatThrownBy(() -> owner.groups().leave(g.id())).as("the last admin cannot leave others behind")
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> owner.groups().changeRole(g.id(), owner.member().id(), GroupRole.MEMBER))
                .isInstanceOf(ConflictException.class);
        owner.groups().changeRole(g.id(), mod.member().id(), GroupRole.ADMIN);
        assertThat(owner.groups().leave(g.id()).myStatus()).isEqualTo(MembershipStatus.LEFT);
        assertThat(mod.groups().get(g.id()).memberCount()).isEqualTo(1);
    }

    @Test
    void theListFiltersByCategoryAndMineAndPagesWithoutGapsOrRepeats() {
        Session owner = member("Lister");
        String category = unique("paging");
        List<UUID> created = new ArrayList<>();
        List<String> words = List.of("alpha", "bravo", "charlie", "delta", "echo");
        for (String word : words) {
            created.add(owner.groups().create(group("Paged " + word + " " + category, category, GroupVisibility.PUBLIC,
                    MembershipType.OPEN, null)).id());
        }
        Session reader = member("Reader");
        List<UUID> seen = new ArrayList<>();
        GroupQuery q = new GroupQuery(null, category.toUpperCase(), false, null, 2);
        GroupPage page;
        do {
            page = reader.groups().list(q);
            assertThat(page.groups().size()).isLessThanOrEqualTo(2);
            seen.addAll(ids(page));
            q = q.withCursor(page.nextCursor());
        } while (page.hasMore());
        assertThat(seen).containsExactlyElementsOf(created);
        reader.groups().join(created.get(3), null);
        assertThat(ids(reader.groups().list(new GroupQuery(null, category, true, null, 10)))).containsExactly(created.get(3));
        assertThat(ids(reader.groups().list(new GroupQuery("paged charl", category, false, null, 10)))).containsExactly(created.get(2));
        assertThatThrownBy(() -> reader.groups().list(new GroupQuery(null, null, false, "garbage!", 10)))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void memberCountStaysExactUnderConcurrentJoinsAndLeaves() throws Exception {
        Session owner = member("Busy");
        GroupView g = create(owner, GroupVisibility.PUBLIC, MembershipType.OPEN, null);
        List<Session> members = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            members.add(member("Crowd" + i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Object>> joins = new ArrayList<>();
            members.forEach(m -> joins.add(() -> m.groups().join(g.id(), null)));
            for (Future<Object> f : pool.invokeAll(joins)) {
                f.get();
            }
            List<Callable<Object>> mixed = new ArrayList<>();
            for (int i = 0; i < members.size(); i++) {
                Session m = members.get(i);
                mixed.add(i % 2 == 0 ? () -> m.groups().leave(g.id()) : () -> m.groups().join(g.id(), null));
                mixed.add(() -> m.groups().get(g.id()));
            }
            for (Future<Object> f : pool.invokeAll(mixed)) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        GroupView after = owner.groups().get(g.id());
        assertThat(after.memberCount()).isEqualTo(1 + members.size() / 2);
        assertThat(owner.groups().members(g.id())).hasSize(after.memberCount());
    }

    @Test
    void twoMembersRacingForTheLastPlaceGetItOnceBetweenThem() throws Exception {
        Session owner = member("Tight");
        GroupView g = create(owner, GroupVisibility.PUBLIC, MembershipType.OPEN, 3);
        List<Session> racers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            racers.add(member("Racer" + i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(6);
        AtomicInteger full = new AtomicInteger();
        try {
            List<Callable<Object>> joins = new ArrayList<>();
            racers.forEach(m -> joins.add(() -> {
                try {
                    return m.groups().join(g.id(), null);
                } catch (ConflictException e) {
                    full.incrementAndGet();
                    return null;
                }
            }));
            for (Future<Object> f : pool.invokeAll(joins)) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(full.get()).isEqualTo(4);
        assertThat(owner.groups().get(g.id()).memberCount()).isEqualTo(3);
        assertThat(owner.groups().members(g.id())).hasSize(3);
    }

    @Test
    void staffSeeHiddenGroupsAndKioskAccountsSeeNone() {
        Session owner = member("Secret");
        GroupView g = create(owner, GroupVisibility.HIDDEN, MembershipType.INVITE_ONLY, null);
        assertThat(admin.groups().get(g.id()).inviteCode()).isEqualTo(g.inviteCode());
        Session kiosk = Hubs.member(backend, admin, Role.KIOSK, "Door", "Kiosk");
        assertThatThrownBy(() -> kiosk.groups().list(GroupQuery.firstPage())).isInstanceOf(PermissionDeniedException.class);
    }
}
