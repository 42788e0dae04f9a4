package org.smilefactory.ui.kiosk;

import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.smilefactory.core.api.Backend;
import org.smilefactory.core.api.HubException;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.accounts.Role;
import org.smilefactory.core.api.events.EventView;
import org.smilefactory.core.api.events.KioskStart;
import org.smilefactory.ui.events.EventTimes;
import org.smilefactory.ui.l10n.Localization;
import org.smilefactory.ui.util.BackgroundTask;
import org.smilefactory.ui.util.Errors;
import org.smilefactory.ui.util.TaskExecutor;

/**
 * The door laptop's sign-in when the app was started with {@code --kiosk EVENT-ID}: says which event it
 * is for (asked of the hub before sign-in, {@link Backend#kioskStart}), takes only a kiosk account of
 * that event, and refuses a bad or unknown id with a message instead of a sign-in form. While the hub is
 * still being opened it says so.
 */
public final class KioskSignInViewModel {

    private final UUID eventId;
    private final String badId;
    private final TaskExecutor executor;
    private final Localization l10n;
    private final Consumer<Session> onSignedIn;

    private final StringProperty eventTitle = new SimpleStringProperty("");
    private final StringProperty eventWhen = new SimpleStringProperty("");
    private final StringProperty windowTitle = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty errorMessage = new SimpleStringProperty("");
    private final StringProperty progressMessage = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty canSignIn = new SimpleBooleanProperty();

    private Backend backend;

    /**
     * @param eventId the event of the command line (null when {@code badId} is set)
     * @param badId   what the command line gave that is not an event id, or null
     */
    public KioskSignInViewModel(UUID eventId, String badId, TaskExecutor executor, Localization l10n,
                                Consumer<Session> onSignedIn) {
        this.eventId = eventId;
        this.badId = badId;
        this.executor = Objects.requireNonNull(executor);
        this.l10n = Objects.requireNonNull(l10n);
        this.onSignedIn = Objects.requireNonNull(onSignedIn);
        windowTitle.set(l10n.get("kiosk.signIn.window"));
        if (badId != null) {
            errorMessage.set(l10n.format("kiosk.signIn.badId", badId));
        } else {
            progressMessage.set(l10n.get("kiosk.signIn.connecting"));
        }
    }

    /** The hub is open: find out which event this door is for. */
    public void connected(Backend opened) {
        this.backend = Objects.requireNonNull(opened);
        if (badId != null) {
            return;
        }
        progressMessage.set(l10n.get("kiosk.signIn.finding"));
        BackgroundTask.wrap(() -> {
                    try {
                        return Lookup.of(opened.kioskStart(eventId).orElse(null), true);
                    } catch (UnsupportedOperationException | org.smilefactory.core.api.BackendUnavailableException e) {
                        // no network to the server (an offline copy) or an old backend: the kiosk's own
                        // event check after sign-in still refuses another event's account
                        return Lookup.of(null, false);
                    }
                })
                .onSuccess((Lookup found) -> {
                    progressMessage.set("");
                    if (found.start() != null) {
                        KioskStart k = found.start();
                        eventTitle.set(k.title());
                        eventWhen.set(EventTimes.dayAndTime(k.start(), k.timeZone()));
                        windowTitle.set(l10n.format("kiosk.signIn.windowFor", k.title()));
                        canSignIn.set(true);
                    } else if (found.answered()) {
                        errorMessage.set(l10n.format("kiosk.signIn.unknown", eventId));
                    } else {
                        eventWhen.set(l10n.format("kiosk.signIn.unchecked", eventId));
                        canSignIn.set(true);
                    }
                })
                .onFailure(error -> {
                    progressMessage.set("");
                    errorMessage.set(Errors.messageOf(error, l10n));
                })
                .executeWith(executor);
    }

    /** The hub cannot be used for a kiosk as it is (e.g. not set up yet). */
    public void refuse(String message) {
        progressMessage.set("");
        canSignIn.set(false);
        errorMessage.set(message);
    }

    private record Lookup(KioskStart start, boolean answered) {
        static Lookup of(KioskStart start, boolean answered) {
            return new Lookup(start, answered);
        }
    }

    /** Signs in; only a kiosk account assigned to this event gets through. */
    public void signIn() {
        if (!canSignIn.get() || busy.get() || backend == null) {
            return;
        }
        String mail = email.get() == null ? "" : email.get().trim();
        String secret = password.get();
        errorMessage.set("");
        Backend opened = backend;
        BackgroundTask.wrap(() -> {
                    Session session = opened.signIn(mail, secret);
                    try {
                        if (session.member().role() != Role.KIOSK) {
                            throw new KioskRefusal(l10n.get("kiosk.signIn.notKiosk"));
                        }
                        EventView assigned = session.events().kioskEvent();
                        if (!assigned.id().equals(eventId)) {
                            throw new KioskRefusal(l10n.format("kiosk.signIn.otherEvent", assigned.title()));
                        }
                        return new SignedIn(session, assigned.title());
                    } catch (RuntimeException e) {
                        try {
                            session.signOut();
                        } catch (HubException ignored) {
                            // already refused; the refusal is what the door must show
                        }
                        throw e;
                    }
                })
                .onRunning(() -> busy.set(true))
                .onSuccess((SignedIn s) -> {
                    eventTitle.set(s.title());
                    windowTitle.set(l10n.format("kiosk.signIn.windowFor", s.title()));
                    password.set("");
                    onSignedIn.accept(s.session());
                })
                .onFailure(error -> {
                    password.set("");
                    Throwable cause = Errors.unwrap(error);
                    errorMessage.set(cause instanceof KioskRefusal ? cause.getMessage() : Errors.messageOf(error, l10n));
                })
                .onFinished(() -> busy.set(false))
                .executeWith(executor);
    }

    private record SignedIn(Session session, String title) {
    }

    /** A sign-in that worked but is not this door's kiosk account. */
    private static final class KioskRefusal extends RuntimeException {
        KioskRefusal(String message) {
            super(message, null, false, false);
        }
    }

    public UUID eventId() {
        return eventId;
    }

    public StringProperty eventTitleProperty() {
        return eventTitle;
    }

    public StringProperty eventWhenProperty() {
        return eventWhen;
    }

    /** "Kiosk · <event>" once the event is known. */
    public StringProperty windowTitleProperty() {
        return windowTitle;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty errorMessageProperty() {
        return errorMessage;
    }

    public StringProperty progressMessageProperty() {
        return progressMessage;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public BooleanProperty canSignInProperty() {
        return canSignIn;
    }
}
