package org.smilefactory.ui.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.smilefactory.ui.l10n.HubTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smilefactory.core.api.sync.ConnectionState;
import org.smilefactory.core.api.sync.SyncPhase;
import org.smilefactory.core.api.sync.SyncStatus;
import org.smilefactory.ui.l10n.Localization;
import org.smilefactory.ui.sync.SyncStatusViewModel.BannerKind;
import org.smilefactory.ui.testing.FakeOfflineSync;
import org.smilefactory.ui.testing.RecordingDialogs;
import org.smilefactory.ui.util.CurrentThreadTaskExecutor;

class SyncStatusViewModelTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:05:00Z");
    private static final Instant SYNCED = Instant.parse("2026-11-25T11:58:00Z");
    private static final String SERVER = "https://hub.example.org";

    private final Localization l10n = Localization.english();
    private final FakeOfflineSync sync = new FakeOfflineSync();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final List<Runnable> fxQueue = new ArrayList<>();
    private final SyncStatusViewModel viewModel = new SyncStatusViewModel(sync, new CurrentThreadTaskExecutor(), l10n,
            dialogs, fxQueue::add, Clock.fixed(NOW, ZoneOffset.UTC), new HubTime(ZoneId.of("Africa/Harare"), Locale.UK));

    @BeforeEach
    void online() {
        sync.publish(FakeOfflineSync.online(SYNCED));
        viewModel.start();
        deliver();
    }

    /** What Platform.runLater would run on the FX thread. */
    private void deliver() {
        List<Runnable> queued = new ArrayList<>(fxQueue);
        fxQueue.clear();
        queued.forEach(Runnable::run);
    }

    private static SyncStatus status(ConnectionState state, boolean manual, SyncPhase phase, long done, long total,
                                     long pending, long attention, String message) {
        return new SyncStatus(state, manual, SERVER, phase, done, total, pending, attention, SYNCED, message);
    }

    @Test
    void onlineShowsWhenItLastSyncedInThisComputersTimeZone() {
        assertThat(viewModel.stateTextProperty().get()).isEqualTo("Online");
        assertThat(viewModel.detailTextProperty().get()).isEqualTo("Last synced 13:58");
        assertThat(viewModel.pendingTextProperty().get()).isEmpty();
        assertThat(viewModel.attentionTextProperty().get()).isEmpty();
        assertThat(viewModel.offlineProperty().get()).isFalse();
        assertThat(viewModel.toggleTextProperty().get()).isEqualTo("Work offline");
        assertThat(viewModel.bannerTextProperty().get()).isEmpty();
    }

    @Test
    void droppingOfflineOnItsOwnRaisesABannerWithTheTimeAndTheStatusBarSaysSince() {
        sync.publish(status(ConnectionState.OFFLINE, false, SyncPhase.IDLE, 0, 0, 1, 0,
                "The server " + SERVER + " cannot be reached: working offline."));
        assertThat(viewModel.stateTextProperty().get()).as("nothing changes off the FX thread").isEqualTo("Online");
        deliver();

        assertThat(viewModel.stateTextProperty().get()).isEqualTo("Offline");
        assertThat(viewModel.detailTextProperty().get()).isEqualTo("Server unreachable since 14:05 · Last synced 13:58");
        assertThat(viewModel.detailTooltipProperty().get()).contains("cannot be reached");
        assertThat(viewModel.pendingTextProperty().get()).isEqualTo("1 change waiting to be sent");
        assertThat(viewModel.offlineProperty().get()).isTrue();
        assertThat(viewModel.bannerKindProperty().get()).isEqualTo(BannerKind.WARNING);
        assertThat(viewModel.bannerTitleProperty().get()).isEqualTo("Working offline");
        assertThat(viewModel.bannerTextProperty().get()).contains(SERVER).contains("14:05");
        assertThat(viewModel.toggleTextProperty().get()).isEqualTo("Go online");
    }

    @Test
    void comingBackIsAnnouncedAndTheBannerGoes() {
        sync.publish(status(ConnectionState.OFFLINE, false, SyncPhase.IDLE, 0, 0, 2, 0, "unreachable"));
        deliver();
        sync.publish(status(ConnectionState.SYNCING, false, SyncPhase.PUSHING, 1, 2, 2, 0, null));
        deliver();
        assertThat(viewModel.stateTextProperty().get()).isEqualTo("Syncing");
        assertThat(viewModel.detailTextProperty().get()).isEqualTo("Sending your changes: 1 of 2");
        assertThat(viewModel.progressProperty().get()).isEqualTo(0.5);
        assertThat(viewModel.syncingProperty().get()).isTrue();
        assertThat(viewModel.offlineProperty().get()).as("still on the copy while syncing back").isTrue();
        assertThat(dialogs.notifications).isEmpty();

        sync.publish(status(ConnectionState.ONLINE, false, SyncPhase.IDLE, 0, 0, 0, 0, null));
        deliver();
        assertThat(viewModel.offlineProperty().get()).isFalse();
        assertThat(viewModel.bannerTextProperty().get()).isEmpty();
        assertThat(dialogs.notifications).containsExactly("Back online. Your changes have been sent.");
        assertThat(viewModel.pendingTextProperty().get()).isEmpty();
    }

    @Test
    void pullingWithoutAKnownTotalIsIndeterminateAndCountsWhatArrived() {
        sync.publish(status(ConnectionState.ONLINE, false, SyncPhase.PULLING, 120, -1, 0, 0, null));
        deliver();
        assertThat(viewModel.stateTextProperty().get()).isEqualTo("Online");
        assertThat(viewModel.detailTextProperty().get()).isEqualTo("Receiving the hub's changes: 120 so far");
        assertThat(viewModel.progressProperty().get()).isEqualTo(-1);
        assertThat(viewModel.syncingProperty().get()).isTrue();

        sync.publish(status(ConnectionState.ONLINE, false, SyncPhase.PULLING, 0, -1, 0, 0, null));
        deliver();
        assertThat(viewModel.syncingProperty().get()).as("an empty background pull does not flicker").isFalse();
        assertThat(viewModel.detailTextProperty().get()).isEqualTo("Last synced 13:58");

        sync.publish(status(ConnectionState.ONLINE, false, SyncPhase.TAKING_REPLICA, 0, -1, 0, 0, null));
        deliver();
        assertThat(viewModel.detailTextProperty().get()).isEqualTo("Taking the offline copy\u2026");
    }

    @Test
    void workingOfflineByChoiceIsConfirmedWithoutAWarning() {
        viewModel.toggleOnline();
        assertThat(sync.calls).containsExactly("goOffline");
        deliver();
        assertThat(viewModel.stateTextProperty().get()).isEqualTo("Offline");
        assertThat(viewModel.detailTextProperty().get()).isEqualTo("Working offline by choice since 14:05 · Last synced 13:58");
        assertThat(viewModel.bannerTextProperty().get()).isEmpty();
        assertThat(dialogs.notifications).singleElement().asString().startsWith("Working offline.");

        viewModel.toggleOnline();
        assertThat(sync.calls).containsExactly("goOffline", "goOnline");
        deliver();
        assertThat(viewModel.stateTextProperty().get()).isEqualTo("Online");
        assertThat(dialogs.notifications).last().asString().startsWith("Back online");
    }

    @Test
    void goingOnlineWhileTheServerIsAwayStaysOfflineAndSaysSoInTheBannerNotADialog() {
        sync.publish(status(ConnectionState.OFFLINE, true, SyncPhase.IDLE, 0, 0, 0, 0, "by choice"));
        deliver();
        sync.unreachable = FakeOfflineSync.unreachable();

        viewModel.goOnline();

        assertThat(dialogs.errors).isEmpty();
        assertThat(viewModel.bannerTitleProperty().get()).isEqualTo("Still offline");
        assertThat(viewModel.bannerTextProperty().get()).startsWith("The server https://hub.example.org cannot be reached.");
        assertThat(dialogs.notifications).last().asString().startsWith("Still offline");
        assertThat(viewModel.busyProperty().get()).isFalse();
    }

    @Test
    void signingInWhileTheServerIsAwaySaysYouAreOnTheOfflineCopy() {
        FakeOfflineSync offlineAtStart = new FakeOfflineSync();
        offlineAtStart.publish(status(ConnectionState.OFFLINE, false, SyncPhase.IDLE, 0, 0, 0, 0, "unreachable"));
        SyncStatusViewModel signedInOffline = new SyncStatusViewModel(offlineAtStart, new CurrentThreadTaskExecutor(),
                l10n, dialogs, Runnable::run, Clock.fixed(NOW, ZoneOffset.UTC), new HubTime(ZoneId.of("Africa/Harare"), Locale.UK));
        signedInOffline.start();
        assertThat(signedInOffline.stateTextProperty().get()).isEqualTo("Offline");
        assertThat(signedInOffline.bannerTextProperty().get()).contains("could not be reached, so you signed in to the offline copy");
    }

    @Test
    void heldChangesAreCountedAndAnnouncedWhenTheyAppear() {
        sync.publish(status(ConnectionState.ONLINE, false, SyncPhase.IDLE, 0, 0, 0, 2, null));
        deliver();
        assertThat(viewModel.attentionTextProperty().get()).isEqualTo("2 changes need attention");
        assertThat(viewModel.needsAttentionProperty().get()).isEqualTo(2);
        assertThat(dialogs.notifications).singleElement().asString().startsWith("2 changes you made offline need your attention");

        sync.publish(status(ConnectionState.ONLINE, false, SyncPhase.IDLE, 0, 0, 0, 1, null));
        deliver();
        assertThat(viewModel.attentionTextProperty().get()).isEqualTo("1 change needs attention");
        assertThat(dialogs.notifications).hasSize(1);
    }

    @Test
    void aBurstOfReportsBecomesOneUpdateWithTheLatest() {
        for (int i = 1; i <= 50; i++) {
            sync.publish(status(ConnectionState.ONLINE, false, SyncPhase.PUSHING, i, 50, 50 - i, 0, null));
        }
        assertThat(fxQueue).hasSize(1);
        deliver();
        assertThat(viewModel.detailTextProperty().get()).isEqualTo("Sending your changes: 50 of 50");
    }

    @Test
    void signingOutStopsListening() {
        viewModel.stop();
        assertThat(sync.listeners).isEmpty();
    }
}
