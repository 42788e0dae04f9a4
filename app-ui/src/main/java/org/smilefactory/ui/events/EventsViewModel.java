package org.smilefactory.ui.events;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.smilefactory.core.api.Session;
import java.util.UUID;
import org.smilefactory.core.api.events.AddAttendee;
import org.smilefactory.core.api.events.Attendance;
import org.smilefactory.core.api.events.AttendeeRole;
import org.smilefactory.core.api.events.ChangeAttendeeRole;
import org.smilefactory.core.api.profiles.DirectoryEntry;
import org.smilefactory.core.api.profiles.DirectoryQuery;
import org.smilefactory.core.api.profiles.ProfileService;
import org.smilefactory.ui.kiosk.KioskLauncher;
import org.smilefactory.core.api.events.AttendeePage;
import org.smilefactory.core.api.events.AttendeeQuery;
import org.smilefactory.core.api.events.CreateKiosk;
import org.smilefactory.core.api.events.EventPage;
import org.smilefactory.core.api.events.EventQuery;
import org.smilefactory.core.api.events.EventService;
import org.smilefactory.core.api.events.EventStatus;
import org.smilefactory.core.api.events.EventType;
import org.smilefactory.core.api.events.EventView;
import org.smilefactory.core.api.events.KioskAssignment;
import org.smilefactory.core.api.events.Registration;
import org.smilefactory.core.api.events.RegistrationStatus;
import org.smilefactory.core.api.events.Ticket;
import org.smilefactory.ui.dialogs.DialogService;
import org.smilefactory.ui.l10n.Localization;
import org.smilefactory.ui.util.BackgroundTask;
import org.smilefactory.ui.util.Errors;
import org.smilefactory.ui.util.TaskExecutor;

/**
 * The Events area: the list (type and date filters, keyset paging, empty states), the selected event
 * with what the viewer may do to it (register or join the waitlist, cancel, publish, cancel the event,
 * complete it), its attendee list and CSV export for organisers and staff, the member's ticket and
 * starting a kiosk. The editor is its own ViewModel.
 */
public final class EventsViewModel {

    /** What the list area shows when there is nothing to list. */
    public enum EmptyState {
        NONE, NO_MATCH, NO_EVENTS
    }

    private final EventService events;
    private final TaskExecutor executor;
    private final Localization l10n;
    private final DialogService dialogs;
    private final boolean staff;
    private final String hubZone;
    private final Clock clock;
    private final BiFunction<String, String, Session> signIn;
    private final EventEditorViewModel editor;

    private final ObjectProperty<EventType> typeFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> fromFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> toFilter = new SimpleObjectProperty<>();
    private final BooleanProperty past = new SimpleBooleanProperty();
    private final ObjectProperty<Attendance> attendance = new SimpleObjectProperty<>();
    private final ObservableList<DirectoryEntry> memberMatches = FXCollections.observableArrayList();
    private final StringProperty addAttendeeMessage = new SimpleStringProperty("");
    private final ObservableList<EventView> items = FXCollections.observableArrayList();
    private final ObjectProperty<EventView> selected = new SimpleObjectProperty<>();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final BooleanProperty hasMore = new SimpleBooleanProperty();
    private final BooleanProperty everLoaded = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty editing = new SimpleBooleanProperty();
    private final StringProperty errorMessage = new SimpleStringProperty("");
    private final StringProperty detailMessage = new SimpleStringProperty("");
    private final ObservableList<Registration> attendees = FXCollections.observableArrayList();
    private final StringProperty attendeeSearch = new SimpleStringProperty("");
    private final BooleanProperty attendeesHaveMore = new SimpleBooleanProperty();
    private final ObservableList<KioskAssignment> kiosks = FXCollections.observableArrayList();
    private final ObjectBinding<EmptyState> emptyState;

    private String nextCursor;
    private String attendeesCursor;
    private long generation;
    private boolean polling;
    private long memberSearches;
    private final ProfileService profiles;

    /** A mark on an attendee line for staff: offline walk-ins and scans merged from several doors. */
    public record AttendeeFlag(String text, String tooltip, Tone tone) {
    }

