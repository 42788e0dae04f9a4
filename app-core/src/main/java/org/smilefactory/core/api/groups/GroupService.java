package org.smilefactory.core.api.groups;

import java.util.List;
import java.util.UUID;

/**
 * Groups: visibility, membership rules, invites, roles and membership states.
 *
 * <p>A hidden group does not exist for anyone but its active and pending members (and staff, who run
 * the hub's groups): lists leave it out and every call naming it fails with
 * {@link org.smilefactory.core.api.NotFoundException}, unless the caller holds its valid invite code.
 * Members of a private group are listed only to its active members. {@code memberCount} always equals
 * the number of active memberships.
 */
public interface GroupService {

    GroupPage list(GroupQuery query);

    /** @throws org.smilefactory.core.api.NotFoundException if absent or hidden from the acting member */
    GroupView get(UUID groupId);

    /**
     * Creates a group with the acting member as its admin and a fresh invite code.
     *
     * @throws org.smilefactory.core.api.ValidationException on bad fields; nothing is written
     */
    GroupView create(SaveGroup command);

    /**
     * Edits a group (its admins, or staff). Lowering {@code maxMembers} below the current member count
     * is refused.
     *
     * @throws org.smilefactory.core.api.ConflictException when {@code expectedVersion} is stale
     */
    GroupView update(SaveGroup command);

    /**
     * Joins a group: an open group at once, an approval-required one as a pending request, an
     * invite-only one only with its valid invite code (which also lets a member straight into any
     * group, hidden ones included). Joining again is harmless; a banned member cannot come back.
     *
     * @throws org.smilefactory.core.api.ConflictException when the group is full
     * @throws org.smilefactory.core.api.PermissionDeniedException when invite-only and the code is missing or wrong
     */
    GroupView join(UUID groupId, String inviteCode);

    /** Joins the group whose valid invite code this is (how a hidden group is found at all). */
    GroupView joinWithCode(String inviteCode);

    /** Leaves a group or withdraws a pending request. The last admin cannot leave while others remain. */
    GroupView leave(UUID groupId);

    /** Approves a pending request (admins and moderators). @throws ConflictException when the group is full */
    GroupMember approve(UUID groupId, UUID memberId);

    /** Denies a pending request (admins and moderators): the request is closed as LEFT. */
    GroupMember deny(UUID groupId, UUID memberId);

    /** Bans a member (admins; moderators may ban plain members). A banned member cannot rejoin. */
    GroupMember ban(UUID groupId, UUID memberId);

    /** Changes an active member's role (admins only). A group always keeps at least one admin. */
    GroupMember changeRole(UUID groupId, UUID memberId, GroupRole role);

    /**
     * A new invite code for the group (admins and moderators); the old one stops working.
     *
     * @param validForDays null for a code that does not expire, else 1..365
     */
    InviteCode regenerateInvite(UUID groupId, Integer validForDays);

    /**
     * The group's members, admins first. Active members are listed to those who may see them;
     * admins and moderators also get pending and banned ones.
     *
     * @throws org.smilefactory.core.api.PermissionDeniedException for a private group the member is not in
     */
    List<GroupMember> members(UUID groupId);
}
