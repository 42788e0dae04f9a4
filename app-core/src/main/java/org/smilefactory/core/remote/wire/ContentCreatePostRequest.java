package org.smilefactory.core.remote.wire;

import org.smilefactory.core.api.content.PostInput;

/** POST /posts: a new post, published at once or kept as a draft. Media entries are media URLs only. */
public record ContentCreatePostRequest(PostInput input, boolean publish) {
}