    /** The colour family of a flag. */
    public enum Tone {
        MUTED, WARNING, DANGER
    }

    /**
     * What staff should notice about {@code r}: a walk-in made by a kiosk without network (provisional
     * until the server confirms it, or over capacity), and extra scans of the same ticket.
     */
    public List<AttendeeFlag> flags(Registration r) {
        List<AttendeeFlag> flags = new java.util.ArrayList<>();
        if (r.offlineStatus() != null) {
            switch (r.offlineStatus()) {
                case PROVISIONAL -> flags.add(new AttendeeFlag(l10n.get("events.attendee.provisional"),
                        l10n.get("events.attendee.provisional.tooltip"), Tone.WARNING));
                case OVER_CAPACITY -> flags.add(new AttendeeFlag(l10n.get("events.attendee.overCapacity"),
                        l10n.get("events.attendee.overCapacity.tooltip"), Tone.DANGER));
                case CONFIRMED -> flags.add(new AttendeeFlag(l10n.get("events.attendee.offlineConfirmed"),
                        l10n.get("events.attendee.offlineConfirmed.tooltip"), Tone.MUTED));
            }
        }
        if (r.duplicateScans() > 0) {
            flags.add(new AttendeeFlag(l10n.format("events.attendee.duplicates", r.duplicateScans()),
                    l10n.get("events.attendee.duplicates.tooltip"), Tone.WARNING));
        }
        return flags;
    }

    public EventsViewModel(EventService events, TaskExecutor executor, Localization l10n, DialogService dialogs,
                           boolean staff, String hubZone, Clock clock, BiFunction<String, String, Session> signIn) {
        this(events, null, executor, l10n, dialogs, staff, hubZone, clock, signIn);
    }

    /** With {@code profiles}, for finding the member to add as a speaker or sponsor (null: no such search). */
    public EventsViewModel(EventService events, ProfileService profiles, TaskExecutor executor, Localization l10n,
                           DialogService dialogs, boolean staff, String hubZone, Clock clock,
                           BiFunction<String, String, Session> signIn) {
        this.profiles = profiles;
        this.events = Objects.requireNonNull(events);
        this.executor = Objects.requireNonNull(executor);
        this.l10n = Objects.requireNonNull(l10n);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.staff = staff;
        this.hubZone = hubZone == null || hubZone.isBlank() ? ZoneId.systemDefault().getId() : hubZone;
        this.clock = Objects.requireNonNull(clock);
        this.signIn = signIn;
        this.editor = new EventEditorViewModel(events, executor, l10n, this::saved);
        typeFilter.addListener((obs, old, now) -> refresh());
        fromFilter.addListener((obs, old, now) -> refresh());
        toFilter.addListener((obs, old, now) -> refresh());
        past.addListener((obs, old, now) -> refresh());
        attendeeSearch.addListener((obs, old, now) -> loadAttendees());
        emptyState = Bindings.createObjectBinding(() -> {
            if (!items.isEmpty() || !everLoaded.get() || !errorMessage.get().isEmpty()) {
                return EmptyState.NONE;
            }
            return filtersActive() ? EmptyState.NO_MATCH : EmptyState.NO_EVENTS;
        }, items, everLoaded, errorMessage, typeFilter, fromFilter, toFilter);
    }

    public boolean filtersActive() {
        return typeFilter.get() != null || fromFilter.get() != null || toFilter.get() != null;
    }

    /**
     * The list's query: upcoming (soonest first) or past (most recent first), the type, and the date
     * range as whole days in the hub's zone ({@code to} includes its day).
     */
    EventQuery query(String cursor) {
        return new EventQuery(typeFilter.get() == null ? Set.of() : Set.of(typeFilter.get()), Set.of(),
                fromFilter.get() == null ? null : EventTimes.startOf(fromFilter.get(), hubZone),
                toFilter.get() == null ? null : EventTimes.endOf(toFilter.get(), hubZone),
                cursor, EventQuery.DEFAULT_LIMIT, past.get());
    }

