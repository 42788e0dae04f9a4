package org.smilefactory.core.api.content;

import java.util.List;

/** One page of posts; {@code nextCursor} is null on the last page. */
public record PostPage(List<Post> posts, String nextCursor) {
}
