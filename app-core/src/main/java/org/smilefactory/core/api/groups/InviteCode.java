package org.smilefactory.core.api.groups;

import java.time.Instant;

/** A group's current invite code; {@code expiresAt} null means it does not expire. */
public record InviteCode(String code, Instant expiresAt) {
}
