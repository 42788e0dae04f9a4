package org.smilefactory.ui.sync;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.smilefactory.core.api.BackendUnavailableException;
import org.smilefactory.core.api.sync.ConnectionState;
import org.smilefactory.core.api.sync.OfflineSync;
import org.smilefactory.core.api.sync.SyncPhase;
import org.smilefactory.core.api.sync.SyncStatus;
import org.smilefactory.ui.dialogs.DialogService;
import org.smilefactory.ui.l10n.HubTime;
import org.smilefactory.ui.l10n.Localization;
import org.smilefactory.ui.util.BackgroundTask;
import org.smilefactory.ui.util.Errors;
import org.smilefactory.ui.util.TaskExecutor;

/**
 * Online / offline / syncing of a server connection with an offline copy, as the status bar and the
 * banner show it, and the commands Work offline, Go online and Sync now.
 *
 * <p>Going offline or coming back is never silent: a drop the member did not ask for raises a banner
 * that stays until the connection is back (or the member closes it), and coming back is announced. The
 * engine calls the listener on its own thread; every status is handed to the FX thread ({@code fxThread})
 * and a burst of progress reports becomes one update.
 */
public final class SyncStatusViewModel {

    /** What the banner above the areas says, if anything. */
    public enum BannerKind {
        NONE, WARNING, DANGER
    }

    private final OfflineSync sync;
    private final TaskExecutor executor;
    private final Localization l10n;
    private final DialogService dialogs;
    private final Executor fxThread;
    private final Clock clock;
    private final TimeText times;
    private final Consumer<SyncStatus> listener = this::statusArrived;
    private final AtomicReference<SyncStatus> pendingStatus = new AtomicReference<>();

    private final ObjectProperty<SyncStatus> status = new SimpleObjectProperty<>();
    private final ObjectProperty<ConnectionState> state = new SimpleObjectProperty<>();
    private final StringProperty stateText = new SimpleStringProperty("");
    private final StringProperty detailText = new SimpleStringProperty("");
    private final StringProperty detailTooltip = new SimpleStringProperty("");
    private final StringProperty pendingText = new SimpleStringProperty("");
    private final StringProperty attentionText = new SimpleStringProperty("");
    private final LongProperty pending = new SimpleLongProperty();
    private final LongProperty needsAttention = new SimpleLongProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final BooleanProperty syncing = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty offline = new SimpleBooleanProperty();
    private final StringProperty bannerText = new SimpleStringProperty("");
    private final StringProperty bannerTitle = new SimpleStringProperty("");
    private final ObjectProperty<BannerKind> bannerKind = new SimpleObjectProperty<>(BannerKind.NONE);
    private final StringProperty toggleText = new SimpleStringProperty("");

    /** ONLINE or OFFLINE: where the connection settled, ignoring the SYNCING in between. */
    private ConnectionState settled;
    private Instant offlineSince;
    private boolean started;

    public SyncStatusViewModel(OfflineSync sync, TaskExecutor executor, Localization l10n, DialogService dialogs,
                               Executor fxThread, Clock clock, HubTime hubTime) {
        this.sync = Objects.requireNonNull(sync);
        this.executor = Objects.requireNonNull(executor);
        this.l10n = Objects.requireNonNull(l10n);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.fxThread = Objects.requireNonNull(fxThread);
        this.clock = Objects.requireNonNull(clock);
        this.times = new TimeText(clock, hubTime);
        toggleText.set(l10n.get("offline.command.workOffline"));
    }

    /** Starts listening and reads the current status (in the background: the engine may be busy). */
    public void start() {
        if (started) {
            return;
        }
        started = true;
        sync.addListener(listener);
        BackgroundTask.wrap(sync::status)
                .onSuccess(first -> {
                    if (status.get() == null) {
                        apply(first);
                    }
                })
                .onFailure(Errors::log)
                .executeWith(executor);
    }

    /** On sign-out: no more updates for a screen that is gone. */
    public void stop() {
        sync.removeListener(listener);
        started = false;
    }

    private void statusArrived(SyncStatus next) {
        if (pendingStatus.getAndSet(next) == null) {
            fxThread.execute(() -> {
                SyncStatus latest = pendingStatus.getAndSet(null);
                if (latest != null) {
                    apply(latest);
                }
            });
        }
    }

