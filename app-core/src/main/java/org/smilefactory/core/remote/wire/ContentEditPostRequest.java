package org.smilefactory.core.remote.wire;

import org.smilefactory.core.api.content.PostInput;

/** PUT /posts/{id}: the author's edit at the version they saw. Media entries are media URLs only. */
public record ContentEditPostRequest(long expectedVersion, PostInput input) {
}