    /** The first page for the current filters. */
    public void refresh() {
        long mine = ++generation;
        EventQuery q = query(null);
        errorMessage.set("");
        BackgroundTask.wrap(() -> events.list(q))
                .onRunning(() -> loading.set(true))
                .onSuccess((EventPage page) -> {
                    if (mine != generation) {
                        return;
                    }
                    EventView keep = selected.get();
                    items.setAll(page.items());
                    nextCursor = page.nextCursor();
                    hasMore.set(nextCursor != null);
                    everLoaded.set(true);
                    if (keep != null) {
                        items.stream().filter(e -> e.id().equals(keep.id())).findFirst().ifPresent(this::showDetail);
                    }
                })
                .onFailure(error -> {
                    if (mine == generation) {
                        errorMessage.set(Errors.messageOf(error, l10n));
                    }
                })
                .onFinished(() -> {
                    if (mine == generation) {
                        loading.set(false);
                    }
                })
                .executeWith(executor);
    }

    public void loadMore() {
        if (nextCursor == null || loading.get()) {
            return;
        }
        long mine = generation;
        EventQuery q = query(nextCursor);
        BackgroundTask.wrap(() -> events.list(q))
                .onRunning(() -> loading.set(true))
                .onSuccess((EventPage page) -> {
                    if (mine == generation) {
                        items.addAll(page.items());
                        nextCursor = page.nextCursor();
                        hasMore.set(nextCursor != null);
                    }
                })
                .onFailure(error -> errorMessage.set(Errors.messageOf(error, l10n)))
                .onFinished(() -> loading.set(false))
                .executeWith(executor);
    }

    public void clearFilters() {
        typeFilter.set(null);
        fromFilter.set(null);
        toFilter.set(null);
    }

    /** Shows an event (from the list or after a change) and, for its managers, its attendees. */
    public void select(EventView event) {
        detailMessage.set("");
        if (event == null) {
            selected.set(null);
            attendees.clear();
            attendance.set(null);
            return;
        }
        showDetail(event);
        reload();
    }

    private void showDetail(EventView event) {
        boolean other = selected.get() == null || !selected.get().id().equals(event.id());
        selected.set(event);
        replaceInList(event);
        if (other) {
            attendeeSearch.set("");
            attendees.clear();
            kiosks.clear();
            attendance.set(null);
            loadAttendees();
        }
    }

