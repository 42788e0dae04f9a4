package org.smilefactory.core.api.ai;

/**
 * A member's AI preferences. With {@code aiEnabled} false no AI runs for them at all: their
 * questions are not embedded or sent anywhere, and suggestions are not computed.
 */
public record AiPreferences(boolean aiEnabled, ResponseStyle responseStyle, long version) {
}
