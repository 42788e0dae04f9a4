package org.smilefactory.server.api;

import java.util.List;
import java.util.UUID;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.groups.GroupMember;
import org.smilefactory.core.api.groups.GroupPage;
import org.smilefactory.core.api.groups.GroupQuery;
import org.smilefactory.core.api.groups.GroupView;
import org.smilefactory.core.api.groups.InviteCode;
import org.smilefactory.core.api.groups.SaveGroup;
import org.smilefactory.core.remote.wire.GroupRoleRequest;
import org.smilefactory.core.remote.wire.JoinGroupRequest;
import org.smilefactory.core.remote.wire.RegenerateInviteRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@link org.smilefactory.core.api.groups.GroupService} over HTTP. */
@RestController
@RequestMapping("/api/v1/groups")
public class GroupController {

    @GetMapping
    public GroupPage list(Session session,
                          @RequestParam(required = false) String text,
                          @RequestParam(required = false) String category,
                          @RequestParam(defaultValue = "false") boolean mine,
                          @RequestParam(required = false) String cursor,
                          @RequestParam(defaultValue = "" + GroupQuery.DEFAULT_LIMIT) int limit) {
        return session.groups().list(new GroupQuery(text, category, mine, cursor, limit));
    }

    @GetMapping("/{groupId}")
    public GroupView get(Session session, @PathVariable UUID groupId) {
        return session.groups().get(groupId);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public GroupView create(Session session, @RequestBody SaveGroup command) {
        return session.groups().create(command);
    }

    /** Edits the group named by the body's {@code groupId}, at its {@code expectedVersion}. */
    @PutMapping
    public GroupView update(Session session, @RequestBody SaveGroup command) {
        return session.groups().update(command);
    }

    @PostMapping("/{groupId}/join")
    public GroupView join(Session session, @PathVariable UUID groupId, @RequestBody JoinGroupRequest body) {
        return session.groups().join(groupId, body.inviteCode());
    }

    @PostMapping("/join-with-code")
    public GroupView joinWithCode(Session session, @RequestBody JoinGroupRequest body) {
        return session.groups().joinWithCode(body.inviteCode());
    }

    /** The group as the member now sees it; empty when they left a hidden group (which they no longer see). */
    @PostMapping("/{groupId}/leave")
    public GroupView leave(Session session, @PathVariable UUID groupId) {
        return session.groups().leave(groupId);
    }

    @PostMapping("/{groupId}/members/{memberId}/approve")
    public GroupMember approve(Session session, @PathVariable UUID groupId, @PathVariable UUID memberId) {
        return session.groups().approve(groupId, memberId);
    }

    @PostMapping("/{groupId}/members/{memberId}/deny")
    public GroupMember deny(Session session, @PathVariable UUID groupId, @PathVariable UUID memberId) {
        return session.groups().deny(groupId, memberId);
    }

    @PostMapping("/{groupId}/members/{memberId}/ban")
    public GroupMember ban(Session session, @PathVariable UUID groupId, @PathVariable UUID memberId) {
        return session.groups().ban(groupId, memberId);
    }

    @PutMapping("/{groupId}/members/{memberId}/role")
    public GroupMember changeRole(Session session, @PathVariable UUID groupId, @PathVariable UUID memberId,
                                  @RequestBody GroupRoleRequest body) {
        return session.groups().changeRole(groupId, memberId, body.role());
    }

    @PostMapping("/{groupId}/invite")
    public InviteCode regenerateInvite(Session session, @PathVariable UUID groupId, @RequestBody RegenerateInviteRequest body) {
        return session.groups().regenerateInvite(groupId, body.validForDays());
    }

    @GetMapping("/{groupId}/members")
    public List<GroupMember> members(Session session, @PathVariable UUID groupId) {
        return session.groups().members(groupId);
    }
}
