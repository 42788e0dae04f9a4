package org.smilefactory.core.api.events;

import java.util.Set;

/** An event's lifecycle: draft → published → cancelled or completed (a draft may also be cancelled). */
public enum EventStatus {
    DRAFT, PUBLISHED, CANCELLED, COMPLETED;

    /** The statuses this one may change to; cancelled and completed are final. */
    public Set<EventStatus> next() {
        switch (this) {
            case DRAFT:
                return Set.of(PUBLISHED, CANCELLED);
            case PUBLISHED:
                return Set.of(CANCELLED, COMPLETED);
            default:
                return Set.of();
        }
    }

    public boolean canChangeTo(EventStatus target) {
        return next().contains(target);
    }
}
