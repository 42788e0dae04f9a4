package org.smilefactory.core.api.ai;

/** The AI assistant: conversations grounded in hub data the member may see, with citations. */
public interface AssistantService {
}
