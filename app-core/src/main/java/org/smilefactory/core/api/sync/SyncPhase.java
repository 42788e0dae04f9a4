package org.smilefactory.core.api.sync;

/** The step a synchronisation is in, for progress. */
public enum SyncPhase {
    IDLE,
    /** First download of everything this member may see. */
    TAKING_REPLICA,
    PUSHING,
    PULLING
}
