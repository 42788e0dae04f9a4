package org.smilefactory.ui.demo;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.smilefactory.core.api.BackendUnavailableException;
import org.smilefactory.core.api.admin.DemoDataResult;
import org.smilefactory.core.api.admin.DemoDataService;
import org.smilefactory.core.api.admin.DemoSize;
import org.smilefactory.ui.l10n.Localization;
import org.smilefactory.ui.shell.HubEvents;
import org.smilefactory.ui.util.BackgroundTask;
import org.smilefactory.ui.util.Errors;
import org.smilefactory.ui.util.TaskExecutor;

/**
 * Loading the demo community (staff, empty hub only). One instance per session, shared by the
 * Dashboard and Admin, so a run started in one shows its progress in the other and cannot be started
 * twice.
 */
public final class DemoDataViewModel {

    private final DemoDataService demoData;
    private final boolean staff;
    private final TaskExecutor executor;
    private final Localization l10n;
    private final HubEvents events;

    private final BooleanProperty checked = new SimpleBooleanProperty();
    private final BooleanProperty available = new SimpleBooleanProperty();
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final BooleanProperty cancelling = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final StringProperty step = new SimpleStringProperty("");
    private final StringProperty resultMessage = new SimpleStringProperty("");
    private final StringProperty errorMessage = new SimpleStringProperty("");
    private final AtomicBoolean cancelRequested = new AtomicBoolean();

    public DemoDataViewModel(DemoDataService demoData, boolean staff, TaskExecutor executor, Localization l10n,
                             HubEvents events) {
        this.demoData = Objects.requireNonNull(demoData);
        this.staff = staff;
        this.executor = Objects.requireNonNull(executor);
        this.l10n = Objects.requireNonNull(l10n);
        this.events = Objects.requireNonNull(events);
    }

    /** Asks the backend whether the hub is still empty (only staff may load demo data at all). */
    public void refresh() {
        if (!staff || running.get()) {
            return;
        }
        BackgroundTask.wrap(demoData::hubIsEmpty)
                .onSuccess(empty -> {
                    available.set(empty);
                    checked.set(true);
                })
                .onFailure(error -> {
                    // Offline (or the server out of reach) nobody can tell whether the hub is empty, and
                    // the status bar already says so: no card, rather than a card that only shows an error.
                    if (!(error instanceof BackendUnavailableException)) {
                        errorMessage.set(Errors.messageOf(error, l10n));
                    }
                })
                .executeWith(executor);
    }

    public void start() {
        if (!staff || running.get() || !available.get()) {
            return;
        }
        cancelRequested.set(false);
        resultMessage.set("");
        errorMessage.set("");
        BackgroundTask.wrapWithContext(context -> demoData.generate(DemoSize.S,
                        p -> context.progress(p.fraction(), p.step()),
                        () -> cancelRequested.get() || context.isCancelled()))
                .onRunning(() -> {
                    running.set(true);
                    progress.set(-1);
                    step.set(l10n.get("demo.starting"));
                })
                .onProgress(p -> {
                    progress.set(p.fraction());
                    step.set(p.message() == null ? "" : p.message());
                })
                .onSuccess(this::finished)
                .onFailure(error -> errorMessage.set(Errors.messageOf(error, l10n)))
                .onFinished(() -> {
                    running.set(false);
                    cancelling.set(false);
                    step.set("");
                    // Even a failed or cancelled run may have written whole batches.
                    events.profilesChanged();
                    refresh();
                })
                .executeWith(executor);
    }

    private void finished(DemoDataResult result) {
        double seconds = result.elapsed() == null ? 0 : result.elapsed().toMillis() / 1000.0;
        resultMessage.set(cancelRequested.get()
                ? l10n.format("demo.cancelled", result.membersCreated())
                : l10n.format("demo.done", result.membersCreated(), seconds));
    }

    /** Stops after the batch being written; finished batches stay. */
    public void cancel() {
        if (running.get()) {
            cancelRequested.set(true);
            cancelling.set(true);
            step.set(l10n.get("demo.cancelling"));
        }
    }

    public ReadOnlyBooleanProperty checkedProperty() {
        return checked;
    }

    public ReadOnlyBooleanProperty availableProperty() {
        return available;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    public ReadOnlyBooleanProperty cancellingProperty() {
        return cancelling;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyStringProperty stepProperty() {
        return step;
    }

    public ReadOnlyStringProperty resultMessageProperty() {
        return resultMessage;
    }

    public ReadOnlyStringProperty errorMessageProperty() {
        return errorMessage;
    }

    public int memberCount() {
        return DemoSize.S.members();
    }
}
