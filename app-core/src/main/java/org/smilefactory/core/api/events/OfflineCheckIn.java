package org.smilefactory.core.api.events;

/** Where a walk-in registered by a kiosk with no network stands (null for everything made online). */
public enum OfflineCheckIn {
    /** Made offline on stale counts; the server has not seen it yet. */
    PROVISIONAL,
    /** The server found a place for it. */
    CONFIRMED,
    /** The event was full when the server saw it; kept (the person is in), flagged for staff. */
    OVER_CAPACITY
}
