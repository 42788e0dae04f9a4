package org.smilefactory.ui.shell;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.smilefactory.core.api.BackendInfo;
import org.smilefactory.core.api.BackendMode;
import org.smilefactory.core.api.accounts.HubStatus;
import org.smilefactory.ui.l10n.Localization;
import org.smilefactory.ui.util.BackgroundTask;
import org.smilefactory.ui.util.Errors;
import org.smilefactory.ui.util.TaskExecutor;

/**
 * The main window: navigation (Admin only for staff), the top bar's hub and member, the status bar's
 * mode and database location, and signing out.
 */
public final class MainViewModel {

    private final HubContext hub;
    private final TaskExecutor executor;
    private final Localization l10n;
    private final Runnable onSignedOut;
    private final BooleanSupplier confirmLeave;

    private final ObservableList<Area> areas;
    private final ObjectProperty<Area> selectedArea = new SimpleObjectProperty<>(Area.DASHBOARD);
    private final StringProperty hubName = new SimpleStringProperty("");
    private final StringProperty statusText = new SimpleStringProperty("");
    private final StringProperty timeZone = new SimpleStringProperty("");
    private final BooleanProperty signingOut = new SimpleBooleanProperty();
    /** Null until known, and always null unless the hub is reached through a server. */
    private final ObjectProperty<Boolean> reachable = new SimpleObjectProperty<>();
    private volatile BackendMode mode;

    /**
     * @param confirmLeave asked before signing out; false when the member chose to keep unsaved edits
     */
    public MainViewModel(HubContext hub, TaskExecutor executor, Localization l10n, Runnable onSignedOut,
                         BooleanSupplier confirmLeave) {
        this.hub = Objects.requireNonNull(hub);
        this.confirmLeave = Objects.requireNonNull(confirmLeave);
        this.executor = Objects.requireNonNull(executor);
        this.l10n = Objects.requireNonNull(l10n);
        this.onSignedOut = Objects.requireNonNull(onSignedOut);
        this.areas = FXCollections.observableArrayList(Arrays.stream(Area.values())
                .filter(area -> !area.isStaffOnly() || hub.isStaff())
                .toList());
        showStatus(hub.status());
        statusText.set(l10n.get("status.connecting"));
    }

    /** Reads the status bar's facts and the hub's current name in the background. */
    public void load() {
        BackgroundTask.wrap(() -> new Facts(hub.backend().info(), hub.backend().hubStatus()))
                .onSuccess(facts -> {
                    mode = facts.info().mode();
                    statusText.set(describe(facts.info()));
                    showStatus(facts.status());
                    if (watchesReachability()) {
                        reachable.set(true);
                    }
                })
                .onFailure(error -> statusText.set(l10n.get("status.unknown")))
                .executeWith(executor);
    }

    private record Facts(BackendInfo info, HubStatus status) {
    }

    /**
     * Asks a server-backed hub whether it still answers (the status bar polls this); other modes have
     * nothing to watch. A failure is shown, never thrown: the member keeps what is on screen.
     */
    public void checkReachable() {
        if (!watchesReachability()) {
            return;
        }
        BackgroundTask.wrap(() -> hub.backend().hubStatus())
                .onSuccess(status -> {
                    reachable.set(true);
                    showStatus(status);
                })
                .onFailure(error -> reachable.set(false))
                .executeWith(executor);
    }

    /** A server connection with an offline copy shows online / offline itself (see ui.sync). */
    private boolean watchesReachability() {
        return mode == BackendMode.SERVER && hub.session().offlineSync().isEmpty();
    }

    public ReadOnlyObjectProperty<Boolean> reachableProperty() {
        return reachable;
    }

    public StringBinding reachabilityText() {
        return Bindings.createStringBinding(() -> reachable.get() == null ? ""
                : l10n.get(reachable.get() ? "status.server.reachable" : "status.server.unreachable"), reachable);
    }

    private void showStatus(HubStatus status) {
        if (status != null) {
            hubName.set(status.hubName() == null || status.hubName().isBlank() ? l10n.get("app.name") : status.hubName());
            timeZone.set(status.timeZone() == null ? "" : status.timeZone());
        }
    }

    private String describe(BackendInfo info) {
        String mode = l10n.label(info.mode());
        String version = info.databaseVersion() == null || info.databaseVersion().isBlank()
                ? "" : " · " + info.databaseVersion();
        return l10n.format("status.connected", mode, info.location()) + version;
    }

    /** Ctrl+1..9: the n-th entry (1-based) of the navigation, if there is one. */
    public void selectByNumber(int number) {
        if (number >= 1 && number <= areas.size()) {
            selectedArea.set(areas.get(number - 1));
        }
    }

    public void select(Area area) {
        if (areas.contains(area)) {
            selectedArea.set(area);
        }
    }

    /** Ends the session (in the background: it may talk to the database) and returns to sign-in. */
    public void signOut() {
        if (signingOut.get() || !confirmLeave.getAsBoolean()) {
            return;
        }
        BackgroundTask.run(() -> hub.session().signOut())
                .onRunning(() -> signingOut.set(true))
                // Whatever happened, the member asked to leave: never keep them in the main window.
                .onFailure(Errors::log)
                .onFinished(() -> {
                    signingOut.set(false);
                    onSignedOut.run();
                })
                .executeWith(executor);
    }

    public String memberName() {
        return hub.session().member().displayName();
    }

    public String memberRole() {
        return l10n.label(hub.session().member().role());
    }

    public boolean isStaff() {
        return hub.isStaff();
    }

    public ObservableList<Area> areas() {
        return areas;
    }

    public ObjectProperty<Area> selectedAreaProperty() {
        return selectedArea;
    }

    public ReadOnlyStringProperty hubNameProperty() {
        return hubName;
    }

    public ReadOnlyStringProperty statusTextProperty() {
        return statusText;
    }

    public ReadOnlyStringProperty timeZoneProperty() {
        return timeZone;
    }

    public ReadOnlyBooleanProperty signingOutProperty() {
        return signingOut;
    }

    /** "SmileFactory Hub — Profiles · Harare Innovation Hub". */
    public StringBinding windowTitle() {
        return Bindings.createStringBinding(() -> l10n.format("title.main",
                l10n.get(selectedArea.get().key()), hubName.get()), selectedArea, hubName);
    }
}
