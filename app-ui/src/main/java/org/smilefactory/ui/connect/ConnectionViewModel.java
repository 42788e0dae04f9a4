package org.smilefactory.ui.connect;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.smilefactory.core.api.Backend;
import org.smilefactory.core.api.accounts.HubStatus;
import org.smilefactory.ui.l10n.Localization;
import org.smilefactory.ui.util.BackgroundTask;
import org.smilefactory.ui.util.Errors;
import org.smilefactory.ui.util.FieldErrors;
import org.smilefactory.ui.util.TaskExecutor;

/**
 * The connection screen: which backend to open, the direct-connection fields and their validation, and
 * opening in the background (starting an embedded PostgreSQL takes a moment, a remote one may time out).
 */
public final class ConnectionViewModel {

    private final BackendOpener opener;
    private final TaskExecutor executor;
    private final Localization l10n;
    private final Path dataFolder;
    private final Consumer<OpenedHub> onOpened;

    private final ObjectProperty<ConnectionMode> mode = new SimpleObjectProperty<>(ConnectionMode.EMBEDDED);
    private final StringProperty jdbcUrl = new SimpleStringProperty("");
    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final FieldErrors errors = new FieldErrors("jdbcUrl", "user");
    private final StringProperty errorMessage = new SimpleStringProperty("");
    private final StringProperty progressMessage = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanBinding canOpen;

    public ConnectionViewModel(BackendOpener opener, TaskExecutor executor, Localization l10n, Path dataFolder,
                               Consumer<OpenedHub> onOpened) {
        this.opener = Objects.requireNonNull(opener);
        this.executor = Objects.requireNonNull(executor);
        this.l10n = Objects.requireNonNull(l10n);
        this.dataFolder = Objects.requireNonNull(dataFolder);
        this.onOpened = Objects.requireNonNull(onOpened);
        canOpen = busy.not().and(mode.isNotEqualTo(ConnectionMode.SERVER));
        // A new choice or new input makes an old error stale.
        mode.addListener((obs, old, now) -> errorMessage.set(""));
        jdbcUrl.addListener((obs, old, now) -> errors.of("jdbcUrl").set(""));
        user.addListener((obs, old, now) -> errors.of("user").set(""));
    }

    /** Opens the chosen backend in the background; on success hands it to the next screen. */
    public void open() {
        if (!canOpen.get()) {
            return;
        }
        errors.clear();
        errorMessage.set("");
        ConnectionMode chosen = mode.get();
        if (chosen == ConnectionMode.DIRECT && !validateDirect()) {
            return;
        }
        String url = jdbcUrl.get().trim();
        String userName = user.get().trim();
        String secret = password.get();
        BackgroundTask.wrap(() -> {
                    Backend backend = chosen == ConnectionMode.EMBEDDED
                            ? opener.embedded(dataFolder)
                            : opener.direct(url, userName, secret);
                    try {
                        HubStatus status = backend.hubStatus();
                        return new OpenedHub(backend, status);
                    } catch (RuntimeException e) {
                        backend.close();
                        throw e;
                    }
                })
                .onRunning(() -> {
                    busy.set(true);
                    progressMessage.set(chosen == ConnectionMode.EMBEDDED
                            ? l10n.get("connect.progress.embedded")
                            : l10n.format("connect.progress.direct", url));
                })
                .onSuccess(onOpened)
                .onFailure(error -> errorMessage.set(Errors.messageOf(error, l10n)))
                .onFinished(() -> {
                    busy.set(false);
                    progressMessage.set("");
                })
                .executeWith(executor);
    }

    private boolean validateDirect() {
        String url = jdbcUrl.get() == null ? "" : jdbcUrl.get().trim();
        boolean valid = true;
        if (url.isEmpty()) {
            errors.set("jdbcUrl", l10n.get("connect.direct.url.required"));
            valid = false;
        } else if (!url.toLowerCase(Locale.ROOT).startsWith("jdbc:postgresql:")) {
            errors.set("jdbcUrl", l10n.get("connect.direct.url.invalid"));
            valid = false;
        }
        if (user.get() == null || user.get().isBlank()) {
            errors.set("user", l10n.get("connect.direct.user.required"));
            valid = false;
        }
        return valid;
    }

    public ObjectProperty<ConnectionMode> modeProperty() {
        return mode;
    }

    public String dataFolder() {
        return dataFolder.toString();
    }

    public StringProperty jdbcUrlProperty() {
        return jdbcUrl;
    }

    public StringProperty userProperty() {
        return user;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public FieldErrors errors() {
        return errors;
    }

    public ReadOnlyStringProperty errorMessageProperty() {
        return errorMessage;
    }

    public ReadOnlyStringProperty progressMessageProperty() {
        return progressMessage;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public BooleanBinding canOpenProperty() {
        return canOpen;
    }

    public BooleanBinding directSelected() {
        return Bindings.equal(mode, ConnectionMode.DIRECT);
    }
}
