package org.smilefactory.ui.kiosk;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.smilefactory.core.api.ValidationException;
import org.smilefactory.core.api.events.CheckInOutcome;
import org.smilefactory.core.api.events.CheckInResult;
import org.smilefactory.core.api.events.EventService;
import org.smilefactory.core.api.events.EventView;
import org.smilefactory.core.api.events.Registration;
import org.smilefactory.core.api.events.WalkIn;
import org.smilefactory.ui.l10n.Localization;
import org.smilefactory.ui.util.BackgroundTask;
import org.smilefactory.ui.util.Errors;
import org.smilefactory.ui.util.FieldErrors;
import org.smilefactory.ui.util.TaskExecutor;
import org.smilefactory.ui.util.TaskHandle;

/**
 * The check-in kiosk of one event: one input that takes a scanned ticket code (a USB scanner types it
 * and presses Enter) or a name/email search, a big result that goes back to ready by itself, walk-in
 * registration while there are places, badge printing and a staff PIN to leave.
 *
 * <p>What the input holds decides what Enter does: a single word of 12 or more characters without an
 * {@code @} is a scan (our codes are 24 URL-safe characters; anything else a scanner reads is a wrong
 * ticket, and is recorded as one); everything else is a search, so names and emails never end up in
 * the scan log.
 */
public final class KioskViewModel {

    /** How long a result stays on screen before the kiosk is ready for the next person. */
    public static final Duration RESULT_SHOWN_FOR = Duration.ofSeconds(4);
    private static final Pattern SCAN = Pattern.compile("^[^\\s@]{12,}$");
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    /** What the kiosk shows. */
    public enum Mode {
        LOADING, READY, WORKING, RESULT, SEARCH, WALK_IN, EXIT_PIN, BROKEN
    }

    /** The colour family of a result: green, amber, red, or neutral. */
    public enum Tone {
        SUCCESS, WARNING, DANGER, NEUTRAL
    }

    private final EventService events;
    private final UUID expectedEvent;
    private final TaskExecutor executor;
    private final Localization l10n;
    private final Runnable onExit;
    private final Duration resultShownFor;

    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(Mode.LOADING);
    private final StringProperty input = new SimpleStringProperty("");
    private final StringProperty eventTitle = new SimpleStringProperty("");
    private final StringProperty placesText = new SimpleStringProperty("");
    private final ObjectProperty<CheckInResult> result = new SimpleObjectProperty<>();
    private final ObjectProperty<Tone> tone = new SimpleObjectProperty<>(Tone.NEUTRAL);
    private final StringProperty resultTitle = new SimpleStringProperty("");
    private final StringProperty resultDetail = new SimpleStringProperty("");
    private final BooleanProperty walkInOffered = new SimpleBooleanProperty();
    private final BooleanProperty badgePrintable = new SimpleBooleanProperty();
    private final ObservableList<Registration> matches = FXCollections.observableArrayList();
    private final StringProperty walkInFirstName = new SimpleStringProperty("");
    private final StringProperty walkInLastName = new SimpleStringProperty("");
    private final StringProperty walkInEmail = new SimpleStringProperty("");
    private final FieldErrors walkInErrors = new FieldErrors("firstName", "lastName", "email");
    private final StringProperty pin = new SimpleStringProperty("");
    private final StringProperty pinError = new SimpleStringProperty("");
    private final StringProperty offlineNotice = new SimpleStringProperty("");
    private boolean offline;
    private final List<Runnable> onStop = new java.util.ArrayList<>();

    private EventView event;
    private ZoneId zone = ZoneId.systemDefault();
    private TaskHandle pendingReset = TaskHandle.NONE;

    public KioskViewModel(EventService events, UUID expectedEvent, TaskExecutor executor, Localization l10n,
                          Runnable onExit) {
        this(events, expectedEvent, executor, l10n, onExit, RESULT_SHOWN_FOR);
    }

    public KioskViewModel(EventService events, UUID expectedEvent, TaskExecutor executor, Localization l10n,
                          Runnable onExit, Duration resultShownFor) {
        this.events = Objects.requireNonNull(events);
        this.expectedEvent = expectedEvent;
        this.executor = Objects.requireNonNull(executor);
        this.l10n = Objects.requireNonNull(l10n);
        this.onExit = Objects.requireNonNull(onExit);
        this.resultShownFor = resultShownFor;
        walkInErrors.clearOnChange(walkInFirstName, "firstName");
        walkInErrors.clearOnChange(walkInLastName, "lastName");
        walkInErrors.clearOnChange(walkInEmail, "email");
    }