    /** Shows {@code next}; announces a change between online and offline. Runs on the FX thread. */
    void apply(SyncStatus next) {
        if (next == null) {
            return;
        }
        SyncStatus previous = status.get();
        status.set(next);
        state.set(next.state());
        ConnectionState nowSettled = next.state() == ConnectionState.SYNCING
                ? (settled == null ? ConnectionState.OFFLINE : settled) : next.state();
        boolean announced = false;
        if (nowSettled == ConnectionState.OFFLINE && settled != ConnectionState.OFFLINE) {
            offlineSince = clock.instant();
            announceOffline(next, settled == null);
        } else if (nowSettled == ConnectionState.ONLINE && settled == ConnectionState.OFFLINE) {
            offlineSince = null;
            announceOnline(next);
            announced = true;
        } else if (nowSettled == ConnectionState.OFFLINE && !next.manualOffline()
                && bannerKind.get() == BannerKind.WARNING) {
            // the reason may have changed (a failed attempt to come back): keep the banner current
            bannerText.set(offlineBanner(next));
        }
        settled = nowSettled;
        offline.set(nowSettled == ConnectionState.OFFLINE);
        if (previous != null && next.needsAttention() > previous.needsAttention() && !announced) {
            dialogs.warn(l10n.format("offline.notify.needsAttention", next.needsAttention()));
        }
        refreshTexts(next);
    }

    private void announceOffline(SyncStatus next, boolean atSignIn) {
        if (next.manualOffline()) {
            bannerKind.set(BannerKind.NONE);
            bannerText.set("");
            dialogs.notify(l10n.get("offline.notify.workingOffline"));
        } else {
            bannerKind.set(BannerKind.WARNING);
            bannerTitle.set(l10n.get("offline.banner.title.offline"));
            bannerText.set(atSignIn ? l10n.format("offline.banner.signedInOffline", server(next))
                    : offlineBanner(next));
        }
    }

    private String offlineBanner(SyncStatus next) {
        return l10n.format("offline.banner.dropped", server(next), time(offlineSince));
    }

    private void announceOnline(SyncStatus next) {
        bannerKind.set(BannerKind.NONE);
        bannerText.set("");
        if (next.needsAttention() > 0) {
            dialogs.warn(l10n.format("offline.notify.backOnline.attention", next.needsAttention()));
        } else {
            dialogs.notify(l10n.get("offline.notify.backOnline"));
        }
    }

    private void refreshTexts(SyncStatus s) {
        stateText.set(l10n.get("offline.state." + s.state().name().toLowerCase(Locale.ROOT)));
        detailText.set(describe(s));
        pending.set(s.pending());
        needsAttention.set(s.needsAttention());
        pendingText.set(s.pending() == 0 ? "" : l10n.format("offline.pending", s.pending()));
        attentionText.set(s.needsAttention() == 0 ? "" : l10n.format("offline.attention", s.needsAttention()));
        syncing.set(active(s));
        progress.set(active(s) && s.total() > 0 ? Math.min(1.0, (double) s.done() / s.total()) : -1);
        detailTooltip.set(s.message() == null ? "" : s.message());
        toggleText.set(l10n.get(offline.get() ? "offline.command.goOnline" : "offline.command.workOffline"));
    }

    /**
     * Whether {@code s} is worth a progress bar: coming back online, taking the first copy, or a background
     * synchronisation that has real work (an empty one every half minute would only make the bar flicker).
     */
    static boolean active(SyncStatus s) {
        SyncPhase phase = s.phase() == null ? SyncPhase.IDLE : s.phase();
        return s.state() == ConnectionState.SYNCING || phase == SyncPhase.TAKING_REPLICA
                || (phase != SyncPhase.IDLE && (s.done() > 0 || s.total() > 0));
    }

    /** The status bar's sentence for {@code s}. */
    String describe(SyncStatus s) {
        if (active(s)) {
            SyncPhase phase = s.phase() == null ? SyncPhase.IDLE : s.phase();
            String name = l10n.get("offline.phase." + phase.name().toLowerCase(Locale.ROOT));
            if (s.total() > 0) {
                return l10n.format("offline.progress.of", name, s.done(), s.total());
            }
            return s.done() > 0 ? l10n.format("offline.progress.sofar", name, s.done()) : name + "\u2026";
        }
        if (s.state() == ConnectionState.OFFLINE) {
            String since = time(offlineSince == null ? clock.instant() : offlineSince);
            return l10n.format(s.manualOffline() ? "offline.detail.manual" : "offline.detail.auto", since)
                    + lastSynced(s);
        }
        if (s.message() != null && !s.message().isBlank()) {
            // online, but the last background synchronisation did not get through: say why
            return s.message();
        }
        return s.lastSyncedAt() == null ? l10n.get("offline.detail.neverSynced")
                : l10n.format("offline.detail.synced", time(s.lastSyncedAt()));
    }

