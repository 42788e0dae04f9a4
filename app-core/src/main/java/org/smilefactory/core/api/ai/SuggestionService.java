package org.smilefactory.core.api.ai;

/** AI suggestions for the session's member (and, for staff, for any member), with scores and reasons. */
public interface SuggestionService {
}
