package org.smilefactory.core.api.sync;

import java.time.Instant;

/**
 * What the status bar shows about a connection with an offline replica.
 *
 * @param state          online, offline or syncing
 * @param manualOffline  true when the member chose to work offline (no automatic return)
 * @param server         the server's address, for display
 * @param phase          the step of a running synchronisation (IDLE otherwise)
 * @param done           changes pushed or pulled so far in this phase
 * @param total          changes to push or pull in this phase, -1 when not known yet
 * @param pending        changes in the outbox waiting to be pushed
 * @param needsAttention conflicting and rejected changes waiting for a person
 * @param lastSyncedAt   when the last synchronisation finished, null before the first
 * @param message        why the connection is offline (server unreachable...), or null; localised
 */
public record SyncStatus(ConnectionState state, boolean manualOffline, String server, SyncPhase phase, long done,
                         long total, long pending, long needsAttention, Instant lastSyncedAt, String message) {
}
