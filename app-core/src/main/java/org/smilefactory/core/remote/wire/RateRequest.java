package org.smilefactory.core.remote.wire;

/** Body of POST /api/v1/ai/assistant/messages/{id}/rating. */
public record RateRequest(int stars) {
}
