package org.smilefactory.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.smilefactory.core.api.BackendUnavailableException;
import org.smilefactory.core.api.accounts.MemberAccount;
import org.smilefactory.core.api.accounts.Role;
import org.smilefactory.core.api.admin.DemoDataResult;
import org.smilefactory.core.api.admin.DemoDataService;
import org.smilefactory.core.api.admin.DemoProgress;
import org.smilefactory.core.api.admin.DemoSize;
import org.smilefactory.core.api.profiles.InnovatorDetails;
import org.smilefactory.core.api.profiles.ProfileState;
import org.smilefactory.core.api.profiles.ProfileType;
import org.smilefactory.core.api.profiles.ProfileView;
import org.smilefactory.core.api.profiles.ProfileVisibility;
import org.smilefactory.core.api.profiles.UserState;
import org.smilefactory.ui.demo.DemoDataViewModel;
import org.smilefactory.ui.l10n.Localization;
import org.smilefactory.ui.shell.HubEvents;
import org.smilefactory.ui.testing.FakeProfileService;
import org.smilefactory.ui.util.CurrentThreadTaskExecutor;

class DashboardViewModelTest {

    private final Localization l10n = Localization.english();
    private final UUID me = UUID.randomUUID();
    private final HubEvents events = new HubEvents();
    private final CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
    private final FakeProfileService profiles = new FakeProfileService(FakeProfileService.newMember(me));
    private final AtomicInteger edits = new AtomicInteger();

    private DashboardViewModel dashboard(Role role, DemoDataService demoData) {
        MemberAccount member = new MemberAccount(me, "ada@example.org", "Ada", "Moyo", role, true, null, Instant.now());
        DemoDataViewModel demo = new DemoDataViewModel(demoData, role.isStaff(), executor, l10n, events);
        return new DashboardViewModel(profiles, member, demo, executor, l10n, events, edits::incrementAndGet);
    }

    private static ProfileView innovator(UUID id, int completion, UserState state, List<String> missing) {
        return new ProfileView(id, 3, "ada@example.org", "Ada", "Moyo", "SolarCart", null, null, null, "Bio",
                "Harare", ProfileType.INNOVATOR, ProfileVisibility.PUBLIC, ProfileState.PUBLISHED, completion, state,
                false, new InnovatorDetails("Agritech", null, "SolarCart", null, null, null, null, null, null),
                missing, Instant.now());
    }

    @Test
    void aNewMemberIsAskedToChooseAProfileType() {
        DashboardViewModel dashboard = dashboard(Role.USER, new EmptyHub());

        dashboard.refresh();

        assertThat(dashboard.stateProperty().get()).isEqualTo(DashboardViewModel.State.NEW);
        assertThat(dashboard.greeting()).isEqualTo("Welcome, Ada");
        dashboard.editProfile();
        assertThat(edits).hasValue(1);
    }

    @Test
    void anIncompleteProfileListsWhatIsMissingInPlainWords() {
        profiles.stored = innovator(me, 56, UserState.INCOMPLETE, List.of("gender", "details.fundingAmountNeeded"));
        DashboardViewModel dashboard = dashboard(Role.USER, new EmptyHub());

        dashboard.refresh();

        assertThat(dashboard.stateProperty().get()).isEqualTo(DashboardViewModel.State.INCOMPLETE);
        assertThat(dashboard.completionProperty().get()).isEqualTo(0.56);
        assertThat(dashboard.completionTextProperty().get()).isEqualTo("Your profile is 56% complete");
        assertThat(dashboard.missingFields()).containsExactly("Gender", "Funding needed (USD)");
    }

    @Test
    void aCompleteProfileGetsASummary() {
        profiles.stored = innovator(me, 88, UserState.COMPLETE, List.of());
        DashboardViewModel dashboard = dashboard(Role.USER, new EmptyHub());

        dashboard.refresh();

        assertThat(dashboard.stateProperty().get()).isEqualTo(DashboardViewModel.State.COMPLETE);
        assertThat(dashboard.summaryProperty().get()).contains("Innovator", "Harare");
    }

    @Test
    void savingAProfileElsewhereRefreshesTheDashboard() {
        DashboardViewModel dashboard = dashboard(Role.USER, new EmptyHub());
        dashboard.refresh();
        profiles.stored = innovator(me, 88, UserState.COMPLETE, List.of());

        events.profilesChanged();

        assertThat(dashboard.stateProperty().get()).isEqualTo(DashboardViewModel.State.COMPLETE);
    }

    @Test
    void staffOfAnEmptyHubCanLoadTheDemoCommunityWithProgress() {
        EmptyHub hub = new EmptyHub();
        DashboardViewModel dashboard = dashboard(Role.STAFF, hub);
        dashboard.refresh();
        DemoDataViewModel demo = dashboard.demo();
        assertThat(demo.availableProperty().get()).isTrue();

        demo.start();

        assertThat(hub.progressSeen).isEqualTo(3);
        assertThat(demo.resultMessageProperty().get()).contains("200 demo members");
        assertThat(demo.runningProperty().get()).isFalse();
        assertThat(demo.availableProperty().get()).isFalse();
        assertThat(events.profilesChangedProperty().get()).isEqualTo(1);
    }

    @Test
    void membersNeverSeeTheDemoAction() {
        DashboardViewModel dashboard = dashboard(Role.USER, new EmptyHub());

        dashboard.refresh();

        assertThat(dashboard.demo().availableProperty().get()).isFalse();
    }

    @Test
    void cancellingStopsTheRunAndKeepsWhatWasLoaded() {
        EmptyHub hub = new EmptyHub();
        DashboardViewModel dashboard = dashboard(Role.STAFF, hub);
        dashboard.refresh();
        hub.onBatch = () -> dashboard.demo().cancel();

        dashboard.demo().start();

        assertThat(hub.batchesWritten).isEqualTo(1);
        assertThat(dashboard.demo().resultMessageProperty().get())
                .isEqualTo(l10n.format("demo.cancelled", 100));
    }

    /** A demo generator that writes two batches of 100 unless cancelled. */
    @Test
    void offlineStaffSeeNoDemoCardRatherThanAnError() {
        // an offline session cannot say whether the hub is empty; the status bar already says offline
        DemoDataService offline = new EmptyHub() {
            @Override
            public boolean hubIsEmpty() {
                throw new BackendUnavailableException("Loading demo data needs the server.");
            }
        };
        DashboardViewModel dashboard = dashboard(Role.ADMIN, offline);

        dashboard.refresh();

        assertThat(dashboard.demo().availableProperty().get()).isFalse();
        assertThat(dashboard.demo().errorMessageProperty().get()).isEmpty();
    }

    private static class EmptyHub implements DemoDataService {
        boolean empty = true;
        int progressSeen;
        int batchesWritten;
        Runnable onBatch = () -> { };

        @Override
        public boolean hubIsEmpty() {
            return empty;
        }

        @Override
        public DemoDataResult generate(DemoSize size, Consumer<DemoProgress> progress, BooleanSupplier cancelled) {
            progress.accept(new DemoProgress(0, 200, "Preparing"));
            progressSeen++;
            for (int batch = 0; batch < 2 && !cancelled.getAsBoolean(); batch++) {
                batchesWritten++;
                progress.accept(new DemoProgress(100L * (batch + 1), 200, "Members"));
                progressSeen++;
                onBatch.run();
            }
            empty = false;
            return new DemoDataResult(batchesWritten * 100, Duration.ofMillis(1500));
        }
    }
}
