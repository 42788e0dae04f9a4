package org.smilefactory.ui.privacy;

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
import org.smilefactory.core.api.privacy.ErasureDecision;
import org.smilefactory.core.api.privacy.ErasureRequest;
import org.smilefactory.core.api.privacy.ErasureStatus;
import org.smilefactory.core.api.privacy.PrivacyService;
import org.smilefactory.ui.dialogs.DialogService;
import org.smilefactory.ui.l10n.Localization;
import org.smilefactory.ui.util.BackgroundTask;
import org.smilefactory.ui.util.Errors;
import org.smilefactory.ui.util.TaskExecutor;

/**
 * Staff: the members' pending erasure requests, oldest first; Confirm (after a confirmation naming the
 * member and what happens: it cannot be undone) or Decline with an optional note to the member.
 */
public final class ErasureRequestsViewModel {

    private final PrivacyService privacy;
    private final TaskExecutor executor;
    private final Localization l10n;
    private final DialogService dialogs;

    private final ObservableList<ErasureRequest> requests = FXCollections.observableArrayList();
    private final ObjectProperty<ErasureRequest> selected = new SimpleObjectProperty<>();
    private final StringProperty note = new SimpleStringProperty("");
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final StringProperty errorMessage = new SimpleStringProperty("");
    private final BooleanBinding canDecide;
    private Runnable onDecided = () -> { };

    public ErasureRequestsViewModel(PrivacyService privacy, TaskExecutor executor, Localization l10n, DialogService dialogs) {
        this.privacy = Objects.requireNonNull(privacy);
        this.executor = Objects.requireNonNull(executor);
        this.l10n = Objects.requireNonNull(l10n);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.canDecide = Bindings.createBooleanBinding(() -> selected.get() != null && !loading.get(), selected, loading);
    }

    /** Runs after every decision (the Admin area refreshes its audit log). */
    public void setOnDecided(Runnable action) {
        this.onDecided = Objects.requireNonNull(action);
    }

    public void refresh() {
        errorMessage.set("");
        reload();
    }

    /** Reloads the list, keeping a message about the last decision on screen. */
    private void reload() {
        BackgroundTask.wrap(() -> privacy.erasureRequests(ErasureStatus.PENDING))
                .onRunning(() -> loading.set(true))
                .onSuccess(list -> {
                    requests.setAll(list);
                    selected.set(null);
                })
                .onFailure(error -> errorMessage.set(Errors.messageOf(error, l10n)))
                .onFinished(() -> loading.set(false))
                .executeWith(executor);
    }

    public void confirmSelected() {
        ErasureRequest request = selected.get();
        if (request == null || !dialogs.confirm(l10n.format("privacy.queue.confirm.title", request.memberName()),
                l10n.format("privacy.queue.confirm.message", request.memberName(), request.memberEmail()),
                l10n.get("privacy.queue.confirm.ok"), l10n.get("privacy.queue.cancel"))) {
            return;
        }
        decide(request, new ErasureDecision(true, null), "privacy.queue.confirmed");
    }

    public void declineSelected() {
        ErasureRequest request = selected.get();
        if (request == null) {
            return;
        }
        String text = note.get() == null || note.get().isBlank() ? null : note.get().trim();
        decide(request, new ErasureDecision(false, text), "privacy.queue.declined");
    }

    private void decide(ErasureRequest request, ErasureDecision decision, String doneKey) {
        BackgroundTask.wrap(() -> privacy.decideErasure(request.id(), decision))
                .onRunning(() -> loading.set(true))
                .onSuccess(after -> {
                    note.set("");
                    dialogs.notify(l10n.format(doneKey, request.memberName()));
                    onDecided.run();
                })
                .onFailure(error -> errorMessage.set(Errors.messageOf(error, l10n)))
                .onFinished(() -> {
                    loading.set(false);
                    reload();
                })
                .executeWith(executor);
    }

    public ObservableList<ErasureRequest> requests() {
        return requests;
    }

    public ObjectProperty<ErasureRequest> selectedProperty() {
        return selected;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    public ReadOnlyStringProperty errorMessageProperty() {
        return errorMessage;
    }

    public BooleanBinding canDecideProperty() {
        return canDecide;
    }
}
