package org.smilefactory.ui.setup;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.smilefactory.core.api.Backend;
import org.smilefactory.core.api.BackendMode;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.ValidationException;
import org.smilefactory.core.api.Violation;
import org.smilefactory.core.api.accounts.FirstRunSetup;
import org.smilefactory.ui.l10n.Localization;
import org.smilefactory.ui.util.BackgroundTask;
import org.smilefactory.ui.util.Errors;
import org.smilefactory.ui.util.FieldErrors;
import org.smilefactory.ui.util.TaskExecutor;

/**
 * First-run setup: the hub and its first administrator. Only the password confirmation is checked
 * here (the backend never sees it); every other rule is the backend's, whose violations land next to
 * their fields.
 */
public final class SetupViewModel {

    public static final String DEFAULT_TIME_ZONE = "Africa/Harare";

    private final Backend backend;
    private final TaskExecutor executor;
    private final Localization l10n;
    private final Consumer<Session> onSignedIn;

    private final StringProperty hubName = new SimpleStringProperty("");
    private final StringProperty timeZone = new SimpleStringProperty(DEFAULT_TIME_ZONE);
    private final StringProperty firstName = new SimpleStringProperty("");
    private final StringProperty lastName = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty confirmPassword = new SimpleStringProperty("");
    private final StringProperty setupCode = new SimpleStringProperty("");
    /** A server's setup needs the one-time code it printed at start (decision 0022); the desktop's own hub does not. */
    private final boolean setupCodeNeeded;
    private final FieldErrors errors = new FieldErrors(
            "hubName", "timeZone", "adminFirstName", "adminLastName", "adminEmail", "adminPassword", "confirmPassword",
            "setupCode");
    private final StringProperty errorMessage = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObservableList<String> timeZones = FXCollections.observableArrayList(
            ZoneId.getAvailableZoneIds().stream().sorted().collect(Collectors.toList()));

    public SetupViewModel(Backend backend, TaskExecutor executor, Localization l10n, Consumer<Session> onSignedIn) {
        this.backend = Objects.requireNonNull(backend);
        this.executor = Objects.requireNonNull(executor);
        this.l10n = Objects.requireNonNull(l10n);
        this.onSignedIn = Objects.requireNonNull(onSignedIn);
        this.setupCodeNeeded = backend.info().mode() == BackendMode.SERVER;
        errors.clearOnChange(setupCode, "setupCode");
        errors.clearOnChange(hubName, "hubName");
        errors.clearOnChange(timeZone, "timeZone");
        errors.clearOnChange(firstName, "adminFirstName");
        errors.clearOnChange(lastName, "adminLastName");
        errors.clearOnChange(email, "adminEmail");
        errors.clearOnChange(password, "adminPassword");
        errors.clearOnChange(confirmPassword, "confirmPassword");
    }

    public void submit() {
        if (busy.get()) {
            return;
        }
        errors.clear();
        errorMessage.set("");
        if (!Objects.equals(password.get(), confirmPassword.get())) {
            errors.set("confirmPassword", l10n.get("setup.confirm.mismatch"));
            return;
        }
        FirstRunSetup command = new FirstRunSetup(
                trim(hubName.get()), trim(timeZone.get()), trim(firstName.get()), trim(lastName.get()),
                trim(email.get()), password.get(), setupCodeNeeded ? trim(setupCode.get()) : null);
        BackgroundTask.wrap(() -> backend.completeSetup(command))
                .onRunning(() -> busy.set(true))
                .onSuccess(onSignedIn)
                .onFailure(this::showFailure)
                .onFinished(() -> busy.set(false))
                .executeWith(executor);
    }

    private void showFailure(Throwable error) {
        if (Errors.unwrap(error) instanceof ValidationException invalid) {
            List<Violation> elsewhere = errors.apply(invalid);
            errorMessage.set(elsewhere.isEmpty()
                    ? l10n.get("form.fixFields")
                    : elsewhere.stream().map(Violation::message).collect(Collectors.joining("\n")));
        } else {
            errorMessage.set(Errors.messageOf(error, l10n));
        }
    }

    private static String trim(String value) {
        return value == null ? null : value.trim();
    }

    public StringProperty hubNameProperty() {
        return hubName;
    }

    public StringProperty timeZoneProperty() {
        return timeZone;
    }

    public StringProperty firstNameProperty() {
        return firstName;
    }

    public StringProperty lastNameProperty() {
        return lastName;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty confirmPasswordProperty() {
        return confirmPassword;
    }

    public StringProperty setupCodeProperty() {
        return setupCode;
    }

    /** Whether the form asks for the server's setup code (only when the hub is reached through its server). */
    public boolean setupCodeNeeded() {
        return setupCodeNeeded;
    }

    public FieldErrors errors() {
        return errors;
    }

    public ReadOnlyStringProperty errorMessageProperty() {
        return errorMessage;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ObservableList<String> timeZones() {
        return timeZones;
    }
}
