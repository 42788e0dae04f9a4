package org.smilefactory.ui.moderation;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Locale;
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
import org.smilefactory.ui.sync.ChangeDiff;
import org.smilefactory.ui.util.BackgroundTask;
import org.smilefactory.ui.util.Errors;
import org.smilefactory.ui.util.TaskExecutor;

/**
 * The audit log viewer: newest first, filtered by who acted (any actor seen so far), action (prefix),
 * entity type and a date range in the hub's time zone, paged with "Load more"; the selected entry's
 * before/after as fields in words; the filtered log exported as CSV.
 */
public final class AuditLogViewModel {

    /** An actor to filter by; {@code id} null means anyone. */
    public record Actor(UUID id, String name) {
    }

    public static final Actor ANYONE = new Actor(null, null);

    /** Most rows one export writes: far more than a hub's year, and a bound on memory. */
    static final int MAX_EXPORT = 100_000;

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
    private final ObjectProperty<AuditEntry> selected = new SimpleObjectProperty<>();
    private final ObservableList<ChangeDiff.Field> changes = FXCollections.observableArrayList();
    private final BooleanProperty exporting = new SimpleBooleanProperty();
    private final StringProperty exportMessage = new SimpleStringProperty("");
    private final AuditText text;
    private final DateTimeFormatter csvTime;
    private String nextCursor;
    private long generation;

    public AuditLogViewModel(ModerationService moderation, TaskExecutor executor, Localization l10n, ZoneId zone) {
        this.moderation = Objects.requireNonNull(moderation);
        this.executor = Objects.requireNonNull(executor);
        this.l10n = Objects.requireNonNull(l10n);
        this.zone = Objects.requireNonNull(zone);
        this.text = new AuditText(l10n);
        this.csvTime = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT).withZone(zone);
        selected.addListener((obs, old, now) -> changes.setAll(now == null ? List.of() : text.changes(now)));
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

    /** The query of the filters as they stand. */
    private AuditQuery query(String cursor, int limit) {
        Actor who = actor.get() == null ? ANYONE : actor.get();
        // the "to" day is included: the query's end is exclusive, so the next midnight
        return new AuditQuery(who.id(), blankToNull(action.get()), blankToNull(entityType.get()),
                from.get() == null ? null : from.get().atStartOfDay(zone).toInstant(),
                to.get() == null ? null : to.get().plusDays(1).atStartOfDay(zone).toInstant(), cursor, limit);
    }

    /**
     * Writes every entry the filters match (not only the pages loaded) to {@code file} as CSV, in the
     * background; {@link #exportMessageProperty()} says how many, or the error.
     */
    public void exportCsv(Path file) {
        AuditQuery first = query(null, AuditQuery.MAX_LIMIT);
        exportMessage.set("");
        BackgroundTask.wrap(() -> {
                    List<AuditEntry> all = new ArrayList<>();
                    AuditPage page = moderation.auditLog(first);
                    all.addAll(page.entries());
                    while (page.hasMore() && all.size() < MAX_EXPORT) {
                        page = moderation.auditLog(first.withCursor(page.nextCursor()));
                        all.addAll(page.entries());
                    }
                    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                        AuditCsv.write(out, all, text, csvTime, l10n.get("audit.actor.unknown"));
                    }
                    return all.size();
                })
                .onRunning(() -> exporting.set(true))
                .onSuccess((Integer n) -> exportMessage.set(l10n.format("audit.exported", n, file.getFileName().toString())))
                .onFailure(error -> exportMessage.set(l10n.format("audit.exportFailed", Errors.messageOf(error, l10n))))
                .onFinished(() -> exporting.set(false))
                .executeWith(executor);
    }

    private void load(String cursor) {
        long mine = ++generation;
        AuditQuery query = query(cursor, 0);
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

    /** The entry whose fields are shown, old against new. */
    public ObjectProperty<AuditEntry> selectedProperty() {
        return selected;
    }

    /** The selected entry's changed fields, named and valued in words. */
    public ObservableList<ChangeDiff.Field> changes() {
        return changes;
    }

    public AuditText text() {
        return text;
    }

    public ReadOnlyBooleanProperty exportingProperty() {
        return exporting;
    }

    public ReadOnlyStringProperty exportMessageProperty() {
        return exportMessage;
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
