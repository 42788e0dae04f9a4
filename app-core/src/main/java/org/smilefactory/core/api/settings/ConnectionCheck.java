package org.smilefactory.core.api.settings;

/**
 * What a connection test found.
 *
 * @param ok      the endpoint answered as an OpenAI-compatible API should
 * @param message in words: what answered, or what went wrong
 * @param millis  how long the call took
 */
public record ConnectionCheck(boolean ok, String message, long millis) {
}
