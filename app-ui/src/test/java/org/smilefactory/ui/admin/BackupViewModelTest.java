package org.smilefactory.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.smilefactory.ui.l10n.HubTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.smilefactory.core.api.ConflictException;
import org.smilefactory.core.api.backup.BackupInfo;
import org.smilefactory.core.api.backup.BackupOverview;
import org.smilefactory.core.api.backup.BackupProgress;
import org.smilefactory.core.api.backup.BackupService;
import org.smilefactory.core.api.backup.RestoreResult;
import org.smilefactory.ui.dialogs.DialogService;
import org.smilefactory.ui.l10n.Localization;
import org.smilefactory.ui.util.CurrentThreadTaskExecutor;

class BackupViewModelTest {

    private static final BackupInfo MONDAY = new BackupInfo("smilefactory-backup-20261207-100000-000.zip",
            Instant.parse("2026-12-07T10:00:00Z"), 5 * 1024 * 1024 + 300_000, 12_345, 2, "61");

    private final Localization l10n = Localization.english();
    private final Fake service = new Fake();
    private final Dialogs dialogs = new Dialogs();
    private int signedOut;
    private final BackupViewModel vm = new BackupViewModel(service, true, "Harare Hub", new HubTime(ZoneId.of("Africa/Harare"), Locale.UK),
            new CurrentThreadTaskExecutor(), l10n, dialogs, () -> signedOut++);

    @Test
    void theConfirmationNamesTheHubTheBackupsDateAndItsSize() {
        vm.refresh();
        assertThat(vm.backups()).containsExactly(MONDAY);
        assertThat(vm.selectedProperty().get()).isEqualTo(MONDAY);
        dialogs.answer = false;
        vm.restoreSelected();
        assertThat(dialogs.messages).singleElement().satisfies(message -> assertThat(message)
                .contains("Harare Hub").contains("7 Dec 2026, 12:00").contains("5.3 MB").contains("12,345"));
        assertThat(service.restored).as("declined: nothing restored").isEmpty();
        assertThat(signedOut).isZero();
    }

    @Test
    void aConfirmedRestoreReportsProgressThenSignsOut() {
        vm.refresh();
        vm.restoreSelected();
        assertThat(service.restored).containsExactly(MONDAY.name());
        assertThat(service.progressSeenWhileRunning).isTrue();
        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(vm.resultMessageProperty().get()).contains("12,345").contains("before-restore");
        assertThat(signedOut).isEqualTo(1);
    }

    @Test
    void backUpNowShowsProgressWhileRunningAndTheResultAfter() {
        vm.refresh();
        List<Double> fractions = new ArrayList<>();
        vm.progressProperty().addListener((obs, old, now) -> fractions.add(now.doubleValue()));
        vm.backUpNow();
        assertThat(service.runningDuringBackup).isTrue();
        assertThat(fractions).contains(0.5, 1.0);
        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(vm.resultMessageProperty().get()).contains("7 Dec 2026, 12:00");
        assertThat(vm.summaryProperty().get()).contains("/data/backups").contains("7").contains("every day");
    }

    @Test
    void aFailedRestoreSaysWhyAndKeepsTheSession() {
        vm.refresh();
        service.restoreError = new ConflictException("A backup or restore is already running on this hub.");
        vm.restoreSelected();
        assertThat(vm.errorMessageProperty().get()).contains("already running");
        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(signedOut).isZero();
    }

    @Test
    void onTheServerThereIsNoRestoreButton() {
        service.restoreInApp = false;
        vm.refresh();
        assertThat(vm.restoreInAppProperty().get()).isFalse();
        vm.restoreSelected();
        assertThat(dialogs.messages).isEmpty();
        assertThat(service.restored).isEmpty();
    }

    @Test
    void staffWhoAreNotAdminsNeverAsk() {
        BackupViewModel staff = new BackupViewModel(service, false, "Hub", new HubTime(ZoneId.of("UTC"), Locale.UK), new CurrentThreadTaskExecutor(),
                l10n, dialogs, () -> { });
        staff.refresh();
        staff.backUpNow();
        assertThat(service.overviews).isZero();
    }

    private final class Fake implements BackupService {
        boolean restoreInApp = true;
        int overviews;
        final List<String> restored = new ArrayList<>();
        RuntimeException restoreError;
        boolean progressSeenWhileRunning;
        boolean runningDuringBackup;

        @Override
        public BackupOverview overview() {
            overviews++;
            return new BackupOverview(true, restoreInApp, "/data/backups", 7, Duration.ofDays(1), List.of(MONDAY));
        }

        @Override
        public BackupInfo backUpNow(Consumer<BackupProgress> progress) {
            runningDuringBackup = vm.runningProperty().get();
            progress.accept(new BackupProgress(1, 2, "Backing up posts"));
            progress.accept(new BackupProgress(2, 2, "Backup written"));
            return MONDAY;
        }

        @Override
        public RestoreResult restore(String name, Consumer<BackupProgress> progress) {
            if (restoreError != null) {
                throw restoreError;
            }
            progress.accept(new BackupProgress(1, 4, "Restoring posts"));
            progressSeenWhileRunning = vm.runningProperty().get() && vm.stepProperty().get().equals("Restoring posts");
            restored.add(name);
            return new RestoreResult(name, 12_345, "smilefactory-backup-20261207-120000-000-before-restore.zip", Duration.ofSeconds(3));
        }
    }

    private static final class Dialogs implements DialogService {
        boolean answer = true;
        final List<String> messages = new ArrayList<>();

        @Override
        public boolean confirm(String title, String message, String okLabel, String cancelLabel) {
            messages.add(message);
            return answer;
        }

        @Override
        public void showError(String title, String message) {
        }

        @Override
        public void notify(String message) {
        }
    }
}
