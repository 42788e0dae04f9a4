package org.smilefactory.core.backup;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * {@code backup.json} inside a backup archive: what the archive holds and the schema it fits.
 * {@code tables} maps each table (public schema, Flyway's history excepted) to its row count;
 * {@code sequences} each sequence to its last value (null: never used); {@code media} the relative
 * paths of the media files in the archive.
 */
record BackupManifest(int format, Instant createdAt, String schemaVersion, String database,
                      Map<String, Long> tables, Map<String, Long> sequences, List<String> media) {

    static final int FORMAT = 1;

    long rows() {
        return tables.values().stream().mapToLong(Long::longValue).sum();
    }
}
