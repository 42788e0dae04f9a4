package org.smilefactory.core.api.ai;

/** How long the assistant's answers are (ai_user_preferences.preferred_response_style). */
public enum ResponseStyle {
    CONCISE, BALANCED, DETAILED
}
