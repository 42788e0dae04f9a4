package org.smilefactory.core.api.sync;

import java.util.UUID;

/**
 * One row of a synchronised table as the server holds it now, or its tombstone.
 *
 * @param seq        position in the server's change log; 0 for rows sent outside the log (push replies)
 * @param entityType the table (one of {@link SyncTables#ALL})
 * @param entityId   the row's primary key
 * @param payload    the row as a JSON object (column name to value), secrets removed; null for DELETE
 */
public record Change(long seq, String entityType, UUID entityId, ChangeOperation operation, String payload) {
}
