package org.smilefactory.ui.moderation;

import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.smilefactory.core.api.moderation.ModerationDecision;
import org.smilefactory.core.api.moderation.ModerationOutcome;
import org.smilefactory.core.api.moderation.ModerationService;
import org.smilefactory.core.api.moderation.ModerationState;
import org.smilefactory.core.api.moderation.QueuePage;
import org.smilefactory.core.api.moderation.QueueQuery;
import org.smilefactory.core.api.moderation.ReportStatus;
import org.smilefactory.core.api.moderation.ReportedTarget;
import org.smilefactory.ui.dialogs.DialogService;
import org.smilefactory.ui.l10n.Localization;
import org.smilefactory.ui.util.BackgroundTask;
import org.smilefactory.ui.util.Errors;
import org.smilefactory.ui.util.TaskExecutor;

/**
 * The staff moderation queue: reported targets of one report status (open by default), paged with
 * "Load more"; Hide / Remove / Dismiss for open reports and Restore for hidden content, each after a
 * confirmation. After a decision the queue reloads and {@link #onDecided} runs (the audit log
 * refreshes).
 */
public final class ModerationQueueViewModel {

    private final ModerationService moderation;
    private final TaskExecutor executor;
    private final Localization l10n;
    private final DialogService dialogs;

    private final ObjectProperty<ReportStatus> status = new SimpleObjectProperty<>(ReportStatus.OPEN);
    private final ObservableList<ReportedTarget> targets = FXCollections.observableArrayList();
    private final ObjectProperty<ReportedTarget> selected = new SimpleObjectProperty<>();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final BooleanProperty hasMore = new SimpleBooleanProperty();
    private final StringProperty errorMessage = new SimpleStringProperty("");
    private final BooleanBinding canDecide;
    private final BooleanBinding canRestore;
    private String nextCursor;
    private long generation;
    private Runnable onDecided = () -> { };

    public ModerationQueueViewModel(ModerationService moderation, TaskExecutor executor, Localization l10n,
                                    DialogService dialogs) {
        this.moderation = Objects.requireNonNull(moderation);
        this.executor = Objects.requireNonNull(executor);
        this.l10n = Objects.requireNonNull(l10n);
        this.dialogs = Objects.requireNonNull(dialogs);
        status.addListener((obs, old, now) -> refresh());
        canDecide = Bindings.createBooleanBinding(() -> selected.get() != null && status.get() == ReportStatus.OPEN
                && !loading.get(), selected, status, loading);
        canRestore = Bindings.createBooleanBinding(() -> selected.get() != null
                && selected.get().state() == ModerationState.HIDDEN && !loading.get(), selected, loading);
    }

    public void setOnDecided(Runnable action) {
        this.onDecided = Objects.requireNonNull(action);
    }

    public void refresh() {
        load(null);
    }

    public void loadMore() {
        if (nextCursor != null) {
            load(nextCursor);
        }
    }

    private void load(String cursor) {
        long mine = ++generation;
        QueueQuery query = new QueueQuery(status.get(), cursor, 0);
        errorMessage.set("");
        BackgroundTask.wrap(() -> moderation.queue(query))
                .onRunning(() -> loading.set(true))
                .onSuccess((QueuePage page) -> {
                    if (mine != generation) {
                        return;
                    }
                    if (cursor == null) {
                        targets.setAll(page.targets());
                        selected.set(null);
                    } else {
                        targets.addAll(page.targets());
                    }
                    nextCursor = page.nextCursor();
                    hasMore.set(page.hasMore());
                })
                .onFailure(error -> {
                    if (mine == generation) {
                        errorMessage.set(Errors.messageOf(error, l10n));
                    }
                })
                .onFinished(() -> {
                    if (mine == generation) {
                        loading.set(false);
                    }
                })
                .executeWith(executor);
    }

    /** Asks first, then applies the outcome to the selected target and all its reports. */
    public void decide(ModerationOutcome outcome) {
        ReportedTarget target = selected.get();
        if (target == null) {
            return;
        }
        String key = outcome.name().toLowerCase(java.util.Locale.ROOT);
        String what = l10n.label(target.targetType()).toLowerCase(java.util.Locale.ROOT);
        if (!dialogs.confirm(l10n.format("moderation.confirm." + key + ".title", what),
                l10n.format("moderation.confirm." + key + ".message", what, target.reportCount()),
                l10n.get("moderation.action." + key), l10n.get("moderation.confirm.cancel"))) {
            return;
        }
        ModerationDecision decision = new ModerationDecision(target.targetType(), target.targetId(), outcome, null);
        BackgroundTask.wrap(() -> moderation.decide(decision))
                .onRunning(() -> loading.set(true))
                .onSuccess(after -> {
                    dialogs.notify(l10n.get("moderation.done." + key));
                    onDecided.run();
                })
                .onFailure(error -> errorMessage.set(Errors.messageOf(error, l10n)))
                .onFinished(() -> {
                    loading.set(false);
                    refresh();
                })
                .executeWith(executor);
    }

    public ObjectProperty<ReportStatus> statusProperty() {
        return status;
    }

    public ObservableList<ReportedTarget> targets() {
        return targets;
    }

    public ObjectProperty<ReportedTarget> selectedProperty() {
        return selected;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    public ReadOnlyBooleanProperty hasMoreProperty() {
        return hasMore;
    }

    public ReadOnlyStringProperty errorMessageProperty() {
        return errorMessage;
    }

    public BooleanBinding canDecideProperty() {
        return canDecide;
    }

    public BooleanBinding canRestoreProperty() {
        return canRestore;
    }
}
