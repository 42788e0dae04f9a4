package org.smilefactory.ui.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.accounts.HubStatus;
import org.smilefactory.ui.l10n.Localization;
import org.smilefactory.ui.testing.FakeBackend;
import org.smilefactory.ui.util.CurrentThreadTaskExecutor;

class SignInViewModelTest {

    private final Localization l10n = Localization.english();
    private final FakeBackend backend = new FakeBackend();
    private final List<Session> signedIn = new ArrayList<>();
    private final SignInViewModel viewModel = new SignInViewModel(backend,
            new HubStatus(false, "Harare Innovation Hub", "Africa/Harare"), new CurrentThreadTaskExecutor(), l10n,
            signedIn::add);

    @Test
    void theTitleNamesTheHub() {
        assertThat(viewModel.title()).isEqualTo("Sign in to Harare Innovation Hub");
    }

    @Test
    void aWrongPasswordShowsTheBackendsMessageAndClearsThePassword() {
        viewModel.emailProperty().set("tendai@hub.example");
        viewModel.passwordProperty().set("guess");

        viewModel.signIn();

        assertThat(viewModel.errorMessageProperty().get()).isEqualTo("Wrong email or password.");
        assertThat(viewModel.passwordProperty().get()).isEmpty();
        assertThat(viewModel.emailProperty().get()).isEqualTo("tendai@hub.example");
        assertThat(signedIn).isEmpty();
    }

    @Test
    void emptyFieldsAreNotSent() {
        viewModel.signIn();

        assertThat(viewModel.errorMessageProperty().get()).isEqualTo(l10n.get("signin.missing"));
    }

    @Test
    void theRightPasswordSignsIn() {
        viewModel.emailProperty().set(" tendai@hub.example ");
        viewModel.passwordProperty().set("correct horse");

        viewModel.signIn();

        assertThat(signedIn).singleElement().satisfies(s -> assertThat(s.member().email()).isEqualTo("tendai@hub.example"));
    }
}
