package org.smilefactory.ui.moderation;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.smilefactory.core.api.ValidationException;
import org.smilefactory.core.api.moderation.AuditEntry;
import org.smilefactory.core.api.moderation.AuditPage;
import org.smilefactory.core.api.moderation.AuditQuery;
import org.smilefactory.core.api.moderation.ModerationService;
import org.smilefactory.ui.l10n.Localization;
import org.smilefactory.ui.util.BackgroundTask;
import org.smilefactory.ui.util.Errors;
import org.smilefactory.ui.util.TaskExecutor;

/**
 * The audit log viewer: newest first, filtered by who acted (any actor seen so far), action (prefix),
 * entity type and a date range in the hub's time zone, paged with "Load more".
 */
public final class AuditLogViewModel {

    /** An actor to filter by; {@code id} null means anyone. */
    public record Actor(UUID id, String name) {
    }

    public static final Actor ANYONE = new Actor(null, null);

    private final ModerationService moderation;
    private final TaskExecutor executor;
    private final Localization l10n;
    private final ZoneId zone;

    private final ObjectProperty<Actor> actor = new SimpleObjectProperty<>(ANYONE);
    private final StringProperty action = new SimpleStringProperty("");
    private final StringProperty entityType = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObservableList<AuditEntry> entries = FXCollections.observableArrayList();
    private final ObservableList<Actor> actors = FXCollections.observableArrayList(ANYONE);
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final BooleanProperty hasMore = new SimpleBooleanProperty();
    private final StringProperty errorMessage = new SimpleStringProperty("");
    private String nextCursor;
    private long generation;

    public AuditLogViewModel(ModerationService moderation, TaskExecutor executor, Localization l10n, ZoneId zone) {
        this.moderation = Objects.requireNonNull(moderation);
        this.executor = Objects.requireNonNull(executor);
        this.l10n = Objects.requireNonNull(l10n);
        this.zone = Objects.requireNonNull(zone);
        actor.addListener((obs, old, now) -> refresh());
        from.addListener((obs, old, now) -> refresh());
        to.addListener((obs, old, now) -> refresh());
    }

    public void refresh() {
        load(null);
    }

    public void loadMore() {
        if (nextCursor != null) {
            load(nextCursor);
        }
    }

    private void load(String cursor) {
        long mine = ++generation;
        Actor who = actor.get() == null ? ANYONE : actor.get();
        // the "to" day is included: the query's end is exclusive, so the next midnight
        AuditQuery query = new AuditQuery(who.id(), blankToNull(action.get()), blankToNull(entityType.get()),
                from.get() == null ? null : from.get().atStartOfDay(zone).toInstant(),
                to.get() == null ? null : to.get().plusDays(1).atStartOfDay(zone).toInstant(), cursor, 0);
        errorMessage.set("");
        BackgroundTask.wrap(() -> moderation.auditLog(query))
                .onRunning(() -> loading.set(true))
                .onSuccess((AuditPage page) -> {
                    if (mine != generation) {
                        return;
                    }
                    if (cursor == null) {
                        entries.setAll(page.entries());
                    } else {
                        entries.addAll(page.entries());
                    }
                    rememberActors(page.entries());
                    nextCursor = page.nextCursor();
                    hasMore.set(page.hasMore());
                })
                .onFailure(error -> {
                    if (mine == generation) {
                        Throwable cause = Errors.unwrap(error);
                        errorMessage.set(cause instanceof ValidationException v && !v.violations().isEmpty()
                                ? v.violations().get(0).message() : Errors.messageOf(error, l10n));
                    }
                })
                .onFinished(() -> {
                    if (mine == generation) {
                        loading.set(false);
                    }
                })
                .executeWith(executor);
    }

    private void rememberActors(List<AuditEntry> page) {
        for (AuditEntry e : page) {
            if (e.actorId() != null && actors.stream().noneMatch(a -> e.actorId().equals(a.id()))) {
                actors.add(new Actor(e.actorId(), e.actorName()));
            }
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public ObjectProperty<Actor> actorProperty() {
        return actor;
    }

    public StringProperty actionProperty() {
        return action;
    }

    public StringProperty entityTypeProperty() {
        return entityType;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObservableList<AuditEntry> entries() {
        return entries;
    }

    public ObservableList<Actor> actors() {
        return actors;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    public ReadOnlyBooleanProperty hasMoreProperty() {
        return hasMore;
    }

    public ReadOnlyStringProperty errorMessageProperty() {
        return errorMessage;
    }
}
