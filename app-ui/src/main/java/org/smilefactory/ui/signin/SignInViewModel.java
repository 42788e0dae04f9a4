package org.smilefactory.ui.signin;

import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.smilefactory.core.api.Backend;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.accounts.HubStatus;
import org.smilefactory.ui.l10n.Localization;
import org.smilefactory.ui.util.BackgroundTask;
import org.smilefactory.ui.util.Errors;
import org.smilefactory.ui.util.TaskExecutor;

/** Sign-in with email and password; the backend's message (wrong password, throttled) is shown as is. */
public final class SignInViewModel {

    private final Backend backend;
    private final TaskExecutor executor;
    private final Localization l10n;
    private final Consumer<Session> onSignedIn;
    private final String hubName;

    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty errorMessage = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public SignInViewModel(Backend backend, HubStatus status, TaskExecutor executor, Localization l10n,
                           Consumer<Session> onSignedIn) {
        this.backend = Objects.requireNonNull(backend);
        this.executor = Objects.requireNonNull(executor);
        this.l10n = Objects.requireNonNull(l10n);
        this.onSignedIn = Objects.requireNonNull(onSignedIn);
        this.hubName = status.hubName() == null || status.hubName().isBlank() ? l10n.get("app.name") : status.hubName();
    }

    public void signIn() {
        if (busy.get()) {
            return;
        }
        errorMessage.set("");
        if (email.get() == null || email.get().isBlank() || password.get() == null || password.get().isEmpty()) {
            errorMessage.set(l10n.get("signin.missing"));
            return;
        }
        String address = email.get().trim();
        String secret = password.get();
        BackgroundTask.wrap(() -> backend.signIn(address, secret))
                .onRunning(() -> busy.set(true))
                .onSuccess(session -> {
                    password.set("");
                    onSignedIn.accept(session);
                })
                .onFailure(error -> {
                    // Clear the password so the next attempt is typed afresh; keep the email.
                    password.set("");
                    errorMessage.set(Errors.messageOf(error, l10n));
                })
                .onFinished(() -> busy.set(false))
                .executeWith(executor);
    }

    // ---- "Have an invite code?" and "Forgot password?" (decision 0024) ----

    /** Which code path is open: none, an invite (sign up), or a reset code (forgot password). */
    public enum CodeMode { NONE, INVITE, RESET }

    private final javafx.beans.property.ObjectProperty<CodeMode> codeMode =
            new javafx.beans.property.SimpleObjectProperty<>(CodeMode.NONE);
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty newPassword = new SimpleStringProperty("");
    private final StringProperty infoMessage = new SimpleStringProperty("");

    public void openCode(CodeMode mode) {
        errorMessage.set("");
        infoMessage.set("");
        codeMode.set(mode);
    }

    /**
     * Signs up with an invite code, or sets a new password with a reset code; the answer never says
     * whether an e-mail exists (no e-mail is asked for).
     */
    public void submitCode() {
        if (busy.get()) {
            return;
        }
        errorMessage.set("");
        infoMessage.set("");
        if (code.get().isBlank() || newPassword.get().isEmpty()) {
            errorMessage.set(l10n.get("signin.code.missing"));
            return;
        }
        var command = new org.smilefactory.core.api.accounts.CodeSignUp(code.get().strip(), newPassword.get());
        boolean invite = codeMode.get() == CodeMode.INVITE;
        BackgroundTask.wrap(() -> {
                    if (invite) {
                        return backend.signUpWithCode(command);
                    }
                    backend.resetPasswordWithCode(command);
                    return null;
                })
                .onRunning(() -> busy.set(true))
                .onSuccess(session -> {
                    newPassword.set("");
                    code.set("");
                    if (session != null) {
                        onSignedIn.accept(session);
                    } else {
                        codeMode.set(CodeMode.NONE);
                        infoMessage.set(l10n.get("signin.reset.done"));
                    }
                })
                .onFailure(error -> errorMessage.set(Errors.messageOf(error, l10n)))
                .onFinished(() -> busy.set(false))
                .executeWith(executor);
    }

    public javafx.beans.property.ObjectProperty<CodeMode> codeModeProperty() {
        return codeMode;
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty newPasswordProperty() {
        return newPassword;
    }

    public ReadOnlyStringProperty infoMessageProperty() {
        return infoMessage;
    }

    public String title() {
        return l10n.format("signin.title", hubName);
    }

    public StringProperty emailProperty() {
        return email;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public ReadOnlyStringProperty errorMessageProperty() {
        return errorMessage;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }
}