    /** Loads the kiosk's event; the kiosk is ready when it has. */
    public void start() {
        BackgroundTask.wrap(events::kioskEvent)
                .onSuccess(loaded -> {
                    if (expectedEvent != null && !expectedEvent.equals(loaded.id())) {
                        showBroken(l10n.get("kiosk.wrongEvent"));
                        return;
                    }
                    updateEvent(loaded);
                    mode.set(Mode.READY);
                })
                .onFailure(error -> showBroken(Errors.messageOf(error, l10n)))
                .executeWith(executor);
    }

    private void showBroken(String message) {
        tone.set(Tone.DANGER);
        resultTitle.set(l10n.get("kiosk.result.error.title"));
        resultDetail.set(message);
        mode.set(Mode.BROKEN);
    }

    private void updateEvent(EventView loaded) {
        event = loaded;
        zone = ZoneId.of(loaded.timeZone());
        eventTitle.set(loaded.title());
        placesText.set(loaded.capacity() == null ? l10n.format("kiosk.places.unlimited", loaded.confirmed())
                : l10n.format("kiosk.places.limited", Math.max(0, loaded.capacity() - loaded.confirmed())));
    }

    /** Enter in the input: a scan or a search (see the class comment). */
    public void submit() {
        if (event == null || mode.get() == Mode.WORKING || mode.get() == Mode.EXIT_PIN) {
            return;
        }
        String text = input.get() == null ? "" : input.get().strip();
        input.set("");
        if (text.isEmpty()) {
            return;
        }
        pendingReset.cancel();
        if (SCAN.matcher(text).matches()) {
            run(() -> events.checkIn(event.id(), text));
        } else {
            search(text);
        }
    }

    private void search(String text) {
        mode.set(Mode.WORKING);
        BackgroundTask.wrap(() -> events.findAttendees(event.id(), text))
                .onSuccess((List<Registration> found) -> {
                    if (found.isEmpty()) {
                        result.set(null);
                        tone.set(Tone.DANGER);
                        resultTitle.set(l10n.get("kiosk.result.noMatch.title"));
                        resultDetail.set(l10n.format("kiosk.result.noMatch.detail", text));
                        badgePrintable.set(false);
                        walkInOffered.set(event.hasPlaces());
                        showResult();
                    } else {
                        matches.setAll(found);
                        mode.set(Mode.SEARCH);
                        scheduleReset();
                    }
                })
                .onFailure(this::failed)
                .executeWith(executor);
    }

    /** Checks in a person picked from the search results. */
    public void checkIn(Registration registration) {
        pendingReset.cancel();
        run(() -> events.checkInRegistration(event.id(), registration.id()));
    }

    private void run(java.util.concurrent.Callable<CheckInResult> call) {
        mode.set(Mode.WORKING);
        BackgroundTask.wrap(call)
                .onSuccess(this::show)
                .onFailure(this::failed)
                .executeWith(executor);
    }

    private void show(CheckInResult r) {
        result.set(r);
        CheckInOutcome outcome = r.outcome();
        String name = r.memberName() == null ? "" : r.memberName();
        String time = r.firstCheckInAt() == null ? "" : HH_MM.format(r.firstCheckInAt().atZone(zone));
        tone.set(switch (outcome) {
            case CHECKED_IN -> Tone.SUCCESS;
            case ALREADY_CHECKED_IN, WAITLISTED -> Tone.WARNING;
            case NOT_REGISTERED, UNKNOWN_CODE -> Tone.DANGER;
            case CANCELLED -> Tone.NEUTRAL;
        });
        String key = "kiosk.result." + outcome.name();
        resultTitle.set(outcome == CheckInOutcome.CHECKED_IN ? l10n.format(key + ".title", name) : l10n.get(key + ".title"));
        resultDetail.set(switch (outcome) {
            case CHECKED_IN -> l10n.format(key + ".detail", l10n.label(r.role()), time);
            case ALREADY_CHECKED_IN -> l10n.format(key + ".detail", name, time);
            case WAITLISTED, CANCELLED -> l10n.format(key + ".detail", name);
            case NOT_REGISTERED, UNKNOWN_CODE -> l10n.get(key + ".detail");
        });
        walkInOffered.set((outcome == CheckInOutcome.NOT_REGISTERED || outcome == CheckInOutcome.UNKNOWN_CODE)
                && r.walkInPossible());
        badgePrintable.set(outcome == CheckInOutcome.CHECKED_IN || outcome == CheckInOutcome.ALREADY_CHECKED_IN);
        if (r.placesLeft() != null && event.capacity() != null) {
            placesText.set(l10n.format("kiosk.places.limited", r.placesLeft()));
        }
        showResult();
    }

    private void failed(Throwable error) {
        result.set(null);
        tone.set(Tone.DANGER);
        resultTitle.set(l10n.get("kiosk.result.error.title"));
        resultDetail.set(Errors.messageOf(error, l10n));
        walkInOffered.set(false);
        badgePrintable.set(false);
        showResult();
    }

