package org.smilefactory.core.remote.wire;

import org.smilefactory.core.api.groups.GroupRole;

/** A member's new role in a group. */
public record GroupRoleRequest(GroupRole role) {
}