    private String lastSynced(SyncStatus s) {
        return s.lastSyncedAt() == null ? "" : " \u00b7 " + l10n.format("offline.detail.synced", time(s.lastSyncedAt()));
    }

    private String server(SyncStatus s) {
        return s.server() == null || s.server().isBlank() ? l10n.get("offline.theServer") : s.server();
    }

    private String time(Instant instant) {
        return times.format(instant);
    }

    // --- commands -------------------------------------------------------------------------------

    /** Ctrl+Shift+O: work offline when online, go online otherwise. */
    public void toggleOnline() {
        if (!offline.get()) {
            workOffline();
        } else {
            goOnline();
        }
    }

    public void workOffline() {
        if (busy.get() || offline.get()) {
            return;
        }
        BackgroundTask.run(sync::goOffline)
                .onRunning(() -> busy.set(true))
                .onFailure(this::commandFailed)
                .onFinished(() -> busy.set(false))
                .executeWith(executor);
    }

    public void goOnline() {
        if (busy.get() || !offline.get()) {
            return;
        }
        BackgroundTask.run(sync::goOnline)
                .onRunning(() -> busy.set(true))
                .onFailure(error -> {
                    commandFailed(error);
                    dialogs.warn(l10n.get("offline.notify.stillOffline"));
                })
                .onFinished(() -> busy.set(false))
                .executeWith(executor);
    }

    /** Ctrl+Shift+S: push and pull now. */
    public void syncNow() {
        if (busy.get()) {
            return;
        }
        BackgroundTask.run(sync::syncNow)
                .onRunning(() -> busy.set(true))
                .onSuccess(done -> {
                    SyncStatus now = status.get();
                    if (now != null && now.state() == ConnectionState.ONLINE) {
                        if (now.needsAttention() > 0) {
                            dialogs.warn(l10n.format("offline.notify.synced.attention", now.needsAttention()));
                        } else {
                            dialogs.notify(l10n.get("offline.notify.synced"));
                        }
                    }
                })
                .onFailure(error -> {
                    // the sync found the server gone: the drop's banner says all, with its time
                    boolean dropped = offline.get() && !bannerText.get().isEmpty()
                            && Errors.unwrap(error) instanceof BackendUnavailableException;
                    if (!dropped) {
                        commandFailed(error);
                    }
                })
                .onFinished(() -> busy.set(false))
                .executeWith(executor);
    }

    /** A failed command is shown in the banner (the server is unreachable, most likely), never as a dialog. */
    private void commandFailed(Throwable error) {
        bannerKind.set(BannerKind.WARNING);
        bannerTitle.set(l10n.get(offline.get() ? "offline.banner.title.failed" : "offline.banner.title.syncFailed"));
        bannerText.set(l10n.format("offline.banner.failed", Errors.messageOf(error, l10n)));
    }

    public void dismissBanner() {
        bannerKind.set(BannerKind.NONE);
        bannerText.set("");
    }

    // --- properties -----------------------------------------------------------------------------

    public ReadOnlyObjectProperty<ConnectionState> stateProperty() {
        return state;
    }

    /** True while calls go to the offline copy (offline or syncing from offline): server-only areas rest. */
    public ReadOnlyBooleanProperty offlineProperty() {
        return offline;
    }

    public ReadOnlyStringProperty stateTextProperty() {
        return stateText;
    }

    public ReadOnlyStringProperty detailTextProperty() {
        return detailText;
    }

    /** The engine's own sentence about the connection (why offline, why a sync stopped), for a tooltip. */
    public ReadOnlyStringProperty detailTooltipProperty() {
        return detailTooltip;
    }

    public ReadOnlyStringProperty pendingTextProperty() {
        return pendingText;
    }

    public ReadOnlyStringProperty attentionTextProperty() {
        return attentionText;
    }

    public ReadOnlyLongProperty pendingProperty() {
        return pending;
    }

    public ReadOnlyLongProperty needsAttentionProperty() {
        return needsAttention;
    }

    /** 0..1 while syncing with a known total, -1 (indeterminate) otherwise. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyBooleanProperty syncingProperty() {
        return syncing;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyStringProperty bannerTextProperty() {
        return bannerText;
    }

    public ReadOnlyStringProperty bannerTitleProperty() {
        return bannerTitle;
    }

    public ReadOnlyObjectProperty<BannerKind> bannerKindProperty() {
        return bannerKind;
    }

    /** "Work offline" or "Go online", whichever the toggle does now. */
    public ReadOnlyStringProperty toggleTextProperty() {
        return toggleText;
    }

    public ReadOnlyObjectProperty<SyncStatus> statusProperty() {
        return status;
    }

    public OfflineSync sync() {
        return sync;
    }
}
