package org.smilefactory.ui.connect;

import java.net.URI;
import java.net.URISyntaxException;
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
    private final ConnectionMemory memory;

    private final ObjectProperty<ConnectionMode> mode = new SimpleObjectProperty<>(ConnectionMode.EMBEDDED);
    private final StringProperty jdbcUrl = new SimpleStringProperty("");
    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty serverUrl = new SimpleStringProperty("");
    private final BooleanProperty offlineCopy = new SimpleBooleanProperty();
    /** "Keep only what I need": a staff copy of only their own data and events, for laptops that travel. */
    private final BooleanProperty neededOnly = new SimpleBooleanProperty();
    private final FieldErrors errors = new FieldErrors("jdbcUrl", "user", "serverUrl");
    private final StringProperty errorMessage = new SimpleStringProperty("");
    private final StringProperty progressMessage = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanBinding canOpen;

    public ConnectionViewModel(BackendOpener opener, TaskExecutor executor, Localization l10n, Path dataFolder,
                               Consumer<OpenedHub> onOpened) {
        this(opener, executor, l10n, dataFolder, onOpened, ConnectionMemory.inMemory());
    }

    public ConnectionViewModel(BackendOpener opener, TaskExecutor executor, Localization l10n, Path dataFolder,
                               Consumer<OpenedHub> onOpened, ConnectionMemory memory) {
        this.memory = Objects.requireNonNull(memory);
        this.opener = Objects.requireNonNull(opener);
        this.executor = Objects.requireNonNull(executor);
        this.l10n = Objects.requireNonNull(l10n);
        this.dataFolder = Objects.requireNonNull(dataFolder);
        this.onOpened = Objects.requireNonNull(onOpened);
        canOpen = busy.not();
        serverUrl.set(memory.serverUrl());
        offlineCopy.set(memory.offlineCopy());
        neededOnly.set(memory.neededOnly());
        if (memory.lastMode() == ConnectionMode.SERVER) {
            mode.set(ConnectionMode.SERVER);
        }
        // A new choice or new input makes an old error stale.
        mode.addListener((obs, old, now) -> errorMessage.set(""));
        jdbcUrl.addListener((obs, old, now) -> errors.of("jdbcUrl").set(""));
        user.addListener((obs, old, now) -> errors.of("user").set(""));
        serverUrl.addListener((obs, old, now) -> errors.of("serverUrl").set(""));
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
        URI server = null;
        if (chosen == ConnectionMode.SERVER) {
            server = validServerUrl();
            if (server == null) {
                return;
            }
        }
        URI serverAddress = server;
        String url = jdbcUrl.get().trim();
        String userName = user.get().trim();
        String secret = password.get();
        boolean withOfflineCopy = chosen == ConnectionMode.SERVER && offlineCopy.get();
        boolean keepLess = withOfflineCopy && neededOnly.get();
        BackgroundTask.wrap(() -> {
                    Backend backend = switch (chosen) {
                        case EMBEDDED -> opener.embedded(dataFolder);
                        case DIRECT -> opener.direct(url, userName, secret);
                        case SERVER -> !withOfflineCopy ? opener.remote(serverAddress)
                                : keepLess ? opener.remoteWithOfflineCopy(serverAddress, replicaRoot(), true)
                                : opener.remoteWithOfflineCopy(serverAddress, replicaRoot());
                    };
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
                    progressMessage.set(switch (chosen) {
                        case EMBEDDED -> l10n.get("connect.progress.embedded");
                        case DIRECT -> l10n.format("connect.progress.direct", url);
                        case SERVER -> l10n.format(withOfflineCopy ? "offline.connect.progress" : "connect.progress.server",
                                serverAddress);
                    });
                })
                .onSuccess(hub -> {
                    if (withOfflineCopy) {
                        memory.rememberNeededOnly(keepLess);
                    }
                    memory.remember(chosen, serverAddress == null ? null : serverAddress.toString(), withOfflineCopy);
                    onOpened.accept(hub);
                })
                .onFailure(error -> errorMessage.set(Errors.messageOf(error, l10n)))
                .onFinished(() -> {
                    busy.set(false);
                    progressMessage.set("");
                })
                .executeWith(executor);
    }

    /** Where offline copies live: one folder per server and member inside, chosen by the engine. */
    public Path replicaRoot() {
        return dataFolder.resolve("replicas");
    }

    /** "Keep an offline copy on this computer", for a server connection. */
    public BooleanProperty offlineCopyProperty() {
        return offlineCopy;
    }

    /**
     * "Keep only what I need": the offline copy holds a staff member's own data and the events they
     * organise or attend, not every member's (for laptops that travel). Only with an offline copy.
     */
    public BooleanProperty neededOnlyProperty() {
        return neededOnly;
    }

    /** An http(s) address with a host; the error goes next to the field. */
    private URI validServerUrl() {
        String text = serverUrl.get() == null ? "" : serverUrl.get().trim();
        if (text.isEmpty()) {
            errors.set("serverUrl", l10n.get("connect.server.url.required"));
            return null;
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        errors.set("serverUrl", l10n.get("connect.server.url.invalid"));
        return null;
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

    public StringProperty serverUrlProperty() {
        return serverUrl;
    }

    public BooleanBinding serverSelected() {
        return Bindings.equal(mode, ConnectionMode.SERVER);
    }

    public BooleanBinding directSelected() {
        return Bindings.equal(mode, ConnectionMode.DIRECT);
    }
}
