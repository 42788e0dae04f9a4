package org.smilefactory.core.api.backup;

import java.util.function.Consumer;

/**
 * Backups of the hub's database and media (admins only). The embedded desktop hub backs up and
 * restores in the app; the server backs up on demand and on schedule, and its database is restored
 * only from the command line while it is stopped (decision 0017).
 */
public interface BackupService {

    /**
     * Where backups go, how many are kept, how often they run and the backups there are, newest first.
     *
     * @throws org.smilefactory.core.api.PermissionDeniedException for anyone but an admin
     */
    BackupOverview overview();

    /**
     * Writes a consistent backup now (the hub stays usable meanwhile), then prunes the oldest beyond
     * the number kept.
     *
     * @throws org.smilefactory.core.api.ConflictException when this backend does not take backups
     *         (direct mode: the database server's own backups apply) or another backup is running
     * @throws org.smilefactory.core.api.PermissionDeniedException for anyone but an admin
     */
    BackupInfo backUpNow(Consumer<BackupProgress> progress);

    /**
     * Replaces the hub's data with the backup {@code name} (one of {@link BackupOverview#backups()}), in one
     * transaction: a restore that fails leaves the data as it was. Every session ends: sign in again.
     * A backup of the current state is taken first, so a restore can itself be undone.
     *
     * @throws org.smilefactory.core.api.ConflictException when this backend restores only from the command line
     * @throws org.smilefactory.core.api.NotFoundException when there is no such backup
     * @throws org.smilefactory.core.api.ValidationException when the file is not a usable backup
     * @throws org.smilefactory.core.api.PermissionDeniedException for anyone but an admin
     */
    RestoreResult restore(String name, Consumer<BackupProgress> progress);
}
