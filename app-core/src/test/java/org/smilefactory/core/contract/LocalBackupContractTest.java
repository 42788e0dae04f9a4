package org.smilefactory.core.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import org.smilefactory.core.api.Backend;
import org.smilefactory.core.backup.BackupSettings;
import org.smilefactory.core.platform.Backends;
import org.smilefactory.core.platform.LocalBackend;
import org.smilefactory.core.testsupport.TestPostgres;

/** The backup contract on a local backend with backups on, as the embedded desktop hub has them. */
class LocalBackupContractTest extends BackupContract {

    @Override
    protected Backend openBackend() {
        try {
            return ((LocalBackend) Backends.direct(TestPostgres.jdbcUrl(TestPostgres.createDatabase()), "postgres", "", 4,
                    Files.createTempDirectory("sf-backup-contract")))
                    .enableBackups(new BackupSettings(Duration.ZERO, KEEP, Duration.ZERO, true));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected boolean restoreInApp() {
        return true;
    }
}
