package org.smilefactory.core.remote;

import java.util.function.Consumer;
import org.smilefactory.core.api.ConflictException;
import org.smilefactory.core.api.backup.BackupInfo;
import org.smilefactory.core.api.backup.BackupOverview;
import org.smilefactory.core.api.backup.BackupProgress;
import org.smilefactory.core.api.backup.BackupService;
import org.smilefactory.core.api.backup.RestoreResult;
import org.smilefactory.core.common.Messages;

/**
 * {@link BackupService} over app-server's REST API. The server backs up its own database into its
 * own data folder; the backup runs in the request, so progress is reported only when it is done.
 * Restoring a shared server from a desktop click is refused (decision 0017): it is the server's
 * {@code --restore} command, run while the server is stopped.
 */
final class RemoteBackupService implements BackupService {

    private final Calls calls;

    RemoteBackupService(Calls calls) {
        this.calls = calls;
    }

    @Override
    public BackupOverview overview() {
        return calls.call("GET", "backups").as(BackupOverview.class);
    }

    @Override
    public BackupInfo backUpNow(Consumer<BackupProgress> progress) {
        BackupInfo info = calls.call("POST", "backups").readTimeout(HttpApi.LONG_READ_TIMEOUT).as(BackupInfo.class);
        if (progress != null) {
            progress.accept(new BackupProgress(1, 1, Messages.get("backup.progress.done")));
        }
        return info;
    }

    @Override
    public RestoreResult restore(String name, Consumer<BackupProgress> progress) {
        // Ask the server first, so a member who is not an admin hears that rather than how to restore.
        overview();
        throw new ConflictException(Messages.get("backup.restoreCommandLineOnly"));
    }
}
