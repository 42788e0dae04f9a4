package org.smilefactory.ui.messages;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.smilefactory.core.api.social.ConnectionService;
import org.smilefactory.core.api.social.ConnectionView;
import org.smilefactory.ui.l10n.Localization;
import org.smilefactory.ui.util.BackgroundTask;
import org.smilefactory.ui.util.Errors;
import org.smilefactory.ui.util.TaskExecutor;

/** The Connections panel: requests to answer, requests sent, and my connections (first 200 by name). */
public final class ConnectionsViewModel {

    private static final int LIMIT = 200;

    private final ConnectionService connections;
    private final TaskExecutor executor;
    private final Localization l10n;
    private final Consumer<UUID> onMessage;

    private final ObservableList<ConnectionView> incoming = FXCollections.observableArrayList();
    private final ObservableList<ConnectionView> outgoing = FXCollections.observableArrayList();
    private final ObservableList<ConnectionView> connected = FXCollections.observableArrayList();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final StringProperty error = new SimpleStringProperty("");

    private record Lists(List<ConnectionView> incoming, List<ConnectionView> outgoing, List<ConnectionView> connected) {
    }

    public ConnectionsViewModel(ConnectionService connections, TaskExecutor executor, Localization l10n,
                                Consumer<UUID> onMessage) {
        this.connections = Objects.requireNonNull(connections);
        this.executor = Objects.requireNonNull(executor);
        this.l10n = Objects.requireNonNull(l10n);
        this.onMessage = Objects.requireNonNull(onMessage);
    }

    public void load() {
        BackgroundTask.wrap(() -> new Lists(connections.incoming(), connections.outgoing(),
                        connections.connections(null, LIMIT).entries()))
                .onRunning(() -> loading.set(true))
                .onSuccess(lists -> {
                    error.set("");
                    incoming.setAll(lists.incoming());
                    outgoing.setAll(lists.outgoing());
                    connected.setAll(lists.connected());
                })
                .onFailure(e -> error.set(Errors.messageOf(e, l10n)))
                .onFinished(() -> loading.set(false))
                .executeWith(executor);
    }

    public void accept(ConnectionView request) {
        act(() -> connections.accept(request.memberId()));
    }

    public void decline(ConnectionView request) {
        act(() -> connections.decline(request.memberId()));
    }

    public void withdraw(ConnectionView request) {
        act(() -> connections.withdraw(request.memberId()));
    }

    public void message(ConnectionView connection) {
        onMessage.accept(connection.memberId());
    }

    private void act(Callable<ConnectionView> action) {
        BackgroundTask.wrap(action)
                .onSuccess(v -> load())
                .onFailure(e -> error.set(Errors.messageOf(e, l10n)))
                .executeWith(executor);
    }

    public ObservableList<ConnectionView> incoming() {
        return incoming;
    }

    public ObservableList<ConnectionView> outgoing() {
        return outgoing;
    }

    public ObservableList<ConnectionView> connected() {
        return connected;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }
}
