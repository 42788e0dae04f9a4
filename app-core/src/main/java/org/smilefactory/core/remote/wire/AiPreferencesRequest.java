package org.smilefactory.core.remote.wire;

import org.smilefactory.core.api.ai.ResponseStyle;

/** Body of PUT /api/v1/ai/preferences. */
public record AiPreferencesRequest(boolean aiEnabled, ResponseStyle responseStyle, long expectedVersion) {
}
