package org.smilefactory.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smilefactory.core.api.ConflictException;
import org.smilefactory.core.api.PermissionDeniedException;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.accounts.Role;
import org.smilefactory.core.api.backup.BackupInfo;
import org.smilefactory.core.api.backup.BackupOverview;
import org.smilefactory.core.api.backup.BackupProgress;
import org.smilefactory.core.api.backup.RestoreResult;
import org.smilefactory.core.testsupport.Hubs;

/**
 * Backups on any backend that takes them. A subclass opens its backend with backups kept to
 * {@link #KEEP} and no automatic backups, and says whether restore is offered in the app.
 */
public abstract class BackupContract extends ContractFixture {

    protected static final int KEEP = 3;

    /** True for the embedded desktop hub; false for the server (restore is its command line's). */
    protected abstract boolean restoreInApp();

    @Test
    void onlyAdminsMayBackUpRestoreOrSeeTheBackups() {
        BackupInfo made = admin.backups().backUpNow(null);
        for (Role role : List.of(Role.USER, Role.STAFF)) {
            Session notAdmin = Hubs.member(backend, admin, role, "Not", "Admin");
            assertThatThrownBy(() -> notAdmin.backups().overview()).isInstanceOf(PermissionDeniedException.class);
            assertThatThrownBy(() -> notAdmin.backups().backUpNow(null)).isInstanceOf(PermissionDeniedException.class);
            assertThatThrownBy(() -> notAdmin.backups().restore(made.name(), null)).isInstanceOf(PermissionDeniedException.class);
        }
    }

    @Test
    void backUpNowWritesABackupThatTheOverviewLists() {
        List<BackupProgress> progress = new ArrayList<>();
        BackupInfo made = admin.backups().backUpNow(progress::add);
        assertThat(made.rows()).isPositive();
        assertThat(made.sizeBytes()).isPositive();
        assertThat(made.schemaVersion()).isNotBlank();
        assertThat(progress).isNotEmpty();
        assertThat(progress.get(progress.size() - 1).fraction()).isEqualTo(1.0);
        BackupOverview overview = admin.backups().overview();
        assertThat(overview.available()).isTrue();
        assertThat(overview.keep()).isEqualTo(KEEP);
        assertThat(overview.restoreInApp()).isEqualTo(restoreInApp());
        assertThat(overview.backups()).extracting(BackupInfo::name).contains(made.name());
        assertThat(overview.backups().get(0).name()).isEqualTo(made.name());
    }

    @Test
    void onlyTheNewestBackupsAreKept() {
        List<String> made = new ArrayList<>();
        for (int i = 0; i < KEEP + 2; i++) {
            made.add(admin.backups().backUpNow(null).name());
        }
        List<String> kept = admin.backups().overview().backups().stream().map(BackupInfo::name).toList();
        // newest first: the last KEEP made, the two oldest pruned
        List<String> newest = new ArrayList<>(made.subList(2, made.size()));
        java.util.Collections.reverse(newest);
        assertThat(kept).containsExactlyElementsOf(newest);
    }

    @Test
    void restoreIsOfferedOnlyWhereTheOverviewSaysSo() {
        BackupInfo made = admin.backups().backUpNow(null);
        if (restoreInApp()) {
            RestoreResult result = admin.backups().restore(made.name(), null);
            assertThat(result.rows()).isEqualTo(made.rows());
            assertThat(result.safetyBackup()).contains("before-restore");
        } else {
            assertThatThrownBy(() -> admin.backups().restore(made.name(), null)).isInstanceOf(ConflictException.class)
                    .hasMessageContaining("--restore");
        }
    }
}
