package org.smilefactory.core.api.messaging;

public enum ConversationType {
    DIRECT,
    GROUP
}
