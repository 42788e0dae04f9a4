package org.smilefactory.ui.sync;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
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
import org.smilefactory.core.api.NotFoundException;
import org.smilefactory.core.api.sync.HeldChange;
import org.smilefactory.core.api.sync.MutationKinds;
import org.smilefactory.core.api.sync.MutationOutcome;
import org.smilefactory.core.api.sync.OfflineSync;
import org.smilefactory.ui.dialogs.DialogService;
import org.smilefactory.ui.l10n.HubTime;
import org.smilefactory.ui.l10n.Localization;
import org.smilefactory.ui.profiles.FieldLabels;
import org.smilefactory.ui.util.BackgroundTask;
import org.smilefactory.ui.util.Errors;
import org.smilefactory.ui.util.TaskExecutor;

/**
 * Changes made offline that the server did not take (a conflict: someone changed the same thing; or
 * rejected: not allowed any more), each with mine against theirs, and the three ways out: keep mine (send
 * it again over theirs), take theirs (drop mine), or edit (open the profile on the server's version; saving
 * it is the person's answer, so the held change is then dropped in its favour).
 */
public final class HeldChangesViewModel {

    /** Opens the profile editor for a member and calls {@code onSaved} once the person saved it. */
    @FunctionalInterface
    public interface ProfileEditing {
        void edit(UUID memberId, Runnable onSaved);
    }

    private final OfflineSync sync;
    private final TaskExecutor executor;
    private final Localization l10n;
    private final DialogService dialogs;
    private final ProfileEditing editing;
    private final FieldLabels labels;
    private final TimeText times;

    private final ObservableList<HeldChange> changes = FXCollections.observableArrayList();
    private final ObjectProperty<HeldChange> selected = new SimpleObjectProperty<>();
    private final ObservableList<ChangeDiff.Field> fields = FXCollections.observableArrayList();
    private final BooleanProperty onlyDifferences = new SimpleBooleanProperty(true);
    private final StringProperty outcomeText = new SimpleStringProperty("");
    private final StringProperty reasonText = new SimpleStringProperty("");
    private final StringProperty madeText = new SimpleStringProperty("");
    private final StringProperty minePretty = new SimpleStringProperty("");
    private final StringProperty theirsPretty = new SimpleStringProperty("");
    private final StringProperty errorMessage = new SimpleStringProperty("");
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final BooleanProperty working = new SimpleBooleanProperty();
    private final BooleanProperty loaded = new SimpleBooleanProperty();

    public HeldChangesViewModel(OfflineSync sync, TaskExecutor executor, Localization l10n, DialogService dialogs,
                                ProfileEditing editing, Clock clock, HubTime hubTime) {
        this.sync = Objects.requireNonNull(sync);
        this.executor = Objects.requireNonNull(executor);
        this.l10n = Objects.requireNonNull(l10n);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.editing = Objects.requireNonNull(editing);
        this.labels = new FieldLabels(l10n);
        this.times = new TimeText(clock, hubTime);
        selected.addListener((obs, old, now) -> show(now));
        onlyDifferences.addListener((obs, old, now) -> show(selected.get()));
    }

    /** Reads the held changes again, keeping the selection when it is still there. */
    public void refresh() {
        refresh("");
    }

    /** Reads the list again, then shows {@code error} (empty for none) above it. */
    private void refresh(String error) {
        BackgroundTask.wrap(sync::heldChanges)
                .onRunning(() -> loading.set(true))
                .onSuccess(held -> {
                    showList(held);
                    errorMessage.set(error);
                })
                .onFailure(failure -> errorMessage.set(Errors.messageOf(failure, l10n)))
                .onFinished(() -> {
                    loading.set(false);
                    loaded.set(true);
                })
                .executeWith(executor);
    }

