package org.smilefactory.ui.search;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.smilefactory.core.api.ValidationException;
import org.smilefactory.core.api.search.SearchGroup;
import org.smilefactory.core.api.search.SearchHit;
import org.smilefactory.core.api.search.SearchKind;
import org.smilefactory.core.api.search.SearchQuery;
import org.smilefactory.core.api.search.SearchResults;
import org.smilefactory.core.api.search.SearchService;
import org.smilefactory.ui.l10n.Localization;
import org.smilefactory.ui.shell.Navigator;
import org.smilefactory.ui.util.BackgroundTask;
import org.smilefactory.ui.util.Errors;
import org.smilefactory.ui.util.TaskExecutor;
import org.smilefactory.ui.util.TaskHandle;

/**
 * The top bar's search: searches as the member types (debounced, off the FX thread; answers to
 * older text are dropped), lists the hits grouped by kind with a heading per kind, and moves a
 * highlight over the hits only (headings are skipped) for Up/Down/Enter.
 */
public final class SearchViewModel {

    public static final Duration DEBOUNCE = Duration.ofMillis(250);

    /** One line of the result list: a heading (hit null) or a hit. */
    public record Row(SearchKind kind, SearchHit hit) {
        public boolean isHeading() {
            return hit == null;
        }
    }

    private final SearchService search;
    private final TaskExecutor executor;
    private final Localization l10n;
    private final Navigator navigator;

    private final StringProperty text = new SimpleStringProperty("");
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final IntegerProperty highlighted = new SimpleIntegerProperty(-1);
    private final BooleanProperty open = new SimpleBooleanProperty();
    private final BooleanProperty searching = new SimpleBooleanProperty();
    private final StringProperty message = new SimpleStringProperty("");
    private final ObjectProperty<SearchHit> detail = new SimpleObjectProperty<>();

    private TaskHandle pending = TaskHandle.NONE;
    private long generation;

    public SearchViewModel(SearchService search, TaskExecutor executor, Localization l10n, Navigator navigator) {
        this.search = Objects.requireNonNull(search);
        this.executor = Objects.requireNonNull(executor);
        this.l10n = Objects.requireNonNull(l10n);
        this.navigator = Objects.requireNonNull(navigator);
        text.addListener((obs, old, now) -> schedule());
    }

    private void schedule() {
        pending.cancel();
        generation++;
        String t = text.get() == null ? "" : text.get().strip();
        if (t.length() < SearchQuery.MIN_LENGTH) {
            rows.clear();
            highlighted.set(-1);
            message.set("");
            searching.set(false);
            open.set(false);
            return;
        }
        pending = executor.schedule(DEBOUNCE, this::runNow);
    }

    /** Searches for the current text at once (Enter before the pause, and tests). */
    public void runNow() {
        pending.cancel();
        String t = text.get() == null ? "" : text.get().strip();
        if (t.length() < SearchQuery.MIN_LENGTH) {
            return;
        }
        long mine = ++generation;
        BackgroundTask.wrap(() -> search.search(SearchQuery.of(t)))
                .onRunning(() -> searching.set(true))
                .onSuccess(results -> {
                    if (mine == generation) {
                        show(results);
                    }
                })
                .onFailure(error -> {
                    if (mine == generation) {
                        rows.clear();
                        highlighted.set(-1);
                        Throwable cause = Errors.unwrap(error);
                        message.set(cause instanceof ValidationException v && !v.violations().isEmpty()
                                ? v.violations().get(0).message() : Errors.messageOf(error, l10n));
                        open.set(true);
                    }
                })
                .onFinished(() -> {
                    if (mine == generation) {
                        searching.set(false);
                    }
                })
                .executeWith(executor);
    }

    private void show(SearchResults results) {
        List<Row> list = new ArrayList<>();
        for (SearchGroup group : results.groups()) {
            list.add(new Row(group.kind(), null));
            group.hits().forEach(h -> list.add(new Row(group.kind(), h)));
        }
        rows.setAll(list);
        message.set(list.isEmpty() ? l10n.format("search.noResults", results.text()) : "");
        highlighted.set(list.isEmpty() ? -1 : 1);
        open.set(true);
    }

    /** Down (+1) or Up (-1) to the next hit, skipping headings, stopping at the ends. */
    public void move(int step) {
        int i = highlighted.get();
        for (int next = i + step; next >= 0 && next < rows.size(); next += step) {
            if (!rows.get(next).isHeading()) {
                highlighted.set(next);
                return;
            }
        }
    }

    /** Enter: opens the highlighted hit. */
    public void openHighlighted() {
        int i = highlighted.get();
        if (i >= 0 && i < rows.size() && !rows.get(i).isHeading()) {
            open(rows.get(i).hit());
        }
    }

    /**
     * Opens a hit in its area; kinds whose area does not exist yet show the hit itself in a popover
     * (see {@link #detailProperty()}).
     */
    public void open(SearchHit hit) {
        if (hit == null) {
            return;
        }
        boolean shown;
        switch (hit.kind()) {
            case MEMBER:
                shown = navigator.openMember(hit.id());
                break;
            case POST:
                shown = navigator.openPost(hit.id());
                break;
            case EVENT:
                shown = navigator.openEvent(hit.id());
                break;
            case GROUP:
                shown = navigator.openGroup(hit.id());
                break;
            case LISTING:
                shown = navigator.openListing(hit.id());
                break;
            default:
                shown = false;
        }
        open.set(false);
        detail.set(shown ? null : hit);
    }

    /** Escape: closes the results, keeps the text. */
    public void close() {
        open.set(false);
        detail.set(null);
    }

    public String kindLabel(SearchKind kind) {
        return l10n.label(kind);
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public IntegerProperty highlightedProperty() {
        return highlighted;
    }

    public BooleanProperty openProperty() {
        return open;
    }

    public ReadOnlyBooleanProperty searchingProperty() {
        return searching;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ObjectProperty<SearchHit> detailProperty() {
        return detail;
    }
}