    private void showResult() {
        mode.set(Mode.RESULT);
        scheduleReset();
    }

    private void scheduleReset() {
        pendingReset.cancel();
        pendingReset = executor.schedule(resultShownFor, this::ready);
    }

    /** Back to the waiting screen (also what the timer does after a result). */
    public void ready() {
        pendingReset.cancel();
        if (mode.get() == Mode.EXIT_PIN || mode.get() == Mode.BROKEN || mode.get() == Mode.LOADING) {
            return;
        }
        matches.clear();
        mode.set(Mode.READY);
    }

    /** Opens the walk-in form; the result timer stops while someone fills it in. */
    public void startWalkIn() {
        pendingReset.cancel();
        walkInFirstName.set("");
        walkInLastName.set("");
        walkInEmail.set("");
        walkInErrors.clear();
        mode.set(Mode.WALK_IN);
    }

    public void submitWalkIn() {
        WalkIn walkIn = new WalkIn(walkInFirstName.get(), walkInLastName.get(), walkInEmail.get());
        walkInErrors.clear();
        boolean madeOffline = offline;
        BackgroundTask.wrap(() -> events.registerWalkIn(event.id(), walkIn))
                .onSuccess(r -> {
                    show(r);
                    if (madeOffline && r.outcome() == CheckInOutcome.CHECKED_IN) {
                        resultDetail.set(resultDetail.get() + "\n" + l10n.get("kiosk.walkIn.provisional"));
                    }
                })
                .onFailure(error -> {
                    Throwable cause = Errors.unwrap(error);
                    if (cause instanceof ValidationException v) {
                        walkInErrors.apply(v);
                    } else {
                        failed(error);
                    }
                })
                .executeWith(executor);
    }

    /**
     * The kiosk's connection (when it keeps an offline copy): offline, check-ins and walk-ins go on in the
     * copy and a line at the top says so; call on the FX thread.
     */
    public void connectionChanged(boolean nowOffline) {
        offline = nowOffline;
        offlineNotice.set(nowOffline ? l10n.get("kiosk.offline") : "");
    }

    public StringProperty offlineNoticeProperty() {
        return offlineNotice;
    }

    /** Staff asked to leave: the PIN prompt (the timer must not return to ready under it). */
    public void askExit() {
        pendingReset.cancel();
        pin.set("");
        pinError.set("");
        mode.set(Mode.EXIT_PIN);
    }

    public void cancelExit() {
        pin.set("");
        pinError.set("");
        mode.set(Mode.READY);
    }

    public void confirmExit() {
        String typed = pin.get();
        pin.set("");
        BackgroundTask.wrap(() -> events.verifyExitPin(typed))
                .onSuccess(ok -> {
                    if (ok) {
                        onExit.run();
                    } else {
                        pinError.set(l10n.get("kiosk.exit.wrong"));
                    }
                })
                .onFailure(error -> pinError.set(Errors.messageOf(error, l10n)))
                .executeWith(executor);
    }

    /** Stops the timer (the kiosk window is closing). */
    public void stop() {
        pendingReset.cancel();
        onStop.forEach(Runnable::run);
        onStop.clear();
    }

    /** Runs {@code action} when the kiosk stops (e.g. stop following the connection). */
    public void onStop(Runnable action) {
        onStop.add(action);
    }

    public EventView event() {
        return event;
    }

    public ReadOnlyObjectProperty<Mode> modeProperty() {
        return mode;
    }

    public StringProperty inputProperty() {
        return input;
    }

    public StringProperty eventTitleProperty() {
        return eventTitle;
    }

    public StringProperty placesTextProperty() {
        return placesText;
    }

    public ReadOnlyObjectProperty<CheckInResult> resultProperty() {
        return result;
    }

    public ReadOnlyObjectProperty<Tone> toneProperty() {
        return tone;
    }

    public StringProperty resultTitleProperty() {
        return resultTitle;
    }

    public StringProperty resultDetailProperty() {
        return resultDetail;
    }

    public BooleanProperty walkInOfferedProperty() {
        return walkInOffered;
    }

    public BooleanProperty badgePrintableProperty() {
        return badgePrintable;
    }

    public ObservableList<Registration> matches() {
        return matches;
    }

    public StringProperty walkInFirstNameProperty() {
        return walkInFirstName;
    }

    public StringProperty walkInLastNameProperty() {
        return walkInLastName;
    }

    public StringProperty walkInEmailProperty() {
        return walkInEmail;
    }

    public FieldErrors walkInErrors() {
        return walkInErrors;
    }

    public StringProperty pinProperty() {
        return pin;
    }

    public StringProperty pinErrorProperty() {
        return pinError;
    }
}