    private void showList(List<HeldChange> held) {
        UUID keep = selected.get() == null ? null : selected.get().mutationId();
        changes.setAll(held);
        HeldChange again = held.stream().filter(c -> c.mutationId().equals(keep)).findFirst()
                .orElse(held.isEmpty() ? null : held.get(0));
        if (again == selected.get()) {
            show(again);
        } else {
            selected.set(again);
        }
    }

    private void show(HeldChange change) {
        if (change == null) {
            fields.clear();
            outcomeText.set("");
            reasonText.set("");
            madeText.set("");
            minePretty.set("");
            theirsPretty.set("");
            return;
        }
        outcomeText.set(l10n.get(change.outcome() == MutationOutcome.CONFLICT
                ? "offline.held.outcome.conflict" : "offline.held.outcome.rejected"));
        reasonText.set(change.reason() == null ? "" : change.reason());
        madeText.set(change.createdAt() == null ? "" : l10n.format("offline.held.made", times.format(change.createdAt())));
        minePretty.set(ChangeDiff.pretty(change.mine()));
        theirsPretty.set(change.theirs() == null ? l10n.get("offline.held.theirs.none") : ChangeDiff.pretty(change.theirs()));
        fields.setAll(ChangeDiff.fields(change.mine(), change.theirs()).stream()
                .filter(f -> !onlyDifferences.get() || f.differs() || f.theirs() == null)
                .map(f -> new ChangeDiff.Field(labels.label(f.name()), present(f.mine()), present(f.theirs()),
                        f.differs()))
                .toList());
    }

    /**
     * A value as a person reads it: times in the hub's zone, enum constants by their label
     * (PROTOTYPE and prototype alike), everything else as it is.
     */
    String present(String value) {
        if (value == null || value.isBlank()) {
            return value;
        }
        if (INSTANT.matcher(value).matches()) {
            try {
                return times.format(java.time.OffsetDateTime.parse(value).toInstant());
            } catch (java.time.format.DateTimeParseException e) {
                return value;
            }
        }
        if (CONSTANT.matcher(value).matches()) {
            String label = enumLabels().get(value.toUpperCase(java.util.Locale.ROOT));
            if (label != null) {
                return label;
            }
        }
        return value;
    }

