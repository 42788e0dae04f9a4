package org.smilefactory.ui.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smilefactory.core.api.ValidationException;
import org.smilefactory.core.api.Violation;
import org.smilefactory.core.api.accounts.CodeSignUp;
import org.smilefactory.core.api.accounts.HubStatus;
import org.smilefactory.ui.l10n.Localization;
import org.smilefactory.ui.util.CurrentThreadTaskExecutor;

/** "Forgot password?" on the sign-in screen: code + new password, the service's answer in words. */
class CodeSignInViewModelTest {

    private final Localization l10n = Localization.english();
    private final List<CodeSignUp> resets = new ArrayList<>();

    /** A backend that only answers reset codes, as the contract does. */
    private final org.smilefactory.core.api.Backend backend = (org.smilefactory.core.api.Backend) java.lang.reflect.Proxy
            .newProxyInstance(getClass().getClassLoader(), new Class<?>[] {org.smilefactory.core.api.Backend.class},
                    (p, m, args) -> {
                        if (!m.getName().equals("resetPasswordWithCode")) {
                            throw new UnsupportedOperationException(m.getName());
                        }
                        CodeSignUp reset = (CodeSignUp) args[0];
                        resets.add(reset);
                        if (reset.code().equals("USED")) {
                            throw new ValidationException(List.of(new Violation("code", "used", "This code has been used already.")));
                        }
                        return null;
                    });

    private SignInViewModel vm() {
        return new SignInViewModel(backend, new HubStatus(false, "Hub", "Africa/Harare"), new CurrentThreadTaskExecutor(),
                l10n, s -> { });
    }

    @Test
    void aResetCodeSetsTheNewPasswordAndSaysSoWithoutAskingForAnEmail() {
        SignInViewModel vm = vm();
        vm.openCode(SignInViewModel.CodeMode.RESET);
        vm.submitCode();
        assertThat(vm.errorMessageProperty().get()).isEqualTo(l10n.get("signin.code.missing"));
        assertThat(resets).isEmpty();
        vm.codeProperty().set(" ABCD-EFGH-JKMN ");
        vm.newPasswordProperty().set("new-password-1");
        vm.submitCode();
        assertThat(resets).extracting(CodeSignUp::code).containsExactly("ABCD-EFGH-JKMN");
        assertThat(vm.infoMessageProperty().get()).isEqualTo(l10n.get("signin.reset.done"));
        assertThat(vm.codeModeProperty().get()).isEqualTo(SignInViewModel.CodeMode.NONE);
        assertThat(vm.newPasswordProperty().get()).isEmpty();
    }

    @Test
    void aUsedCodeIsShownInWords() {
        SignInViewModel vm = vm();
        vm.openCode(SignInViewModel.CodeMode.RESET);
        vm.codeProperty().set("USED");
        vm.newPasswordProperty().set("new-password-1");
        vm.submitCode();
        assertThat(vm.errorMessageProperty().get()).contains("used already");
    }
}
