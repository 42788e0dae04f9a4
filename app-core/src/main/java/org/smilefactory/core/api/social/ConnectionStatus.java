package org.smilefactory.core.api.social;

/**
 * Where two members stand, seen from the viewer. A request the other member declined still reads
 * {@link #REQUEST_SENT} for the requester: declining is never announced. {@link #UNAVAILABLE} means
 * the other member blocked the viewer; it says no more than "you cannot connect or message".
 */
public enum ConnectionStatus {
    NONE,
    REQUEST_SENT,
    REQUEST_RECEIVED,
    CONNECTED,
    BLOCKED_BY_ME,
    UNAVAILABLE
}
