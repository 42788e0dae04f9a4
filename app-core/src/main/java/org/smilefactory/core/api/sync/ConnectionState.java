package org.smilefactory.core.api.sync;

/** Where a server connection with an offline replica currently works. */
public enum ConnectionState {
    /** Calls go to the server; the replica follows by pulling. */
    ONLINE,
    /** Calls go to the replica; changes wait in the outbox. */
    OFFLINE,
    /** Pushing the outbox and pulling the log; calls go to the replica until it is done. */
    SYNCING
}
