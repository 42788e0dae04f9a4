package org.smilefactory.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.smilefactory.core.api.Backend;
import org.smilefactory.core.contract.BackupContract;

/** The backup contract through real HTTP: the server backs up into its data folder and never restores from a click. */
class RemoteBackupContractTest extends BackupContract {

    @Override
    protected Backend openBackend() {
        try {
            return TestServer.start("--logging.level.root=WARN",
                    "--smilefactory.server.data-dir=" + Files.createTempDirectory("sf-server-backups"),
                    "--smilefactory.backup.keep=" + KEEP,
                    "--smilefactory.backup.interval=0").remoteBackend();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected boolean restoreInApp() {
        return false;
    }
}
