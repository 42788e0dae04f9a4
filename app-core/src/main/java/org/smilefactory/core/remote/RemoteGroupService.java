package org.smilefactory.core.remote;

import java.util.List;
import java.util.UUID;
import org.smilefactory.core.api.groups.GroupMember;
import org.smilefactory.core.api.groups.GroupPage;
import org.smilefactory.core.api.groups.GroupQuery;
import org.smilefactory.core.api.groups.GroupRole;
import org.smilefactory.core.api.groups.GroupService;
import org.smilefactory.core.api.groups.GroupView;
import org.smilefactory.core.api.groups.InviteCode;
import org.smilefactory.core.api.groups.SaveGroup;
import org.smilefactory.core.remote.wire.GroupRoleRequest;
import org.smilefactory.core.remote.wire.JoinGroupRequest;
import org.smilefactory.core.remote.wire.RegenerateInviteRequest;

/** {@link GroupService} over app-server's REST API. */
final class RemoteGroupService implements GroupService {

    private final Calls calls;

    RemoteGroupService(Calls calls) {
        this.calls = calls;
    }

    @Override
    public GroupPage list(GroupQuery query) {
        return calls.call("GET", "groups")
                .query("text", query.text())
                .query("category", query.category())
                .query("mine", query.mine())
                .query("cursor", query.cursor())
                .query("limit", query.limit())
                .as(GroupPage.class);
    }

    @Override
    public GroupView get(UUID groupId) {
        return calls.call("GET", "groups/" + groupId).as(GroupView.class);
    }

    @Override
    public GroupView create(SaveGroup command) {
        return calls.call("POST", "groups").body(command).as(GroupView.class);
    }

    @Override
    public GroupView update(SaveGroup command) {
        return calls.call("PUT", "groups").body(command).as(GroupView.class);
    }

    @Override
    public GroupView join(UUID groupId, String inviteCode) {
        return calls.call("POST", "groups/" + groupId + "/join").body(new JoinGroupRequest(inviteCode)).as(GroupView.class);
    }

    @Override
    public GroupView joinWithCode(String inviteCode) {
        return calls.call("POST", "groups/join-with-code").body(new JoinGroupRequest(inviteCode)).as(GroupView.class);
    }

    @Override
    public GroupView leave(UUID groupId) {
        return calls.call("POST", "groups/" + groupId + "/leave").as(GroupView.class);
    }

    @Override
    public GroupMember approve(UUID groupId, UUID memberId) {
        return calls.call("POST", "groups/" + groupId + "/members/" + memberId + "/approve").as(GroupMember.class);
    }

    @Override
    public GroupMember deny(UUID groupId, UUID memberId) {
        return calls.call("POST", "groups/" + groupId + "/members/" + memberId + "/deny").as(GroupMember.class);
    }

    @Override
    public GroupMember ban(UUID groupId, UUID memberId) {
        return calls.call("POST", "groups/" + groupId + "/members/" + memberId + "/ban").as(GroupMember.class);
    }

    @Override
    public GroupMember changeRole(UUID groupId, UUID memberId, GroupRole role) {
        return calls.call("PUT", "groups/" + groupId + "/members/" + memberId + "/role")
                .body(new GroupRoleRequest(role)).as(GroupMember.class);
    }

    @Override
    public InviteCode regenerateInvite(UUID groupId, Integer validForDays) {
        return calls.call("POST", "groups/" + groupId + "/invite")
                .body(new RegenerateInviteRequest(validForDays)).as(InviteCode.class);
    }

    @Override
    public List<GroupMember> members(UUID groupId) {
        return calls.call("GET", "groups/" + groupId + "/members").asList(GroupMember.class);
    }
}
