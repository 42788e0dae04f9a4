package org.smilefactory.ui.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.smilefactory.core.api.ValidationException;
import org.smilefactory.core.api.Violation;
import org.smilefactory.core.api.events.EventService;
import org.smilefactory.core.api.events.EventType;
import org.smilefactory.core.api.events.EventView;
import org.smilefactory.core.api.events.SaveEvent;
import org.smilefactory.ui.l10n.Localization;
import org.smilefactory.ui.util.BackgroundTask;
import org.smilefactory.ui.util.Errors;
import org.smilefactory.ui.util.FieldErrors;
import org.smilefactory.ui.util.TaskExecutor;

/**
 * The create/edit form of an event. What the form itself can tell (a time that is not a time, a
 * capacity that is not a number) is marked before anything is sent; everything else comes back from
 * the backend as violations and lands next to the same fields.
 */
public final class EventEditorViewModel {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");
    static final List<String> FIELDS = List.of("title", "description", "type", "start", "end", "timeZone", "location",
            "virtualMeetingUrl", "capacity", "registrationDeadline", "price", "currency", "tags");

    private final EventService events;
    private final TaskExecutor executor;
    private final Localization l10n;
    private final Consumer<EventView> onSaved;

    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty description = new SimpleStringProperty("");
    private final ObjectProperty<EventType> type = new SimpleObjectProperty<>(EventType.MEETUP);
    private final ObjectProperty<LocalDate> startDate = new SimpleObjectProperty<>();
    private final StringProperty startTime = new SimpleStringProperty("09:00");
    private final ObjectProperty<LocalDate> endDate = new SimpleObjectProperty<>();
    private final StringProperty endTime = new SimpleStringProperty("17:00");
    private final StringProperty timeZone = new SimpleStringProperty("");
    private final StringProperty location = new SimpleStringProperty("");
    private final StringProperty url = new SimpleStringProperty("");
    private final BooleanProperty online = new SimpleBooleanProperty();
    private final StringProperty capacity = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> deadlineDate = new SimpleObjectProperty<>();
    private final StringProperty deadlineTime = new SimpleStringProperty("");
    private final StringProperty price = new SimpleStringProperty("0");
    private final StringProperty currency = new SimpleStringProperty("USD");
    private final StringProperty tags = new SimpleStringProperty("");
    private final StringProperty formError = new SimpleStringProperty("");
    private final BooleanProperty saving = new SimpleBooleanProperty();
    private final FieldErrors errors = new FieldErrors(FIELDS.toArray(String[]::new));

    private UUID eventId;
    private long version;

    public EventEditorViewModel(EventService events, TaskExecutor executor, Localization l10n, Consumer<EventView> onSaved) {
        this.events = Objects.requireNonNull(events);
        this.executor = Objects.requireNonNull(executor);
        this.l10n = Objects.requireNonNull(l10n);
        this.onSaved = Objects.requireNonNull(onSaved);
        errors.clearOnChange(title, "title");
        errors.clearOnChange(description, "description");
        errors.clearOnChange(type, "type");
        errors.clearOnChange(startDate, "start");
        errors.clearOnChange(startTime, "start");
        errors.clearOnChange(endDate, "end");
        errors.clearOnChange(endTime, "end");
        errors.clearOnChange(timeZone, "timeZone");
        errors.clearOnChange(location, "location");
        errors.clearOnChange(url, "virtualMeetingUrl");
        errors.clearOnChange(capacity, "capacity");
        errors.clearOnChange(deadlineDate, "registrationDeadline");
        errors.clearOnChange(deadlineTime, "registrationDeadline");
        errors.clearOnChange(price, "price");
        errors.clearOnChange(currency, "currency");
        errors.clearOnChange(tags, "tags");
    }

    /** An empty form for a new event, starting a week from today in the hub's time zone. */
    public void startNew(String defaultZone, LocalDate today) {
        eventId = null;
        version = 0;
        title.set("");
        description.set("");
        type.set(EventType.MEETUP);
        startDate.set(today.plusWeeks(1));
        startTime.set("09:00");
        endDate.set(today.plusWeeks(1));
        endTime.set("17:00");
        timeZone.set(defaultZone == null || defaultZone.isBlank() ? "Africa/Harare" : defaultZone);
        location.set("");
        url.set("");
        online.set(false);
        capacity.set("");
        deadlineDate.set(null);
        deadlineTime.set("");
        price.set("0");
        currency.set("USD");
        tags.set("");
        errors.clear();
        formError.set("");
    }

