package org.smilefactory.ui.messages;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
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
import org.smilefactory.core.api.messaging.ConversationView;
import org.smilefactory.core.api.messaging.MessagingService;
import org.smilefactory.core.api.messaging.NewGroupConversation;
import org.smilefactory.core.api.messaging.Participant;
import org.smilefactory.core.api.social.ConnectionView;
import org.smilefactory.ui.l10n.Localization;
import org.smilefactory.ui.util.BackgroundTask;
import org.smilefactory.ui.util.Errors;
import org.smilefactory.ui.util.FieldErrors;
import org.smilefactory.ui.util.TaskExecutor;

/**
 * The group conversation form, in two modes: a new group (a name and the connections to bring in),
 * or more people for an existing group (its creator's choice; those already in it are not offered).
 * Connections are found by name. The backend checks everything; its violations land next to the name
 * or the member list, anything else in the form's banner, and the form stays open with everything
 * typed until the backend has taken it. Then {@code onDone} opens the conversation.
 */
public final class GroupFormViewModel {

    private final MessagingService messaging;
    private final TaskExecutor executor;
    private final Localization l10n;
    private final Consumer<UUID> onDone;
    /** The group people are added to; null for a new group. */
    private final ConversationView existing;

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
     * A new group.
     *
     * @param connections the member's connections (kept up to date by the Connections panel)
     * @param onDone      what to do with the new conversation's id, on the FX thread
     */
    public static GroupFormViewModel newGroup(MessagingService messaging, ObservableList<ConnectionView> connections,
                                              TaskExecutor executor, Localization l10n, Consumer<UUID> onDone) {
        return new GroupFormViewModel(messaging, connections, null, executor, l10n, onDone);
    }

    /** More people for {@code group}: the member's connections who are not in it yet. */
    public static GroupFormViewModel addPeople(MessagingService messaging, ObservableList<ConnectionView> connections,
                                               ConversationView group, TaskExecutor executor, Localization l10n,
                                               Consumer<UUID> onDone) {
        return new GroupFormViewModel(messaging, connections, Objects.requireNonNull(group), executor, l10n, onDone);
    }

    private GroupFormViewModel(MessagingService messaging, ObservableList<ConnectionView> connections,
                               ConversationView existing, TaskExecutor executor, Localization l10n, Consumer<UUID> onDone) {
        this.messaging = Objects.requireNonNull(messaging);
        this.executor = Objects.requireNonNull(executor);
        this.l10n = Objects.requireNonNull(l10n);
        this.onDone = Objects.requireNonNull(onDone);
        this.existing = existing;
        Set<UUID> inGroup = existing == null ? Set.of()
                : existing.participants().stream().map(Participant::memberId).collect(Collectors.toSet());
        this.candidates = new FilteredList<>(Objects.requireNonNull(connections), c -> !inGroup.contains(c.memberId()));
        filter.addListener((obs, old, text) -> {
            String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
            candidates.setPredicate(c -> !inGroup.contains(c.memberId()) && (needle.isEmpty()
                    || c.memberName() != null && c.memberName().toLowerCase(Locale.ROOT).contains(needle)));
        });
        chosenText = Bindings.createStringBinding(() -> l10n.format("messages.group.chosen", chosen.size()), chosen);
        errors.clearOnChange(title, "title");
        chosen.addListener((javafx.collections.SetChangeListener<UUID>) c -> errors.set("memberIds", ""));
    }

    /** Whether this form makes a new group (it then asks for a name) rather than adding to one. */
    public boolean isNewGroup() {
        return existing == null;
    }

    /** The group people are added to, for the form's heading; null for a new group. */
    public ConversationView existing() {
        return existing;
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

    /** Creates the group, or adds the chosen people to it, in the order they were picked. */
    public void submit() {
        if (busy.get() || done.get()) {
            return;
        }
        errors.clear();
        banner.set("");
        List<UUID> members = List.copyOf(chosen);
        String name = title.get();
        BackgroundTask.wrap(() -> existing == null ? messaging.createGroup(new NewGroupConversation(name, members))
                        : messaging.addParticipants(existing.id(), members))
                .onRunning(() -> busy.set(true))
                .onSuccess(view -> {
                    done.set(true);
                    onDone.accept(view.id());
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
