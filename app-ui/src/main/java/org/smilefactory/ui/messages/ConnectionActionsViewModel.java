package org.smilefactory.ui.messages;

import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.smilefactory.core.api.ValidationException;
import org.smilefactory.core.api.social.ConnectionService;
import org.smilefactory.core.api.social.ConnectionStatus;
import org.smilefactory.core.api.social.ConnectionView;
import org.smilefactory.core.api.social.RequestConnection;
import org.smilefactory.ui.dialogs.DialogService;
import org.smilefactory.ui.l10n.Localization;
import org.smilefactory.ui.util.BackgroundTask;
import org.smilefactory.ui.util.Errors;
import org.smilefactory.ui.util.TaskExecutor;

/**
 * The connection buttons on another member's profile: which apply follows from the status between
 * the two (Connect with a note / Accept / Decline / Withdraw / Remove / Message / Block / Unblock).
 */
public final class ConnectionActionsViewModel {

    private final ConnectionService connections;
    private final TaskExecutor executor;
    private final Localization l10n;
    private final DialogService dialogs;
    private final UUID me;
    private final Consumer<UUID> onMessage;

    private final ObjectProperty<ConnectionView> status = new SimpleObjectProperty<>();
    private final BooleanProperty composing = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty note = new SimpleStringProperty("");
    private final StringProperty noteError = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private long generation;

    public ConnectionActionsViewModel(ConnectionService connections, TaskExecutor executor, Localization l10n,
                                      DialogService dialogs, UUID me, Consumer<UUID> onMessage) {
        this.connections = Objects.requireNonNull(connections);
        this.executor = Objects.requireNonNull(executor);
        this.l10n = Objects.requireNonNull(l10n);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.me = me;
        this.onMessage = Objects.requireNonNull(onMessage);
        note.addListener((obs, old, now) -> noteError.set(""));
    }

    /** Shows the actions for {@code memberId}; none for oneself or nobody. */
    public void load(UUID memberId) {
        long mine = ++generation;
        composing.set(false);
        error.set("");
        status.set(null);
        if (memberId == null || memberId.equals(me)) {
            return;
        }
        BackgroundTask.wrap(() -> connections.status(memberId))
                .onSuccess(view -> {
                    if (mine == generation) {
                        status.set(view);
                    }
                })
                .onFailure(e -> {
                    if (mine == generation) {
                        error.set(Errors.messageOf(e, l10n));
                    }
                })
                .executeWith(executor);
    }

    public void startRequest() {
        note.set("");
        composing.set(true);
    }

    public void cancelRequest() {
        composing.set(false);
    }

    public void sendRequest() {
        ConnectionView current = status.get();
        if (current == null) {
            return;
        }
        String text = note.get() == null || note.get().isBlank() ? null : note.get();
        run(() -> connections.request(new RequestConnection(current.memberId(), text)), () -> composing.set(false));
    }

    public void accept() {
        act(connections::accept);
    }

    public void decline() {
        act(connections::decline);
    }

    public void withdraw() {
        act(connections::withdraw);
    }

    public void remove() {
        ConnectionView current = status.get();
        if (current != null && dialogs.confirm(l10n.get("connections.remove.title"),
                l10n.format("connections.remove.message", current.memberName()),
                l10n.get("connections.remove"), l10n.get("connections.cancel"))) {
            act(connections::remove);
        }
    }

    public void block() {
        ConnectionView current = status.get();
        if (current != null && dialogs.confirm(l10n.get("connections.block.title"),
                l10n.format("connections.block.message", current.memberName()),
                l10n.get("connections.block"), l10n.get("connections.cancel"))) {
            act(connections::block);
        }
    }

    public void unblock() {
        act(connections::unblock);
    }

    public void message() {
        ConnectionView current = status.get();
        if (current != null) {
            onMessage.accept(current.memberId());
        }
    }

    private void act(java.util.function.Function<UUID, ConnectionView> action) {
        ConnectionView current = status.get();
        if (current != null) {
            run(() -> action.apply(current.memberId()), () -> { });
        }
    }

    private void run(Callable<ConnectionView> action, Runnable afterSuccess) {
        long mine = generation;
        BackgroundTask.wrap(action)
                .onRunning(() -> busy.set(true))
                .onSuccess(view -> {
                    if (mine == generation) {
                        error.set("");
                        status.set(view);
                        afterSuccess.run();
                    }
                })
                .onFailure(e -> {
                    Throwable cause = Errors.unwrap(e);
                    if (cause instanceof ValidationException v && v.violations().stream().anyMatch(x -> x.field().equals("message"))) {
                        noteError.set(v.violations().stream().filter(x -> x.field().equals("message")).findFirst()
                                .orElseThrow().message());
                    } else {
                        error.set(Errors.messageOf(e, l10n));
                    }
                })
                .onFinished(() -> busy.set(false))
                .executeWith(executor);
    }

    private BooleanBinding is(ConnectionStatus... any) {
        return Bindings.createBooleanBinding(() -> {
            ConnectionView s = status.get();
            if (s == null) {
                return false;
            }
            for (ConnectionStatus candidate : any) {
                if (s.status() == candidate) {
                    return true;
                }
            }
            return false;
        }, status);
    }

    public BooleanBinding canConnect() {
        return is(ConnectionStatus.NONE).and(composing.not());
    }

    public BooleanBinding canAnswer() {
        return is(ConnectionStatus.REQUEST_RECEIVED);
    }

    public BooleanBinding canWithdraw() {
        return is(ConnectionStatus.REQUEST_SENT);
    }

    public BooleanBinding canRemove() {
        return is(ConnectionStatus.CONNECTED);
    }

    public BooleanBinding canMessage() {
        return is(ConnectionStatus.NONE, ConnectionStatus.REQUEST_SENT, ConnectionStatus.REQUEST_RECEIVED,
                ConnectionStatus.CONNECTED);
    }

    public BooleanBinding canBlock() {
        return is(ConnectionStatus.NONE, ConnectionStatus.REQUEST_SENT, ConnectionStatus.REQUEST_RECEIVED,
                ConnectionStatus.CONNECTED, ConnectionStatus.UNAVAILABLE);
    }

    public BooleanBinding canUnblock() {
        return is(ConnectionStatus.BLOCKED_BY_ME);
    }

    /** A short line saying where the two stand ("Request sent", "Connected"...). */
    public javafx.beans.binding.StringBinding statusText() {
        return Bindings.createStringBinding(() -> {
            ConnectionView s = status.get();
            return s == null ? "" : l10n.get("connections.status." + s.status().name().toLowerCase(java.util.Locale.ROOT));
        }, status);
    }

    public ReadOnlyObjectProperty<ConnectionView> statusProperty() {
        return status;
    }

    public ReadOnlyBooleanProperty composingProperty() {
        return composing;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public ReadOnlyStringProperty noteErrorProperty() {
        return noteError;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }
}
