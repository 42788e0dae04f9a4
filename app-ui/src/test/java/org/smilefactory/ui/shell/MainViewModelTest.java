package org.smilefactory.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.smilefactory.core.api.accounts.HubStatus;
import org.smilefactory.core.api.accounts.MemberAccount;
import org.smilefactory.core.api.accounts.Role;
import org.smilefactory.ui.l10n.Localization;
import org.smilefactory.ui.testing.FakeBackend;
import org.smilefactory.ui.util.CurrentThreadTaskExecutor;

class MainViewModelTest {

    private final Localization l10n = Localization.english();
    private final FakeBackend backend = new FakeBackend();
    private final AtomicInteger signedOut = new AtomicInteger();
    private boolean mayLeave = true;

    private MainViewModel main(Role role) {
        MemberAccount member = new MemberAccount(UUID.randomUUID(), "rudo@hub.example", "Rudo", "Chikwanha", role, true,
                null, Instant.now());
        backend.status = new HubStatus(false, "Harare Innovation Hub", "Africa/Harare");
        HubContext hub = new HubContext(backend, null, FakeBackend.session(member));
        return new MainViewModel(hub, new CurrentThreadTaskExecutor(), l10n, signedOut::incrementAndGet, () -> mayLeave);
    }

    @Test
    void adminIsOfferedToStaffOnly() {
        assertThat(main(Role.USER).areas()).doesNotContain(Area.ADMIN).hasSize(9);
        assertThat(main(Role.STAFF).areas()).endsWith(Area.ADMIN);
    }

    @Test
    void ctrlNumberPicksTheNthArea() {
        MainViewModel main = main(Role.USER);

        main.selectByNumber(3);
        assertThat(main.selectedAreaProperty().get()).isEqualTo(Area.PROFILES);

        main.selectByNumber(12);
        assertThat(main.selectedAreaProperty().get()).isEqualTo(Area.PROFILES);
    }

    @Test
    void theStatusBarAndTitleShowWhereTheDataLives() {
        MainViewModel main = main(Role.ADMIN);

        main.load();

        assertThat(main.statusTextProperty().get()).isEqualTo("This computer \u00b7 /tmp/hub/pgdata \u00b7 PostgreSQL 17");
        assertThat(main.windowTitle().get()).isEqualTo("SmileFactory Hub \u2014 Dashboard \u00b7 Harare Innovation Hub");
        assertThat(main.timeZoneProperty().get()).isEqualTo("Africa/Harare");
    }

    @Test
    void aServerBackedHubShowsWhetherTheServerAnswers() {
        backend.mode = org.smilefactory.core.api.BackendMode.SERVER;
        MainViewModel main = main(Role.USER);
        main.load();
        assertThat(main.statusTextProperty().get()).isEqualTo("Hub server \u00b7 https://hub.example.org");
        assertThat(main.reachabilityText().get()).isEqualTo("Server reachable");

        backend.statusFailure = new org.smilefactory.core.api.BackendUnavailableException("down");
        main.checkReachable();
        assertThat(main.reachableProperty().get()).isFalse();
        assertThat(main.reachabilityText().get()).startsWith("Server unreachable");

        backend.statusFailure = null;
        main.checkReachable();
        assertThat(main.reachableProperty().get()).isTrue();
    }

    @Test
    void onlyServerBackedHubsAreWatched() {
        MainViewModel main = main(Role.USER);
        main.load();
        backend.statusFailure = new org.smilefactory.core.api.BackendUnavailableException("down");
        main.checkReachable();
        assertThat(main.reachableProperty().get()).isNull();
        assertThat(main.reachabilityText().get()).isEmpty();
    }

    @Test
    void signingOutRespectsUnsavedWork() {
        MainViewModel main = main(Role.USER);
        mayLeave = false;

        main.signOut();
        assertThat(signedOut).hasValue(0);

        mayLeave = true;
        main.signOut();
        assertThat(signedOut).hasValue(1);
    }
}
