package org.smilefactory.core.api.ai;

/** AI suggestions for the session's member (and, for staff, for any member), with scores and reasons. */
public interface SuggestionService {

    /**
     * Suggestions by section. Never the member themself, members they are connected to or have
     * blocked (or who blocked them), nor anything the member may not see.
     *
     * @throws org.smilefactory.core.api.PermissionDeniedException for another member without a staff session
     * @throws org.smilefactory.core.api.NotFoundException when that member does not exist
     * @throws org.smilefactory.core.api.ValidationException for a limit out of range
     */
    Suggestions suggest(SuggestionQuery query);

    /** The embedding index's progress (any signed-in member; it says nothing about anyone's data). */
    IndexStatus indexStatus();

    /** The hub's AI endpoints (staff). */
    AiSettings settings();

    /** Changes the hub's AI endpoints (staff); a changed embedding model re-embeds everything in the background. */
    AiSettings saveSettings(SaveAiSettings settings);
}
