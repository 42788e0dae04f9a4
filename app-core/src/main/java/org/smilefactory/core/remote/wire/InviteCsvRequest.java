package org.smilefactory.core.remote.wire;

import org.smilefactory.core.api.accounts.Role;

/** {@code POST /api/v1/accounts/invites/csv} (staff): the CSV text and the role every row gets. */
public record InviteCsvRequest(String csv, Role role) {
}
