package org.smilefactory.ui.ai;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.smilefactory.core.api.ai.IndexStatus;
import org.smilefactory.core.api.ai.SuggestionQuery;
import org.smilefactory.core.api.ai.SuggestionSection;
import org.smilefactory.core.api.ai.SuggestionService;
import org.smilefactory.core.api.ai.Suggestions;
import org.smilefactory.core.api.profiles.DirectoryEntry;
import org.smilefactory.core.api.profiles.DirectoryQuery;
import org.smilefactory.core.api.profiles.ProfileService;
import org.smilefactory.ui.l10n.Localization;
import org.smilefactory.ui.util.BackgroundTask;
import org.smilefactory.ui.util.Errors;
import org.smilefactory.ui.util.TaskExecutor;

/**
 * The Suggestions area: the sections computed for the member (or, for staff, for the member picked),
 * with the index's progress while the hub is still being embedded.
 */
public final class SuggestionsViewModel {

    private final SuggestionService suggestions;
    private final ProfileService profiles;
    private final TaskExecutor executor;
    private final Localization l10n;
    private final boolean staff;
    private final ObservableList<SuggestionSection> sections = FXCollections.observableArrayList();
    private final ObservableList<DirectoryEntry> pickerResults = FXCollections.observableArrayList();
    private final ObjectProperty<DirectoryEntry> target = new SimpleObjectProperty<>();
    private final StringProperty pickerText = new SimpleStringProperty("");
    private final StringProperty heading = new SimpleStringProperty("");
    private final StringProperty notice = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty indexText = new SimpleStringProperty("");
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final BooleanProperty aiEnabled = new SimpleBooleanProperty(true);
    private final BooleanProperty loaded = new SimpleBooleanProperty();
    private long generation;

    public SuggestionsViewModel(SuggestionService suggestions, ProfileService profiles, TaskExecutor executor, Localization l10n,
                                boolean staff) {
        this.suggestions = suggestions;
        this.profiles = profiles;
        this.executor = executor;
        this.l10n = l10n;
        this.staff = staff;
        target.addListener((obs, old, now) -> refresh());
    }

    /** Computes the suggestions again (for the picked member when staff picked one). */
    public void refresh() {
        long mine = ++generation;
        DirectoryEntry who = target.get();
        UUID memberId = who == null ? null : who.memberId();
        error.set("");
        BackgroundTask.wrap(() -> {
                    Suggestions s = suggestions.suggest(new SuggestionQuery(memberId, Set.of(), SuggestionQuery.DEFAULT_LIMIT));
                    IndexStatus status = suggestions.indexStatus();
                    return new Object[] {s, status};
                })
                .onRunning(() -> loading.set(true))
                .onSuccess(result -> {
                    if (mine != generation) {
                        return;
                    }
                    Suggestions s = (Suggestions) result[0];
                    IndexStatus status = (IndexStatus) result[1];
                    aiEnabled.set(s.aiEnabled());
                    sections.setAll(s.sections());
                    notice.set(s.notice() == null ? "" : s.notice());
                    heading.set(memberId == null ? l10n.get("ai.suggestions.forYou") : l10n.format("ai.suggestions.forMember", s.memberName()));
                    indexText.set(status.pending() > 0
                            ? l10n.format("ai.suggestions.indexing", Math.round(status.progress() * 100), status.pending()) : "");
                    loaded.set(true);
                })
                .onFailure(e -> {
                    if (mine == generation) {
                        error.set(Errors.messageOf(e, l10n));
                    }
                })
                .onFinished(() -> {
                    if (mine == generation) {
                        loading.set(false);
                    }
                })
                .executeWith(executor);
    }

    /**
     * Asks the backend for the index status once at sign-in: that starts its embedding worker, so
     * profiles edited before anyone opens the AI screens are already embedded when they do. A
     * refusal (a kiosk account) or an unreachable server just means nothing starts early.
     */
    public void startIndexing() {
        BackgroundTask.wrap(suggestions::indexStatus)
                .onFailure(e -> org.slf4j.LoggerFactory.getLogger(SuggestionsViewModel.class)
                        .info("AI index not started at sign-in: {}", Errors.messageOf(e, l10n)))
                .executeWith(executor);
    }

    /** Staff: members whose name matches the picker text. */
    public void searchMembers() {
        String text = pickerText.get() == null ? "" : pickerText.get().strip();
        if (text.isEmpty()) {
            pickerResults.clear();
            return;
        }
        BackgroundTask.wrap(() -> profiles.directory(new DirectoryQuery(text, Set.of(), null, null, null, 8)).entries())
                .onSuccess(pickerResults::setAll)
                .onFailure(e -> error.set(Errors.messageOf(e, l10n)))
                .executeWith(executor);
    }

    public void pick(DirectoryEntry entry) {
        pickerResults.clear();
        target.set(entry);
    }

    /** Back to the signed-in member's own suggestions. */
    public void pickMe() {
        pickerResults.clear();
        pickerText.set("");
        if (target.get() == null) {
            refresh();
        } else {
            target.set(null);
        }
    }

    public boolean isStaff() {
        return staff;
    }

    public ObservableList<SuggestionSection> sections() {
        return sections;
    }

    public ObservableList<DirectoryEntry> pickerResults() {
        return pickerResults;
    }

    public StringProperty pickerTextProperty() {
        return pickerText;
    }

    public StringProperty headingProperty() {
        return heading;
    }

    public StringProperty noticeProperty() {
        return notice;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public StringProperty indexTextProperty() {
        return indexText;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    public ReadOnlyBooleanProperty aiEnabledProperty() {
        return aiEnabled;
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded;
    }

    static List<String> bullets(List<String> reasons) {
        return reasons.stream().map(r -> "• " + Character.toUpperCase(r.charAt(0)) + r.substring(1)).toList();
    }
}
