package org.smilefactory.ui.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.ValidationException;
import org.smilefactory.core.api.Violation;
import org.smilefactory.ui.l10n.Localization;
import org.smilefactory.ui.testing.FakeBackend;
import org.smilefactory.ui.util.CurrentThreadTaskExecutor;

class SetupViewModelTest {

    private final Localization l10n = Localization.english();
    private final FakeBackend backend = new FakeBackend();
    private final List<Session> signedIn = new ArrayList<>();
    private final SetupViewModel viewModel =
            new SetupViewModel(backend, new CurrentThreadTaskExecutor(), l10n, signedIn::add);

    private void fill() {
        viewModel.hubNameProperty().set("Harare Innovation Hub");
        viewModel.firstNameProperty().set("Rudo");
        viewModel.lastNameProperty().set("Chikwanha");
        viewModel.emailProperty().set("rudo@hub.example");
        viewModel.passwordProperty().set("a long secret");
        viewModel.confirmPasswordProperty().set("a long secret");
    }

    @Test
    void offersEveryTimeZoneAndDefaultsToHarare() {
        assertThat(viewModel.timeZoneProperty().get()).isEqualTo("Africa/Harare");
        assertThat(viewModel.timeZones()).contains("Africa/Harare", "Europe/London").isSorted();
    }

    @Test
    void mismatchedPasswordsAreCaughtBeforeTheBackendIsAsked() {
        fill();
        viewModel.confirmPasswordProperty().set("a long secreT");

        viewModel.submit();

        assertThat(viewModel.errors().of("confirmPassword").get()).isEqualTo(l10n.get("setup.confirm.mismatch"));
        assertThat(backend.setups).isEmpty();
        assertThat(signedIn).isEmpty();
    }

    @Test
    void backendViolationsAreShownNextToTheirFields() {
        fill();
        backend.nextFailure = new ValidationException(List.of(
                new Violation("adminEmail", "invalid-email", "This is not an email address."),
                new Violation("hubName", "too-long", "At most 200 characters.")));

        viewModel.submit();

        assertThat(viewModel.errors().of("adminEmail").get()).isEqualTo("This is not an email address.");
        assertThat(viewModel.errors().of("hubName").get()).isEqualTo("At most 200 characters.");
        assertThat(viewModel.errorMessageProperty().get()).isEqualTo(l10n.get("form.fixFields"));
        assertThat(signedIn).isEmpty();

        viewModel.emailProperty().set("rudo@hub.example.org");
        assertThat(viewModel.errors().of("adminEmail").get()).isEmpty();
    }

    @Test
    void successSignsTheNewAdminIn() {
        fill();

        viewModel.submit();

        assertThat(backend.setups).singleElement().satisfies(setup -> {
            assertThat(setup.hubName()).isEqualTo("Harare Innovation Hub");
            assertThat(setup.timeZone()).isEqualTo("Africa/Harare");
            assertThat(setup.adminEmail()).isEqualTo("rudo@hub.example");
        });
        assertThat(signedIn).hasSize(1);
        assertThat(viewModel.busyProperty().get()).isFalse();
    }

    @Test
    void theDesktopsOwnHubAsksForNoSetupCode() {
        fill();

        viewModel.submit();

        assertThat(viewModel.setupCodeNeeded()).isFalse();
        assertThat(backend.setups).singleElement().satisfies(setup -> assertThat(setup.setupCode()).isNull());
    }

    @Test
    void aServersSetupSendsTheTypedCodeAndShowsAWrongOneNextToTheField() {
        backend.mode = org.smilefactory.core.api.BackendMode.SERVER;
        SetupViewModel server = new SetupViewModel(backend, new CurrentThreadTaskExecutor(), l10n, signedIn::add);
        server.hubNameProperty().set("Harare Innovation Hub");
        server.firstNameProperty().set("Rudo");
        server.lastNameProperty().set("Chikwanha");
        server.emailProperty().set("rudo@hub.example");
        server.passwordProperty().set("a long secret");
        server.confirmPasswordProperty().set("a long secret");
        server.setupCodeProperty().set(" 7K3M-Q9XA-2HCT ");
        backend.nextFailure = new ValidationException(List.of(
                new Violation("setupCode", "wrong", "This is not the setup code the server printed.")));

        server.submit();

        assertThat(server.setupCodeNeeded()).isTrue();
        assertThat(server.errors().of("setupCode").get()).isEqualTo("This is not the setup code the server printed.");
        assertThat(signedIn).isEmpty();

        server.submit();

        assertThat(backend.setups).singleElement().satisfies(setup -> assertThat(setup.setupCode()).isEqualTo("7K3M-Q9XA-2HCT"));
        assertThat(signedIn).hasSize(1);
    }
}
