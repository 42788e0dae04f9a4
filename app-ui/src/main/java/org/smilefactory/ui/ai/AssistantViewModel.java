package org.smilefactory.ui.ai;

import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.smilefactory.core.api.ai.AiPreferences;
import org.smilefactory.core.api.ai.AssistantMessage;
import org.smilefactory.core.api.ai.AssistantReply;
import org.smilefactory.core.api.ai.AssistantService;
import org.smilefactory.core.api.ai.ResponseStyle;
import org.smilefactory.ui.l10n.Localization;
import org.smilefactory.ui.util.BackgroundTask;
import org.smilefactory.ui.util.Errors;
import org.smilefactory.ui.util.TaskExecutor;

/** The assistant chat panel: one conversation at a time, questions sent off the FX thread, ratings, AI on/off. */
public final class AssistantViewModel {

    private final AssistantService assistant;
    private final TaskExecutor executor;
    private final Localization l10n;
    private final ObservableList<AssistantMessage> messages = FXCollections.observableArrayList();
    private final StringProperty input = new SimpleStringProperty("");
    private final StringProperty notice = new SimpleStringProperty("");
    private final BooleanProperty sending = new SimpleBooleanProperty();
    private final BooleanProperty aiEnabled = new SimpleBooleanProperty(true);
    private final BooleanProperty loaded = new SimpleBooleanProperty();
    private final javafx.beans.property.ObjectProperty<ResponseStyle> style =
            new javafx.beans.property.SimpleObjectProperty<>(ResponseStyle.BALANCED);
    private AiPreferences preferences;
    private UUID conversationId;

    public AssistantViewModel(AssistantService assistant, TaskExecutor executor, Localization l10n) {
        this.assistant = assistant;
        this.executor = executor;
        this.l10n = l10n;
    }

    /** Reads the member's AI preferences (first time the panel opens). */
    public void load() {
        BackgroundTask.wrap(assistant::preferences)
                .onSuccess(p -> {
                    preferences = p;
                    aiEnabled.set(p.aiEnabled());
                    style.set(p.responseStyle());
                    loaded.set(true);
                })
                .onFailure(e -> notice.set(Errors.messageOf(e, l10n)))
                .executeWith(executor);
    }

    public void send() {
        String q = input.get() == null ? "" : input.get().strip();
        if (q.isEmpty() || sending.get()) {
            return;
        }
        UUID conversation = conversationId;
        notice.set("");
        BackgroundTask.wrap(() -> assistant.ask(conversation, q))
                .onRunning(() -> sending.set(true))
                .onSuccess(this::received)
                .onFailure(e -> notice.set(Errors.messageOf(e, l10n)))
                .onFinished(() -> sending.set(false))
                .executeWith(executor);
    }

    private void received(AssistantReply reply) {
        if (!reply.aiEnabled()) {
            aiEnabled.set(false);
            notice.set(reply.notice() == null ? "" : reply.notice());
            return;
        }
        conversationId = reply.conversationId();
        messages.addAll(reply.question(), reply.answer());
        input.set("");
        notice.set(reply.notice() == null ? "" : reply.notice());
    }

    public void rate(AssistantMessage message, int stars) {
        BackgroundTask.wrap(() -> assistant.rate(message.id(), stars))
                .onSuccess(updated -> {
                    int i = messages.indexOf(message);
                    if (i >= 0) {
                        messages.set(i, updated);
                    }
                })
                .onFailure(e -> notice.set(Errors.messageOf(e, l10n)))
                .executeWith(executor);
    }

    public void newConversation() {
        conversationId = null;
        messages.clear();
        notice.set("");
    }

    public void setAiEnabled(boolean enabled) {
        save(enabled, null);
    }

    /** How long answers are; saved in the member's preferences. */
    public void setStyle(ResponseStyle value) {
        if (value != null && (preferences == null || preferences.responseStyle() != value)) {
            save(null, value);
        }
    }

    private void save(Boolean enabled, ResponseStyle newStyle) {
        AiPreferences p = preferences;
        BackgroundTask.wrap(() -> {
                    AiPreferences current = p == null ? assistant.preferences() : p;
                    return assistant.savePreferences(enabled == null ? current.aiEnabled() : enabled,
                            newStyle == null ? current.responseStyle() : newStyle, current.version());
                })
                .onSuccess(saved -> {
                    preferences = saved;
                    aiEnabled.set(saved.aiEnabled());
                    style.set(saved.responseStyle());
                    notice.set("");
                })
                .onFailure(e -> notice.set(Errors.messageOf(e, l10n)))
                .executeWith(executor);
    }

    public javafx.beans.property.ReadOnlyObjectProperty<ResponseStyle> styleProperty() {
        return style;
    }

    public ObservableList<AssistantMessage> messages() {
        return messages;
    }

    public StringProperty inputProperty() {
        return input;
    }

    public StringProperty noticeProperty() {
        return notice;
    }

    public ReadOnlyBooleanProperty sendingProperty() {
        return sending;
    }

    public ReadOnlyBooleanProperty aiEnabledProperty() {
        return aiEnabled;
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded;
    }
}
