package org.smilefactory.core.remote.wire;

import org.smilefactory.core.api.events.EventStatus;

/** An event's status change, at the version the caller saw. */
public record EventStatusRequest(long expectedVersion, EventStatus status) {
}
