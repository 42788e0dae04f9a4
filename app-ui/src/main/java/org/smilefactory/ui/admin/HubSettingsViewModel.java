package org.smilefactory.ui.admin;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.smilefactory.core.api.ConflictException;
import org.smilefactory.core.api.ValidationException;
import org.smilefactory.core.api.Violation;
import org.smilefactory.core.api.ai.SaveAiSettings;
import org.smilefactory.core.api.settings.HubSettings;
import org.smilefactory.core.api.settings.HubSettingsService;
import org.smilefactory.core.api.settings.KioskDefaults;
import org.smilefactory.core.api.settings.SaveHubSettings;
import org.smilefactory.ui.l10n.Localization;
import org.smilefactory.ui.util.BackgroundTask;
import org.smilefactory.ui.util.Errors;
import org.smilefactory.ui.util.FieldErrors;
import org.smilefactory.ui.util.TaskExecutor;

/**
 * Admin → Settings (decision 0025): the hub's name, zone, currency, kiosk defaults and AI endpoints,
 * saved together with the version read; messages next to the fields; Revert to what was read. Admins
 * edit; staff see the form read-only. {@code onSaved} moves the UI's times to a new zone.
 */
public final class HubSettingsViewModel {

    public static final List<String> FIELDS = List.of("hubName", "timeZone", "currency", "kiosk.resultSeconds",
            "embeddingUrl", "embeddingModel", "embeddingKey", "chatUrl", "chatModel", "chatKey");

    private final HubSettingsService service;
    private final boolean admin;
    private final TaskExecutor executor;
    private final Localization l10n;
    private final Consumer<HubSettings> onSaved;

    private final StringProperty hubName = new SimpleStringProperty("");
    private final StringProperty timeZone = new SimpleStringProperty("");
    private final StringProperty currency = new SimpleStringProperty("");
    private final IntegerProperty resultSeconds = new SimpleIntegerProperty(KioskDefaults.DEFAULTS.resultSeconds());
    private final BooleanProperty walkIns = new SimpleBooleanProperty(true);
    private final BooleanProperty badgePrinting = new SimpleBooleanProperty(true);
    private final StringProperty embeddingUrl = new SimpleStringProperty("");
    private final StringProperty embeddingModel = new SimpleStringProperty("");
    private final StringProperty chatUrl = new SimpleStringProperty("");
    private final StringProperty chatModel = new SimpleStringProperty("");
    private final FieldErrors errors = new FieldErrors(FIELDS.toArray(String[]::new));
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty loaded = new SimpleBooleanProperty();
    private final StringProperty errorMessage = new SimpleStringProperty("");
    private final StringProperty resultMessage = new SimpleStringProperty("");
    private HubSettings read;

    public HubSettingsViewModel(HubSettingsService service, boolean admin, TaskExecutor executor, Localization l10n,
                                Consumer<HubSettings> onSaved) {
        this.service = Objects.requireNonNull(service);
        this.admin = admin;
        this.executor = Objects.requireNonNull(executor);
        this.l10n = Objects.requireNonNull(l10n);
        this.onSaved = Objects.requireNonNull(onSaved);
        errors.clearOnChange(hubName, "hubName");
        errors.clearOnChange(timeZone, "timeZone");
        errors.clearOnChange(currency, "currency");
        errors.clearOnChange(embeddingUrl, "embeddingUrl");
        errors.clearOnChange(chatUrl, "chatUrl");
    }

    public void refresh() {
        errorMessage.set("");
        BackgroundTask.wrap(service::settings)
                .onRunning(() -> busy.set(true))
                .onSuccess(this::show)
                .onFailure(error -> errorMessage.set(Errors.messageOf(error, l10n)))
                .onFinished(() -> busy.set(false))
                .executeWith(executor);
    }

    /** Back to what was read, dropping what was typed. */
    public void revert() {
        if (read != null) {
            show(read);
        }
        errorMessage.set("");
        resultMessage.set("");
    }

    public void save() {
        errors.clear();
        errorMessage.set("");
        resultMessage.set("");
        long version = read == null ? 0 : read.version();
        // keys are write-only: null keeps the stored ones
        SaveHubSettings command = new SaveHubSettings(hubName.get(), timeZone.get(), currency.get(),
                new KioskDefaults(resultSeconds.get(), walkIns.get(), badgePrinting.get()),
                new SaveAiSettings(embeddingUrl.get(), embeddingModel.get(), null, chatUrl.get(), chatModel.get(), null),
                version);
        BackgroundTask.wrap(() -> service.save(command))
                .onRunning(() -> busy.set(true))
                .onSuccess(saved -> {
                    show(saved);
                    resultMessage.set(l10n.get("hubSettings.saved"));
                    onSaved.accept(saved);
                })
                .onFailure(this::failed)
                .onFinished(() -> busy.set(false))
                .executeWith(executor);
    }

    private void failed(Throwable error) {
        Throwable cause = Errors.unwrap(error);
        if (cause instanceof ValidationException v) {
            List<Violation> unplaced = errors.apply(v);
            if (!unplaced.isEmpty()) {
                errorMessage.set(unplaced.get(0).message());
            }
        } else if (cause instanceof ConflictException) {
            // what was typed stays; Reload shows the other admin's settings
            errorMessage.set(cause.getMessage());
        } else {
            errorMessage.set(Errors.messageOf(error, l10n));
        }
    }

    private void show(HubSettings s) {
        read = s;
        hubName.set(s.hubName());
        timeZone.set(s.timeZone());
        currency.set(s.currency());
        resultSeconds.set(s.kiosk().resultSeconds());
        walkIns.set(s.kiosk().walkIns());
        badgePrinting.set(s.kiosk().badgePrinting());
        if (s.ai() != null) {
            embeddingUrl.set(s.ai().embeddingUrl() == null ? "" : s.ai().embeddingUrl());
            embeddingModel.set(s.ai().embeddingModel() == null ? "" : s.ai().embeddingModel());
            chatUrl.set(s.ai().chatUrl() == null ? "" : s.ai().chatUrl());
            chatModel.set(s.ai().chatModel() == null ? "" : s.ai().chatModel());
        }
        errors.clear();
        loaded.set(true);
    }

    public boolean isAdmin() {
        return admin;
    }

    public FieldErrors errors() {
        return errors;
    }

    public StringProperty hubNameProperty() {
        return hubName;
    }

    public StringProperty timeZoneProperty() {
        return timeZone;
    }

    public StringProperty currencyProperty() {
        return currency;
    }

    public IntegerProperty resultSecondsProperty() {
        return resultSeconds;
    }

    public BooleanProperty walkInsProperty() {
        return walkIns;
    }

    public BooleanProperty badgePrintingProperty() {
        return badgePrinting;
    }

    public StringProperty embeddingUrlProperty() {
        return embeddingUrl;
    }

    public StringProperty embeddingModelProperty() {
        return embeddingModel;
    }

    public StringProperty chatUrlProperty() {
        return chatUrl;
    }

    public StringProperty chatModelProperty() {
        return chatModel;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public BooleanProperty loadedProperty() {
        return loaded;
    }

    public StringProperty errorMessageProperty() {
        return errorMessage;
    }

    public StringProperty resultMessageProperty() {
        return resultMessage;
    }
}