    private void replaceInList(EventView event) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id().equals(event.id())) {
                if (!items.get(i).equals(event)) {
                    items.set(i, event);
                }
                return;
            }
        }
    }

    /** Fetches the selected event again (places and the viewer's registration change all the time). */
    public void reload() {
        EventView current = selected.get();
        if (current == null) {
            return;
        }
        BackgroundTask.wrap(() -> events.get(current.id()))
                .onSuccess(fresh -> {
                    if (selected.get() != null && selected.get().id().equals(fresh.id())) {
                        showDetail(fresh);
                        loadAttendees();
                    }
                })
                .onFailure(error -> detailMessage.set(Errors.messageOf(error, l10n)))
                .executeWith(executor);
    }

    public void loadAttendees() {
        EventView current = selected.get();
        if (current == null || !current.canManage()) {
            attendees.clear();
            attendance.set(null);
            return;
        }
        loadAttendance(current);
        String text = attendeeSearch.get();
        BackgroundTask.wrap(() -> events.attendees(current.id(), new AttendeeQuery(text, null, AttendeeQuery.DEFAULT_LIMIT)))
                .onSuccess((AttendeePage page) -> {
                    if (selected.get() != null && selected.get().id().equals(current.id())) {
                        attendees.setAll(page.items());
                        attendeesCursor = page.nextCursor();
                        attendeesHaveMore.set(attendeesCursor != null);
                    }
                })
                .onFailure(error -> detailMessage.set(Errors.messageOf(error, l10n)))
                .executeWith(executor);
    }

    /** The door's numbers for the selected event (organisers and staff; drafts have none). */
    private void loadAttendance(EventView current) {
        if (current.status() == EventStatus.DRAFT) {
            attendance.set(null);
            return;
        }
        BackgroundTask.wrap(() -> events.attendance(current.id()))
                .onSuccess((Attendance a) -> {
                    if (selected.get() != null && selected.get().id().equals(current.id())) {
                        attendance.set(a);
                    }
                })
                .onFailure(error -> detailMessage.set(Errors.messageOf(error, l10n)))
                .executeWith(executor);
    }

    /**
     * One poll while the Events area is shown (decision 0008's polling, here every few seconds): the
     * attendee list as far as it is loaded, with the current search, and the attendance, so check-ins
     * at a kiosk appear without typing. Skipped while the previous poll still runs; failures stay
     * quiet (the next poll tries again), as the messages' polling does.
     */
    public void poll() {
        EventView current = selected.get();
        if (polling || current == null || !current.canManage() || editing.get()) {
            return;
        }
        String text = attendeeSearch.get();
        int limit = Math.min(AttendeeQuery.MAX_LIMIT, Math.max(AttendeeQuery.DEFAULT_LIMIT, attendees.size()));
        polling = true;
        BackgroundTask.wrap(() -> new Polled(events.attendees(current.id(), new AttendeeQuery(text, null, limit)),
                        current.status() == EventStatus.DRAFT ? null : events.attendance(current.id())))
                .onSuccess((Polled polled) -> {
                    if (selected.get() == null || !selected.get().id().equals(current.id())
                            || !Objects.equals(text, attendeeSearch.get())) {
                        return;
                    }
                    if (!attendees.equals(polled.page().items())) {
                        attendees.setAll(polled.page().items());
                    }
                    attendeesCursor = polled.page().nextCursor();
                    attendeesHaveMore.set(attendeesCursor != null);
                    if (!Objects.equals(attendance.get(), polled.attendance())) {
                        attendance.set(polled.attendance());
                    }
                })
                .onFailure(Errors::log)
                .onFinished(() -> polling = false)
                .executeWith(executor);
    }

    private record Polled(AttendeePage page, Attendance attendance) {
    }

    public void loadMoreAttendees() {
        EventView current = selected.get();
        if (current == null || attendeesCursor == null) {
            return;
        }
        String text = attendeeSearch.get();
        String cursor = attendeesCursor;
        BackgroundTask.wrap(() -> events.attendees(current.id(), new AttendeeQuery(text, cursor, AttendeeQuery.DEFAULT_LIMIT)))
                .onSuccess((AttendeePage page) -> {
                    attendees.addAll(page.items());
                    attendeesCursor = page.nextCursor();
                    attendeesHaveMore.set(attendeesCursor != null);
                })
                .onFailure(error -> detailMessage.set(Errors.messageOf(error, l10n)))
                .executeWith(executor);
    }

    public void register() {
        EventView current = selected.get();
        act(() -> events.register(current.id()), r -> dialogs.notify(l10n.get(r.status() == RegistrationStatus.WAITLISTED
                ? "events.registered.waitlisted" : "events.registered.confirmed")));
    }

    public void cancelRegistration() {
        EventView current = selected.get();
        act(() -> events.cancelRegistration(current.id()), r -> dialogs.notify(l10n.get("events.registrationCancelled")));
    }

    public void changeStatus(EventStatus status) {
        EventView current = selected.get();
        if (status == EventStatus.CANCELLED && !dialogs.confirm(l10n.get("events.confirmCancel.title"),
                l10n.format("events.confirmCancel.message", current.title()), l10n.get("events.confirmCancel.ok"),
                l10n.get("events.confirmCancel.keep"))) {
            return;
        }
        act(() -> events.changeStatus(current.id(), current.version(), status), r -> { });
    }

    private <T> void act(java.util.concurrent.Callable<T> call, Consumer<T> after) {
        if (selected.get() == null || busy.get()) {
            return;
        }
        detailMessage.set("");
        BackgroundTask.wrap(call)
                .onRunning(() -> busy.set(true))
                .onSuccess(result -> {
                    after.accept(result);
                    reload();
                })
                .onFailure(error -> {
                    detailMessage.set(Errors.messageOf(error, l10n));
                    reload();
                })
                .onFinished(() -> busy.set(false))
                .executeWith(executor);
    }

    /** The member's ticket of the selected event, for the ticket dialog. */
    public void loadTicket(Consumer<Ticket> show) {
        EventView current = selected.get();
        BackgroundTask.wrap(() -> events.myTicket(current.id()))
                .onSuccess(show::accept)
                .onFailure(error -> detailMessage.set(Errors.messageOf(error, l10n)))
                .executeWith(executor);
    }

    /** Writes the attendee list of the selected event as CSV (UTF-8 with BOM, so spreadsheets read accents). */
    public void exportCsv(Path target, Runnable done) {
        EventView current = selected.get();
        BackgroundTask.wrap(() -> {
                    String csv = events.exportAttendeesCsv(current.id());
                    Files.writeString(target, "\uFEFF" + csv, StandardCharsets.UTF_8);
                    return target;
                })
                .onSuccess(path -> {
                    dialogs.notify(l10n.format("events.exported", path.getFileName()));
                    done.run();
                })
                .onFailure(error -> detailMessage.set(Errors.messageOf(error, l10n)))
                .executeWith(executor);
    }

    /** Writes the ticket PNG (rendered on the FX thread by the caller) to a file. */
    public void saveTicket(byte[] png, Path target) {
        BackgroundTask.wrap(() -> Files.write(target, png))
                .onSuccess(path -> dialogs.notify(l10n.format("events.ticket.saved", path.getFileName())))
                .onFailure(error -> detailMessage.set(Errors.messageOf(error, l10n)))
                .executeWith(executor);
    }

    /** The kiosk accounts of the selected event, for the start-kiosk dialog. */
    public void loadKiosks() {
        EventView current = selected.get();
        BackgroundTask.wrap(() -> events.kiosks(current.id()))
                .onSuccess((List<KioskAssignment> list) -> kiosks.setAll(list))
                .onFailure(error -> detailMessage.set(Errors.messageOf(error, l10n)))
                .executeWith(executor);
    }

    /**
     * Signs in the kiosk account (creating it for the selected event first when the email is not one of
     * its kiosks) and hands the kiosk session over; errors go to {@code onError}.
     */
    public void startKiosk(String email, String password, String pin, Consumer<Session> onStarted, Consumer<String> onError) {
        EventView current = selected.get();
        String trimmed = email == null ? "" : email.trim();
        BackgroundTask.wrap(() -> {
                    boolean known = events.kiosks(current.id()).stream().anyMatch(k -> k.email().equalsIgnoreCase(trimmed));
                    if (!known) {
                        events.createKiosk(current.id(), new CreateKiosk(trimmed, password,
                                l10n.get("events.startKiosk") + " · " + current.title(), pin));
                    }
                    return signIn.apply(trimmed, password);
                })
                .onSuccess(onStarted::accept)
                .onFailure(error -> onError.accept(Errors.messageOf(error, l10n)))
                .executeWith(executor);
    }

    // ---- speakers, sponsors and roles ----------------------------------------------------------

    /** Members whose name matches {@code text} (the hub directory), for the add-speaker dialog. */
    public void searchMembers(String text) {
        long mine = ++memberSearches;
        String t = text == null ? "" : text.trim();
        if (profiles == null || t.length() < 2) {
            memberMatches.clear();
            return;
        }
        BackgroundTask.wrap(() -> profiles.directory(new DirectoryQuery(t, Set.of(), null, null, null, 10)).entries())
                .onSuccess((List<DirectoryEntry> found) -> {
                    if (mine == memberSearches) {
                        memberMatches.setAll(found);
                    }
                })
                .onFailure(error -> addAttendeeMessage.set(Errors.messageOf(error, l10n)))
                .executeWith(executor);
    }

    /** Registers the member at the selected event with the role; {@code done} runs after success. */
    public void addAttendee(UUID memberId, AttendeeRole role, Runnable done) {
        EventView current = selected.get();
        addAttendeeMessage.set("");
        if (current == null) {
            return;
        }
        if (memberId == null || role == null) {
            addAttendeeMessage.set(l10n.get("events.addAttendee.pick"));
            return;
        }
        BackgroundTask.wrap(() -> events.addAttendee(current.id(), new AddAttendee(memberId, role)))
                .onSuccess((Registration r) -> {
                    dialogs.notify(l10n.format("events.addAttendee.added", r.memberName(), l10n.label(r.role())));
                    done.run();
                    reload();
                })
                .onFailure(error -> addAttendeeMessage.set(Errors.messageOf(error, l10n)))
                .executeWith(executor);
    }

    /** Gives an attendee of the selected event another role (at the version the list showed). */
    public void changeRole(Registration registration, AttendeeRole role) {
        EventView current = selected.get();
        if (current == null || registration == null || role == null || role == registration.role()) {
            return;
        }
        act(() -> events.changeAttendeeRole(current.id(), new ChangeAttendeeRole(registration.id(), registration.version(), role)),
                r -> dialogs.notify(l10n.format("events.role.changed", r.memberName(), l10n.label(r.role()))));
    }

    /** Whether the selected event still takes new speakers and role changes (not cancelled or completed). */
    public boolean rolesEditable() {
        EventView e = selected.get();
        return e != null && e.canManage() && (e.status() == EventStatus.DRAFT || e.status() == EventStatus.PUBLISHED);
    }

    /** The commands that start this app as the selected event's kiosk: this app's way first, then the other. */
    public List<String> kioskLaunchLines() {
        EventView e = selected.get();
        if (e == null) {
            return List.of();
        }
        return KioskLauncher.runningInstalled()
                ? List.of(KioskLauncher.installed(e.id()), KioskLauncher.sourceCheckout(e.id()))
                : List.of(KioskLauncher.sourceCheckout(e.id()), KioskLauncher.installed(e.id()));
    }

    // ---- editor --------------------------------------------------------------------------------

    public void newEvent() {
        editor.startNew(hubZone, LocalDate.now(clock.withZone(ZoneId.of(hubZone))));
        editing.set(true);
    }

    public void editSelected() {
        if (selected.get() != null) {
            editor.edit(selected.get());
            editing.set(true);
        }
    }

    public void closeEditor() {
        editing.set(false);
    }

    private void saved(EventView event) {
        editing.set(false);
        dialogs.notify(l10n.get("events.editor.saved"));
        if (items.stream().noneMatch(e -> e.id().equals(event.id()))) {
            items.add(0, event);
        }
        select(event);
    }

    // ---- properties ----------------------------------------------------------------------------

    public boolean isStaff() {
        return staff;
    }

    public EventEditorViewModel editor() {
        return editor;
    }

    public ObjectProperty<EventType> typeFilterProperty() {
        return typeFilter;
    }

    public ObjectProperty<LocalDate> fromFilterProperty() {
        return fromFilter;
    }

    public ObjectProperty<LocalDate> toFilterProperty() {
        return toFilter;
    }

    /** The Past/Upcoming switch: true lists past events, most recent first. */
    public BooleanProperty pastProperty() {
        return past;
    }

    public ObjectProperty<Attendance> attendanceProperty() {
        return attendance;
    }

    public ObservableList<DirectoryEntry> memberMatches() {
        return memberMatches;
    }

    public StringProperty addAttendeeMessageProperty() {
        return addAttendeeMessage;
    }

    public ObservableList<EventView> items() {
        return items;
    }

    public ObjectProperty<EventView> selectedProperty() {
        return selected;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public BooleanProperty hasMoreProperty() {
        return hasMore;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public BooleanProperty editingProperty() {
        return editing;
    }

    public StringProperty errorMessageProperty() {
        return errorMessage;
    }

    public StringProperty detailMessageProperty() {
        return detailMessage;
    }

    public ObservableList<Registration> attendees() {
        return attendees;
    }

    public StringProperty attendeeSearchProperty() {
        return attendeeSearch;
    }

    public BooleanProperty attendeesHaveMoreProperty() {
        return attendeesHaveMore;
    }

    public ObservableList<KioskAssignment> kiosks() {
        return kiosks;
    }

    public ObjectBinding<EmptyState> emptyState() {
        return emptyState;
    }
}