    private static final java.util.regex.Pattern INSTANT =
            java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}.*(Z|[+-]\\d{2}:?\\d{2})");
    private static final java.util.regex.Pattern CONSTANT = java.util.regex.Pattern.compile("[A-Z][A-Z0-9_]*|[a-z][a-z0-9_]*");
    private java.util.Map<String, String> enumLabels;

    /** enum.X.VALUE keys of the bundle by VALUE; a value named alike in two enums reads alike anyway. */
    private java.util.Map<String, String> enumLabels() {
        if (enumLabels == null) {
            enumLabels = new java.util.HashMap<>();
            for (String key : java.util.Collections.list(l10n.bundle().getKeys())) {
                if (key.startsWith("enum.") && key.indexOf('.', 5) > 0) {
                    String constant = key.substring(key.indexOf('.', 5) + 1);
                    if (constant.equals(constant.toUpperCase(java.util.Locale.ROOT))) {
                        enumLabels.putIfAbsent(constant, l10n.get(key));
                    }
                }
            }
        }
        return enumLabels;
    }

    /** Sends the offline version again, over the server's current one (after asking). */
    public void keepMine() {
        HeldChange change = selected.get();
        if (change == null || working.get() || !dialogs.confirm(l10n.get("offline.held.keepMine.title"),
                l10n.get("offline.held.keepMine.message"), l10n.get("offline.held.keepMine"), l10n.get("offline.held.cancel"))) {
            return;
        }
        resolve(change, () -> sync.keepMine(change.mutationId()), l10n.get("offline.held.keptMine"));
    }

    /** Drops the offline version; what the server has stays (after asking). */
    public void takeTheirs() {
        HeldChange change = selected.get();
        if (change == null || working.get() || !dialogs.confirm(l10n.get("offline.held.takeTheirs.title"),
                l10n.get("offline.held.takeTheirs.message"), l10n.get("offline.held.takeTheirs"), l10n.get("offline.held.cancel"))) {
            return;
        }
        resolve(change, () -> sync.takeTheirs(change.mutationId()), l10n.get("offline.held.tookTheirs"));
    }

    /**
     * Opens the member's profile (as the server has it now) in the editor: the person merges by hand,
     * and once they save, their edit is the answer and the held change is dropped in its favour.
     */
    public void edit() {
        HeldChange change = selected.get();
        if (change == null || !canEdit(change)) {
            return;
        }
        editing.edit(change.entityId(), () -> resolve(change, () -> sync.takeTheirs(change.mutationId()),
                l10n.get("offline.held.editedInstead")));
    }

    private void resolve(HeldChange change, Runnable action, String done) {
        BackgroundTask.run(action)
                .onRunning(() -> working.set(true))
                .onSuccess(v -> {
                    dialogs.notify(done);
                    refresh();
                })
                .onFailure(error -> {
                    if (Errors.unwrap(error) instanceof NotFoundException gone) {
                        // resolved meanwhile (another window, a sync): nothing to decide any more
                        dialogs.notify(gone.getMessage());
                        refresh();
                    } else {
                        refresh(Errors.messageOf(error, l10n));
                    }
                })
                .onFinished(() -> working.set(false))
                .executeWith(executor);
    }

    /** Only profile changes have an editor to open. */
    public static boolean canEdit(HeldChange change) {
        return change != null && change.entityId() != null && change.kind() != null
                && (change.kind().equals(MutationKinds.PROFILE_SAVE) || change.kind().equals(MutationKinds.PROFILE_PUBLISH)
                || change.kind().equals(MutationKinds.PROFILE_UNPUBLISH));
    }

    /** A line for the list: "Profile of Tendai Moyo · changed on the server too". */
    public String describe(HeldChange change) {
        return change.summary() == null || change.summary().isBlank() ? change.kind() : change.summary();
    }

    public String outcomeLabel(HeldChange change) {
        return l10n.get(change.outcome() == MutationOutcome.CONFLICT ? "offline.held.badge.conflict"
                : "offline.held.badge.rejected");
    }

    public String madeAt(HeldChange change) {
        return change.createdAt() == null ? "" : times.format(change.createdAt());
    }

    public ObservableList<HeldChange> changes() {
        return changes;
    }

    public ObjectProperty<HeldChange> selectedProperty() {
        return selected;
    }

    public ObservableList<ChangeDiff.Field> fields() {
        return fields;
    }

    public BooleanProperty onlyDifferencesProperty() {
        return onlyDifferences;
    }

    public ReadOnlyStringProperty outcomeTextProperty() {
        return outcomeText;
    }

    public ReadOnlyStringProperty reasonTextProperty() {
        return reasonText;
    }

    public ReadOnlyStringProperty madeTextProperty() {
        return madeText;
    }

    public ReadOnlyStringProperty minePrettyProperty() {
        return minePretty;
    }

    public ReadOnlyStringProperty theirsPrettyProperty() {
        return theirsPretty;
    }

    public ReadOnlyStringProperty errorMessageProperty() {
        return errorMessage;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    public ReadOnlyBooleanProperty workingProperty() {
        return working;
    }

    /** True when loaded and nothing is held: the empty state shows. */
    public BooleanBinding emptyProperty() {
        return Bindings.createBooleanBinding(() -> loaded.get() && changes.isEmpty(), loaded, changes);
    }

    public BooleanBinding canEditProperty() {
        return Bindings.createBooleanBinding(() -> canEdit(selected.get()) && !working.get(), selected, working);
    }

    public BooleanBinding canResolveProperty() {
        return Bindings.createBooleanBinding(() -> selected.get() != null && !working.get(), selected, working);
    }
}
