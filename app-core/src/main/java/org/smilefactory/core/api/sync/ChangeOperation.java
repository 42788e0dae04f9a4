package org.smilefactory.core.api.sync;

/** What a change in the server's log does to one row. */
public enum ChangeOperation {
    /** Insert or replace the row with the payload. */
    UPSERT,
    /** A tombstone: the row is gone, or no longer visible to this member. */
    DELETE
}
