package org.smilefactory.core.remote.wire;

import org.smilefactory.core.api.accounts.Role;

/** {@code PUT /api/v1/accounts/{id}/role} (admins). */
public record ChangeRoleRequest(Role role) {
}
