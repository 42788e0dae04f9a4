package org.smilefactory.core.remote.wire;

import java.util.UUID;

/** POST /posts/{id}/comments: a comment, or a reply when {@code parentId} is set. */
public record ContentCommentRequest(UUID parentId, String body) {
}
