package org.smilefactory.ui.admin;

import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.smilefactory.core.api.backup.BackupInfo;
import org.smilefactory.core.api.backup.BackupOverview;
import org.smilefactory.core.api.backup.BackupService;
import org.smilefactory.core.api.backup.RestoreResult;
import org.smilefactory.ui.dialogs.DialogService;
import org.smilefactory.ui.l10n.HubTime;
import org.smilefactory.ui.l10n.Localization;
import org.smilefactory.ui.util.BackgroundTask;
import org.smilefactory.ui.util.Errors;
import org.smilefactory.ui.util.TaskExecutor;

/**
 * The Backups card in Admin (admins only): the backups there are, "Back up now", and "Restore…" after
 * a confirmation that names the hub, the backup's date and its size. Both run in the background with
 * progress; a finished restore ends the session (every session of the hub ended with it), so the
 * admin signs in again on the restored data.
 */
public final class BackupViewModel {


    private final BackupService backups;
    private final boolean admin;
    private final String hubName;
    private final HubTime hubTime;
    private final TaskExecutor executor;
    private final Localization l10n;
    private final DialogService dialogs;
    private final Runnable afterRestore;

    private final BooleanProperty checked = new SimpleBooleanProperty();
    private final BooleanProperty available = new SimpleBooleanProperty();
    private final BooleanProperty restoreInApp = new SimpleBooleanProperty();
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final StringProperty step = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty resultMessage = new SimpleStringProperty("");
    private final StringProperty errorMessage = new SimpleStringProperty("");
    private final ObservableList<BackupInfo> list = FXCollections.observableArrayList();
    private final ObjectProperty<BackupInfo> selected = new SimpleObjectProperty<>();

    /**
     * @param afterRestore what happens once a restore finished (the main window signs out)
     */
    public BackupViewModel(BackupService backups, boolean admin, String hubName, HubTime hubTime, TaskExecutor executor,
                           Localization l10n, DialogService dialogs, Runnable afterRestore) {
        this.backups = Objects.requireNonNull(backups);
        this.admin = admin;
        this.hubName = hubName == null || hubName.isBlank() ? l10n.get("backup.thisHub") : hubName;
        this.hubTime = Objects.requireNonNull(hubTime);
        this.executor = Objects.requireNonNull(executor);
        this.l10n = Objects.requireNonNull(l10n);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.afterRestore = Objects.requireNonNull(afterRestore);
    }

    /** Loads the overview (admins only; staff see no card). */
    public void refresh() {
        if (!admin || running.get()) {
            return;
        }
        BackgroundTask.wrap(backups::overview)
                .onSuccess(this::show)
                .onFailure(error -> errorMessage.set(Errors.messageOf(error, l10n)))
                .executeWith(executor);
    }

    private void show(BackupOverview overview) {
        available.set(overview.available());
        checked.set(true);
        restoreInApp.set(overview.restoreInApp());
        list.setAll(overview.backups());
        if (selected.get() == null || !list.contains(selected.get())) {
            selected.set(list.isEmpty() ? null : list.get(0));
        }
        String schedule = overview.interval().isZero() ? l10n.get("backup.schedule.off")
                : l10n.format("backup.schedule.every", hours(overview.interval().toHours()));
        summary.set(l10n.format("backup.summary", overview.folder(), overview.keep(), schedule));
    }

    public void backUpNow() {
        if (!admin || running.get() || !available.get()) {
            return;
        }
        clearMessages();
        BackgroundTask.wrapWithContext(context -> backups.backUpNow(p -> context.progress(p.fraction(), p.step())))
                .onRunning(() -> started(l10n.get("backup.starting")))
                .onProgress(this::progressed)
                .onSuccess(info -> resultMessage.set(l10n.format("backup.done", when(info), size(info.sizeBytes()))))
                .onFailure(error -> errorMessage.set(Errors.messageOf(error, l10n)))
                .onFinished(() -> {
                    finished();
                    refresh();
                })
                .executeWith(executor);
    }

    /** The confirmation a restore of {@code backup} asks for: what is replaced, by what. */
    public String restoreConfirmation(BackupInfo backup) {
        return l10n.format("backup.restore.confirm", hubName, when(backup), size(backup.sizeBytes()), backup.rows());
    }

    /** Asks, then restores the selected backup. */
    public void restoreSelected() {
        BackupInfo backup = selected.get();
        if (!admin || running.get() || backup == null || !restoreInApp.get()) {
            return;
        }
        if (!dialogs.confirm(l10n.get("backup.restore.title"), restoreConfirmation(backup),
                l10n.get("backup.restore.ok"), l10n.get("backup.restore.cancel"))) {
            return;
        }
        clearMessages();
        BackgroundTask.wrapWithContext(context -> backups.restore(backup.name(), p -> context.progress(p.fraction(), p.step())))
                .onRunning(() -> started(l10n.get("backup.restore.starting")))
                .onProgress(this::progressed)
                .onSuccess(this::restored)
                .onFailure(error -> {
                    errorMessage.set(Errors.messageOf(error, l10n));
                    finished();
                    refresh();
                })
                .executeWith(executor);
    }

    private void restored(RestoreResult result) {
        finished();
        resultMessage.set(l10n.format("backup.restore.done", result.rows(), result.safetyBackup()));
        dialogs.notify(l10n.get("backup.restore.signInAgain"));
        afterRestore.run();
    }

    private void started(String message) {
        running.set(true);
        progress.set(-1);
        step.set(message);
    }

    private void progressed(BackgroundTask.Progress p) {
        progress.set(p.fraction());
        step.set(p.message() == null ? "" : p.message());
    }

    private void finished() {
        running.set(false);
        step.set("");
    }

    private void clearMessages() {
        resultMessage.set("");
        errorMessage.set("");
    }

    /** The backup's snapshot time in the hub's time zone. */
    public String when(BackupInfo backup) {
        return hubTime.dateTime(backup.createdAt());
    }

    /** "12.3 MB", "840 kB". */
    public static String size(long bytes) {
        return bytes >= 1 << 20 ? String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0)
                : String.format(Locale.ROOT, "%.0f kB", Math.ceil(bytes / 1024.0));
    }

    private String hours(long hours) {
        return hours % 24 == 0 ? l10n.format("backup.schedule.days", hours / 24) : l10n.format("backup.schedule.hours", hours);
    }

    public boolean isAdmin() {
        return admin;
    }

    /** True once the overview was read (so "not available here" is not shown before we know). */
    public ReadOnlyBooleanProperty checkedProperty() {
        return checked;
    }

    public ReadOnlyBooleanProperty availableProperty() {
        return available;
    }

    public ReadOnlyBooleanProperty restoreInAppProperty() {
        return restoreInApp;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyStringProperty stepProperty() {
        return step;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    public ReadOnlyStringProperty resultMessageProperty() {
        return resultMessage;
    }

    public ReadOnlyStringProperty errorMessageProperty() {
        return errorMessage;
    }

    public ObservableList<BackupInfo> backups() {
        return list;
    }

    public ObjectProperty<BackupInfo> selectedProperty() {
        return selected;
    }
}
