package org.smilefactory.core.remote.wire;

/** A new invite code; {@code validForDays} null for one that does not expire. */
public record RegenerateInviteRequest(Integer validForDays) {
}
