package org.smilefactory.ui.profiles;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
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
import org.smilefactory.core.api.profiles.DirectoryEntry;
import org.smilefactory.core.api.profiles.DirectoryPage;
import org.smilefactory.core.api.profiles.DirectoryQuery;
import org.smilefactory.core.api.profiles.ProfileService;
import org.smilefactory.core.api.profiles.ProfileType;
import org.smilefactory.ui.l10n.Localization;
import org.smilefactory.ui.util.BackgroundTask;
import org.smilefactory.ui.util.Errors;
import org.smilefactory.ui.util.TaskExecutor;
import org.smilefactory.ui.util.TaskHandle;

/**
 * The member directory: search text and filters (debounced, so typing a name sends one query, not one
 * per key), keyset paging with "Load more", and the empty states. Results of an older query that
 * arrive after a newer one was sent are dropped, so the list always matches the filters on screen.
 */
public final class DirectoryViewModel {

    public static final Duration DEBOUNCE = Duration.ofMillis(250);

    /** What the list area shows when there is nothing to list. */
    public enum EmptyState {
        NONE, NO_MATCH, NO_MEMBERS
    }

    private final ProfileService profiles;
    private final TaskExecutor executor;
    private final Localization l10n;
    private final boolean staff;

    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObjectProperty<ProfileType> typeFilter = new SimpleObjectProperty<>();
    private final StringProperty locationFilter = new SimpleStringProperty("");
    private final StringProperty focusFilter = new SimpleStringProperty("");
    private final ObservableList<DirectoryEntry> entries = FXCollections.observableArrayList();
    private final ObjectProperty<DirectoryEntry> selected = new SimpleObjectProperty<>();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final BooleanProperty loadingMore = new SimpleBooleanProperty();
    private final BooleanProperty hasMore = new SimpleBooleanProperty();
    private final StringProperty errorMessage = new SimpleStringProperty("");
    private final BooleanProperty everLoaded = new SimpleBooleanProperty();
    private final ObjectBinding<EmptyState> emptyState;
    private final StringBinding emptyTitle;
    private final StringBinding emptyDescription;

    private DirectoryQuery currentQuery = DirectoryQuery.firstPage();
    private String nextCursor;
    private long generation;
    private TaskHandle pendingSearch = TaskHandle.NONE;

    public DirectoryViewModel(ProfileService profiles, TaskExecutor executor, Localization l10n, boolean staff) {
        this.profiles = Objects.requireNonNull(profiles);
        this.executor = Objects.requireNonNull(executor);
        this.l10n = Objects.requireNonNull(l10n);
        this.staff = staff;
        searchText.addListener((obs, old, now) -> scheduleSearch());
        locationFilter.addListener((obs, old, now) -> scheduleSearch());
        focusFilter.addListener((obs, old, now) -> scheduleSearch());
        // A choice from a list is deliberate: no need to wait for more typing.
        typeFilter.addListener((obs, old, now) -> refresh());
        emptyState = Bindings.createObjectBinding(() -> {
            if (!entries.isEmpty() || !everLoaded.get() || !errorMessage.get().isEmpty()) {
                return EmptyState.NONE;
            }
            return filtersActive() ? EmptyState.NO_MATCH : EmptyState.NO_MEMBERS;
        }, entries, everLoaded, errorMessage, searchText, typeFilter, locationFilter, focusFilter);
        emptyTitle = Bindings.createStringBinding(() -> switch (emptyState.get()) {
            case NO_MATCH -> l10n.get("directory.empty.noMatch.title");
            case NO_MEMBERS -> l10n.get("directory.empty.noMembers.title");
            case NONE -> "";
        }, emptyState);
        emptyDescription = Bindings.createStringBinding(() -> switch (emptyState.get()) {
            case NO_MATCH -> l10n.get("directory.empty.noMatch.description");
            case NO_MEMBERS -> l10n.get(staff ? "directory.empty.noMembers.staff" : "directory.empty.noMembers.member");
            case NONE -> "";
        }, emptyState);
    }

