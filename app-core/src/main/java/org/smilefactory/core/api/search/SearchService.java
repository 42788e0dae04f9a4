package org.smilefactory.core.api.search;

/** One search across members, posts, events, groups and listings, never showing what the member may not see. */
public interface SearchService {
}
