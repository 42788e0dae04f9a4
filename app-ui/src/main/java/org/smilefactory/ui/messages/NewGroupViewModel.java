package org.smilefactory.ui.messages;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.transformation.FilteredList;
import org.smilefactory.core.api.ValidationException;
import org.smilefactory.core.api.Violation;
import org.smilefactory.core.api.messaging.MessagingService;
import org.smilefactory.core.api.messaging.NewGroupConversation;
import org.smilefactory.core.api.social.ConnectionView;
import org.smilefactory.ui.l10n.Localization;
import org.smilefactory.ui.util.BackgroundTask;
import org.smilefactory.ui.util.Errors;
import org.smilefactory.ui.util.FieldErrors;
import org.smilefactory.ui.util.TaskExecutor;

/**
 * The "New group conversation" form: a title and the connections to bring in, found by name. The
 * backend checks both; its violations land next to the title or the member list, anything else in
 * the form's banner, and the form stays open with everything typed until the group exists. Then
 * {@code onCreated} opens it.
 */
public final class NewGroupViewModel {

    private final MessagingService messaging;
    private final TaskExecutor executor;
    private final Localization l10n;
    private final Consumer<UUID> onCreated;

    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty filter = new SimpleStringProperty("");
    private final FilteredList<ConnectionView> candidates;
    private final ObservableSet<UUID> chosen = FXCollections.observableSet(new LinkedHashSet<>());
    private final StringBinding chosenText;
    private final FieldErrors errors = new FieldErrors("title", "memberIds");
    private final StringProperty banner = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty done = new SimpleBooleanProperty();

    /**
     * @param connections the member's connections (kept up to date by the Connections panel)
     * @param onCreated   what to do with the new conversation's id, on the FX thread
     */
    public NewGroupViewModel(MessagingService messaging, ObservableList<ConnectionView> connections, TaskExecutor executor,
                             Localization l10n, Consumer<UUID> onCreated) {
        this.messaging = Objects.requireNonNull(messaging);
        this.executor = Objects.requireNonNull(executor);
        this.l10n = Objects.requireNonNull(l10n);
        this.onCreated = Objects.requireNonNull(onCreated);
        this.candidates = new FilteredList<>(Objects.requireNonNull(connections));
        filter.addListener((obs, old, text) -> {
            String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
            candidates.setPredicate(needle.isEmpty() ? null
                    : c -> c.memberName() != null && c.memberName().toLowerCase(Locale.ROOT).contains(needle));
        });
        chosenText = Bindings.createStringBinding(() -> l10n.format("messages.group.chosen", chosen.size()), chosen);
        errors.clearOnChange(title, "title");
        chosen.addListener((javafx.collections.SetChangeListener<UUID>) c -> errors.set("memberIds", ""));
    }

    public void setChosen(ConnectionView connection, boolean selected) {
        if (selected) {
            chosen.add(connection.memberId());
        } else {
            chosen.remove(connection.memberId());
        }
    }

    public boolean isChosen(ConnectionView connection) {
        return chosen.contains(connection.memberId());
    }

    /** Creates the group with the chosen members, in the order they were picked. */
    public void create() {
        if (busy.get() || done.get()) {
            return;
        }
        errors.clear();
        banner.set("");
        NewGroupConversation command = new NewGroupConversation(title.get(), List.copyOf(chosen));
        BackgroundTask.wrap(() -> messaging.createGroup(command))
                .onRunning(() -> busy.set(true))
                .onSuccess(view -> {
                    done.set(true);
                    onCreated.accept(view.id());
                })
                .onFailure(error -> {
                    Throwable cause = Errors.unwrap(error);
                    if (cause instanceof ValidationException v) {
                        List<Violation> rest = errors.apply(v);
                        if (!rest.isEmpty()) {
                            banner.set(rest.get(0).message());
                        }
                    } else {
                        banner.set(Errors.messageOf(error, l10n));
                    }
                })
                .onFinished(() -> busy.set(false))
                .executeWith(executor);
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    /** The connections whose name matches the filter. */
    public ObservableList<ConnectionView> candidates() {
        return candidates;
    }

    public ObservableSet<UUID> chosen() {
        return chosen;
    }

    /** "3 members chosen" or a hint to choose some. */
    public StringBinding chosenTextProperty() {
        return chosenText;
    }

    public FieldErrors errors() {
        return errors;
    }

    public ReadOnlyStringProperty bannerProperty() {
        return banner;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyBooleanProperty doneProperty() {
        return done;
    }
}
