package org.smilefactory.core.remote.wire;

/** Joining a group, optionally with its invite code. */
public record JoinGroupRequest(String inviteCode) {
}
