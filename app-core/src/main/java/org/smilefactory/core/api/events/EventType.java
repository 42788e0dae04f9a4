package org.smilefactory.core.api.events;

/** The seed's event types. */
public enum EventType {
    CONFERENCE, WORKSHOP, NETWORKING, WEBINAR, MEETUP, PITCH, DEMO
}