    /** The form filled with an event, to edit it at its current version. */
    public void edit(EventView e) {
        eventId = e.id();
        version = e.version();
        title.set(e.title());
        description.set(e.description() == null ? "" : e.description());
        type.set(e.type());
        LocalDateTime start = e.localStart();
        LocalDateTime end = e.localEnd();
        startDate.set(start.toLocalDate());
        startTime.set(TIME.format(start));
        endDate.set(end.toLocalDate());
        endTime.set(TIME.format(end));
        timeZone.set(e.timeZone());
        location.set(e.location() == null ? "" : e.location());
        url.set(e.virtualMeetingUrl() == null ? "" : e.virtualMeetingUrl());
        online.set(e.online());
        capacity.set(e.capacity() == null ? "" : e.capacity().toString());
        if (e.registrationDeadline() != null) {
            LocalDateTime deadline = LocalDateTime.ofInstant(e.registrationDeadline(), java.time.ZoneId.of(e.timeZone()));
            deadlineDate.set(deadline.toLocalDate());
            deadlineTime.set(TIME.format(deadline));
        } else {
            deadlineDate.set(null);
            deadlineTime.set("");
        }
        price.set(e.price() == null ? "0" : e.price().toPlainString());
        currency.set(e.currency());
        tags.set(String.join(", ", e.tags()));
        errors.clear();
        formError.set("");
    }

    public boolean isNew() {
        return eventId == null;
    }

    /** Checks what the form can, then saves; violations from the backend land next to their fields. */
    public void save() {
        errors.clear();
        formError.set("");
        LocalDateTime start = dateTime(startDate.get(), startTime.get(), "start", true);
        LocalDateTime end = dateTime(endDate.get(), endTime.get(), "end", true);
        LocalDateTime deadline = dateTime(deadlineDate.get(), deadlineTime.get(), "registrationDeadline", false);
        Integer cap = null;
        if (!blank(capacity.get())) {
            try {
                cap = Integer.valueOf(capacity.get().trim());
            } catch (NumberFormatException e) {
                errors.set("capacity", l10n.get("events.editor.invalidNumber"));
            }
        }
        BigDecimal amount = BigDecimal.ZERO;
        if (!blank(price.get())) {
            try {
                amount = new BigDecimal(price.get().trim());
            } catch (NumberFormatException e) {
                errors.set("price", l10n.get("events.editor.invalidPrice"));
            }
        }
        if (errors.hasAny()) {
            return;
        }
        List<String> tagList = blank(tags.get()) ? List.of()
                : Arrays.stream(tags.get().split(",")).map(String::trim).filter(t -> !t.isEmpty()).toList();
        SaveEvent command = new SaveEvent(eventId, version, title.get(), blankToNull(description.get()), type.get(),
                start, end, blankToNull(timeZone.get()), blankToNull(location.get()), blankToNull(url.get()), online.get(),
                cap, deadline, amount, blank(currency.get()) ? null : currency.get().trim().toUpperCase(java.util.Locale.ROOT),
                tagList);
        BackgroundTask.wrap(() -> events.save(command))
                .onRunning(() -> saving.set(true))
                .onSuccess(saved -> {
                    eventId = saved.id();
                    version = saved.version();
                    onSaved.accept(saved);
                })
                .onFailure(error -> {
                    Throwable cause = Errors.unwrap(error);
                    if (cause instanceof ValidationException v) {
                        List<Violation> unplaced = errors.apply(v);
                        if (!unplaced.isEmpty()) {
                            formError.set(unplaced.get(0).message());
                        }
                    } else {
                        formError.set(Errors.messageOf(error, l10n));
                    }
                })
                .onFinished(() -> saving.set(false))
                .executeWith(executor);
    }

    private LocalDateTime dateTime(LocalDate date, String time, String field, boolean required) {
        if (date == null) {
            if (required || !blank(time)) {
                errors.set(field, l10n.get("events.editor.dateRequired"));
            }
            return null;
        }
        if (blank(time)) {
            return date.atStartOfDay();
        }
        try {
            return date.atTime(LocalTime.parse(time.trim(), TIME));
        } catch (DateTimeParseException e) {
            errors.set(field, l10n.get("events.editor.invalidTime"));
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String blankToNull(String s) {
        return blank(s) ? null : s.trim();
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public ObjectProperty<EventType> typeProperty() {
        return type;
    }

    public ObjectProperty<LocalDate> startDateProperty() {
        return startDate;
    }

    public StringProperty startTimeProperty() {
        return startTime;
    }

    public ObjectProperty<LocalDate> endDateProperty() {
        return endDate;
    }

    public StringProperty endTimeProperty() {
        return endTime;
    }

    public StringProperty timeZoneProperty() {
        return timeZone;
    }

    public StringProperty locationProperty() {
        return location;
    }

    public StringProperty urlProperty() {
        return url;
    }

    public BooleanProperty onlineProperty() {
        return online;
    }

    public StringProperty capacityProperty() {
        return capacity;
    }

    public ObjectProperty<LocalDate> deadlineDateProperty() {
        return deadlineDate;
    }

    public StringProperty deadlineTimeProperty() {
        return deadlineTime;
    }

    public StringProperty priceProperty() {
        return price;
    }

    public StringProperty currencyProperty() {
        return currency;
    }

    public StringProperty tagsProperty() {
        return tags;
    }

    public StringProperty formErrorProperty() {
        return formError;
    }

    public BooleanProperty savingProperty() {
        return saving;
    }

    public FieldErrors errors() {
        return errors;
    }
}
