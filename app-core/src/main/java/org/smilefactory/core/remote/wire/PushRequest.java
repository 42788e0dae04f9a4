package org.smilefactory.core.remote.wire;

import java.util.List;
import org.smilefactory.core.api.sync.Mutation;

/** Body of {@code POST /api/v1/sync/push}: offline changes, in the order they were made. */
public record PushRequest(List<Mutation> mutations) {
}