    private void scheduleSearch() {
        pendingSearch.cancel();
        pendingSearch = executor.schedule(DEBOUNCE, this::refresh);
    }

    /** Loads the first page for the current filters (replacing the list). */
    public void refresh() {
        pendingSearch.cancel();
        currentQuery = new DirectoryQuery(blankToNull(searchText.get()),
                typeFilter.get() == null ? Set.of() : Set.of(typeFilter.get()),
                blankToNull(locationFilter.get()), blankToNull(focusFilter.get()), null, DirectoryQuery.DEFAULT_LIMIT);
        long mine = ++generation;
        DirectoryQuery query = currentQuery;
        errorMessage.set("");
        BackgroundTask.wrap(() -> profiles.directory(query))
                .onRunning(() -> loading.set(true))
                .onSuccess(page -> {
                    if (mine == generation) {
                        DirectoryEntry keep = selected.get();
                        entries.setAll(page.entries());
                        nextCursor = page.nextCursor();
                        hasMore.set(page.hasMore());
                        everLoaded.set(true);
                        if (keep != null) {
                            selected.set(entries.stream().filter(e -> e.memberId().equals(keep.memberId()))
                                    .findFirst().orElse(null));
                        }
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

    /** Appends the next page (keyset paging with the backend's opaque cursor). */
    public void loadMore() {
        if (nextCursor == null || loading.get() || loadingMore.get()) {
            return;
        }
        long mine = generation;
        DirectoryQuery query = currentQuery.withCursor(nextCursor);
        BackgroundTask.wrap(() -> profiles.directory(query))
                .onRunning(() -> loadingMore.set(true))
                .onSuccess((DirectoryPage page) -> {
                    if (mine == generation) {
                        entries.addAll(page.entries());
                        nextCursor = page.nextCursor();
                        hasMore.set(page.hasMore());
                    }
                })
                .onFailure(error -> errorMessage.set(Errors.messageOf(error, l10n)))
                .onFinished(() -> loadingMore.set(false))
                .executeWith(executor);
    }

    public void clearFilters() {
        pendingSearch.cancel();
        // Set quietly-ish: each setter schedules a search; the refresh below supersedes them all.
        searchText.set("");
        locationFilter.set("");
        focusFilter.set("");
        typeFilter.set(null);
        refresh();
    }

    public boolean filtersActive() {
        return !isBlank(searchText.get()) || typeFilter.get() != null
                || !isBlank(locationFilter.get()) || !isBlank(focusFilter.get());
    }

    public ObjectBinding<EmptyState> emptyState() {
        return emptyState;
    }

    public StringBinding emptyTitle() {
        return emptyTitle;
    }

    public StringBinding emptyDescription() {
        return emptyDescription;
    }

    public StringBinding countText() {
        return Bindings.createStringBinding(() -> entries.isEmpty() ? ""
                : l10n.format(hasMore.get() ? "directory.count.more" : "directory.count", entries.size()),
                entries, hasMore);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static String blankToNull(String value) {
        return isBlank(value) ? null : value.trim();
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ObjectProperty<ProfileType> typeFilterProperty() {
        return typeFilter;
    }

    public StringProperty locationFilterProperty() {
        return locationFilter;
    }

    public StringProperty focusFilterProperty() {
        return focusFilter;
    }

    public ObservableList<DirectoryEntry> entries() {
        return entries;
    }

    public ObjectProperty<DirectoryEntry> selectedProperty() {
        return selected;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    public ReadOnlyBooleanProperty loadingMoreProperty() {
        return loadingMore;
    }

    public ReadOnlyBooleanProperty hasMoreProperty() {
        return hasMore;
    }

    public ReadOnlyStringProperty errorMessageProperty() {
        return errorMessage;
    }

    public BooleanBinding canLoadMore() {
        return hasMore.and(loading.not()).and(loadingMore.not());
    }
}
