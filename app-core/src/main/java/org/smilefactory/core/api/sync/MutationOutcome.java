package org.smilefactory.core.api.sync;

/** What the server did with one pushed mutation. */
public enum MutationOutcome {
    /** Applied (now, or the first time this id was pushed). */
    APPLIED,
    /** Not applied: the row changed on the server since the base version; the reply carries its rows. */
    CONFLICT,
    /** Not applied and never will be as it is (not allowed, invalid, the row is gone); see the reason. */
    REJECTED
}
