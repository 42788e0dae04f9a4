package org.smilefactory.ui.groups;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.smilefactory.core.api.NotFoundException;
import org.smilefactory.core.api.ValidationException;
import org.smilefactory.core.api.Violation;
import org.smilefactory.core.api.groups.GroupMember;
import org.smilefactory.core.api.groups.GroupPage;
import org.smilefactory.core.api.groups.GroupQuery;
import org.smilefactory.core.api.groups.GroupRole;
import org.smilefactory.core.api.groups.GroupService;
import org.smilefactory.core.api.groups.GroupView;
import org.smilefactory.core.api.groups.GroupVisibility;
import org.smilefactory.core.api.groups.InviteCode;
import org.smilefactory.core.api.groups.MembershipStatus;
import org.smilefactory.core.api.groups.MembershipType;
import org.smilefactory.core.api.groups.SaveGroup;
import org.smilefactory.ui.l10n.Localization;
import org.smilefactory.ui.util.CurrentThreadTaskExecutor;

class GroupsViewModelTest {

    private final Localization l10n = Localization.english();
    private final Fake groups = new Fake();
    private final GroupsViewModel vm = new GroupsViewModel(groups, new CurrentThreadTaskExecutor(), l10n);

    static GroupView group(MembershipType type, MembershipStatus mine) {
        return new GroupView(UUID.randomUUID(), 1, "Solar", null, "Energy", GroupVisibility.PUBLIC, type, 100, 3, null,
                List.of(), null, UUID.randomUUID(), Instant.now(), mine == null ? null : GroupRole.MEMBER, mine, false,
                null, null);
    }

    @Test
    void serverViolationsLandNextToTheirFieldsAndTheFormStaysOpen() {
        groups.createError = new ValidationException(List.of(new Violation("name", "required", "Required."),
                new Violation("category", "too-long", "Too long.")));
        vm.startCreate();
        vm.save();
        assertThat(vm.fieldErrors().of("name").get()).isEqualTo("Required.");
        assertThat(vm.fieldErrors().of("category").get()).isEqualTo("Too long.");
        assertThat(vm.editingProperty().get()).isTrue();
        vm.nameProperty().set("Solar");
        assertThat(vm.fieldErrors().of("name").get()).as("typing clears the old error").isEmpty();
    }

    @Test
    void aMaximumThatIsNotANumberIsCaughtWithoutAskingTheBackend() {
        vm.startCreate();
        vm.maxMembersProperty().set("lots");
        vm.save();
        assertThat(vm.fieldErrors().of("maxMembers").get()).isNotEmpty();
        assertThat(groups.created).isEmpty();
    }

    @Test
    void aSavedGroupIsShownAndTheListReloaded() {
        vm.startCreate();
        vm.nameProperty().set("Solar");
        vm.categoryProperty().set("Energy");
        vm.tagsProperty().set("solar, , water");
        vm.save();
        assertThat(groups.created).singleElement().satisfies(c -> assertThat(c.tags()).containsExactly("solar", "water"));
        assertThat(vm.editingProperty().get()).isFalse();
        assertThat(vm.selectedProperty().get().name()).isEqualTo("Solar");
        assertThat(groups.lists).isPositive();
    }

    @Test
    void theJoinButtonSaysWhatWillHappen() {
        assertThat(vm.joinActionText(group(MembershipType.OPEN, null))).isEqualTo(l10n.get("groups.action.join"));
        assertThat(vm.joinActionText(group(MembershipType.APPROVAL_REQUIRED, MembershipStatus.LEFT)))
                .isEqualTo(l10n.get("groups.action.request"));
        assertThat(vm.joinActionText(group(MembershipType.INVITE_ONLY, null))).isNull();
        assertThat(vm.joinActionText(group(MembershipType.OPEN, MembershipStatus.ACTIVE))).isNull();
        assertThat(vm.joinActionText(group(MembershipType.OPEN, MembershipStatus.BANNED))).isNull();
    }

    @Test
    void aWrongInviteCodeIsShownNextToTheCodeField() {
        vm.joinCodeProperty().set("NOPE");
        vm.joinWithCode();
        assertThat(vm.joinErrors().of("inviteCode").get()).isEqualTo("Not valid.");
        assertThat(vm.errorMessageProperty().get()).isEmpty();
    }

    /** Answers like the backend would for the calls these tests make. */
    static final class Fake implements GroupService {
        ValidationException createError;
        final List<SaveGroup> created = new ArrayList<>();
        int lists;

        @Override
        public GroupPage list(GroupQuery query) {
            lists++;
            return new GroupPage(List.of(), null);
        }

        @Override
        public GroupView get(UUID groupId) {
            throw new NotFoundException("gone");
        }

        @Override
        public GroupView create(SaveGroup command) {
            if (createError != null) {
                throw createError;
            }
            created.add(command);
            return new GroupView(UUID.randomUUID(), 0, command.name(), null, command.category(), GroupVisibility.PUBLIC,
                    MembershipType.OPEN, 1000, 1, null, command.tags(), null, UUID.randomUUID(), Instant.now(),
                    GroupRole.ADMIN, MembershipStatus.ACTIVE, true, "ABCDEFGHJKLM", null);
        }

        @Override
        public GroupView update(SaveGroup command) {
            throw new UnsupportedOperationException();
        }

        @Override
        public GroupView join(UUID groupId, String inviteCode) {
            throw new UnsupportedOperationException();
        }

        @Override
        public GroupView joinWithCode(String inviteCode) {
            throw new ValidationException(List.of(new Violation("inviteCode", "invalid", "Not valid.")));
        }

        @Override
        public GroupView leave(UUID groupId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public GroupMember approve(UUID groupId, UUID memberId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public GroupMember deny(UUID groupId, UUID memberId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public GroupMember ban(UUID groupId, UUID memberId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public GroupMember changeRole(UUID groupId, UUID memberId, GroupRole role) {
            throw new UnsupportedOperationException();
        }

        @Override
        public InviteCode regenerateInvite(UUID groupId, Integer validForDays) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<GroupMember> members(UUID groupId) {
            return List.of();
        }
    }
}
