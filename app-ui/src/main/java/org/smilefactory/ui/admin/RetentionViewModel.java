package org.smilefactory.ui.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.smilefactory.core.api.ConflictException;
import org.smilefactory.core.api.ValidationException;
import org.smilefactory.core.api.Violation;
import org.smilefactory.core.api.admin.RetentionCount;
import org.smilefactory.core.api.admin.RetentionResult;
import org.smilefactory.core.api.admin.RetentionService;
import org.smilefactory.core.api.admin.RetentionSettings;
import org.smilefactory.ui.l10n.Localization;
import org.smilefactory.ui.util.BackgroundTask;
import org.smilefactory.ui.util.Errors;
import org.smilefactory.ui.util.FieldErrors;
import org.smilefactory.ui.util.TaskExecutor;

/**
 * The retention periods in Admin (decision 0023): one text field per period (empty or 0 keeps forever),
 * messages next to the fields, Save with the version read, and "Apply now" with progress and a summary
 * of what was deleted. Admins edit; staff see the periods read-only.
 */
public final class RetentionViewModel {

    /** The periods' field names, as the service names them in its violations. */
    public static final List<String> FIELDS = List.of("checkInScanDays", "aiConversationDays", "aiAnalyticsDays",
            "readNotificationDays", "notificationDays", "auditDays", "endedTokenDays");

    private final RetentionService retention;
    private final boolean admin;
    private final TaskExecutor executor;
    private final Localization l10n;

    private final Map<String, StringProperty> days = new LinkedHashMap<>();
    private final FieldErrors errors = new FieldErrors(FIELDS.toArray(String[]::new));
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final BooleanProperty saving = new SimpleBooleanProperty();
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final BooleanProperty loaded = new SimpleBooleanProperty();
    private final StringProperty errorMessage = new SimpleStringProperty("");
    private final StringProperty resultMessage = new SimpleStringProperty("");
    private final BooleanBinding busy = loading.or(saving).or(running);
    private long version;

    public RetentionViewModel(RetentionService retention, boolean admin, TaskExecutor executor, Localization l10n) {
        this.retention = Objects.requireNonNull(retention);
        this.admin = admin;
        this.executor = Objects.requireNonNull(executor);
        this.l10n = Objects.requireNonNull(l10n);
        for (String field : FIELDS) {
            StringProperty value = new SimpleStringProperty(this, field, "");
            days.put(field, value);
            errors.clearOnChange(value, field);
        }
    }

    public void refresh() {
        errorMessage.set("");
        BackgroundTask.wrap(retention::settings)
                .onRunning(() -> loading.set(true))
                .onSuccess(this::show)
                .onFailure(error -> errorMessage.set(Errors.messageOf(error, l10n)))
                .onFinished(() -> loading.set(false))
                .executeWith(executor);
    }

    /** Saves the periods; a field that is not a whole number is refused here, the rest by the service. */
    public void save() {
        errors.clear();
        errorMessage.set("");
        resultMessage.set("");
        int[] values = new int[FIELDS.size()];
        for (int i = 0; i < FIELDS.size(); i++) {
            String text = days.get(FIELDS.get(i)).get();
            String trimmed = text == null ? "" : text.strip();
            if (trimmed.isEmpty()) {
                values[i] = RetentionSettings.KEEP_FOREVER;
                continue;
            }
            try {
                values[i] = Integer.parseInt(trimmed);
            } catch (NumberFormatException e) {
                // beyond int range is "huge" too: the service's own range message would say the same
                errors.set(FIELDS.get(i), trimmed.matches("-?\\d+") ? l10n.format("retention.tooLarge", RetentionSettings.MAX_DAYS)
                        : l10n.get("retention.notANumber"));
            }
        }
        if (errors.hasAny()) {
            return;
        }
        RetentionSettings command = new RetentionSettings(values[0], values[1], values[2], values[3], values[4],
                values[5], values[6], version);
        BackgroundTask.wrap(() -> retention.save(command))
                .onRunning(() -> saving.set(true))
                .onSuccess(saved -> {
                    show(saved);
                    resultMessage.set(l10n.get("retention.saved"));
                })
                .onFailure(this::failed)
                .onFinished(() -> saving.set(false))
                .executeWith(executor);
    }

    /** Applies the saved periods now (not what is typed but unsaved). */
    public void applyNow() {
        errorMessage.set("");
        resultMessage.set("");
        BackgroundTask.wrap(retention::runNow)
                .onRunning(() -> running.set(true))
                .onSuccess(result -> resultMessage.set(summary(result)))
                .onFailure(this::failed)
                .onFinished(() -> running.set(false))
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
            // the form keeps what was typed; Reload shows the other admin's periods
            errorMessage.set(cause.getMessage());
        } else {
            errorMessage.set(Errors.messageOf(error, l10n));
        }
    }

    private void show(RetentionSettings s) {
        version = s.version();
        int[] values = {s.checkInScanDays(), s.aiConversationDays(), s.aiAnalyticsDays(), s.readNotificationDays(),
                s.notificationDays(), s.auditDays(), s.endedTokenDays()};
        for (int i = 0; i < FIELDS.size(); i++) {
            days.get(FIELDS.get(i)).set(Integer.toString(values[i]));
        }
        errors.clear();
        loaded.set(true);
    }

    String summary(RetentionResult result) {
        if (result.totalDeleted() == 0) {
            return l10n.get("retention.result.nothing");
        }
        StringBuilder parts = new StringBuilder();
        for (RetentionCount c : result.counts()) {
            if (c.deleted() > 0) {
                if (!parts.isEmpty()) {
                    parts.append(", ");
                }
                parts.append(l10n.format("retention.result.part", c.deleted(),
                        l10n.get("retention.category." + c.category().name())));
            }
        }
        return l10n.format("retention.result", result.totalDeleted(), parts.toString());
    }

    public StringProperty daysProperty(String field) {
        StringProperty p = days.get(field);
        if (p == null) {
            throw new IllegalArgumentException("Unknown field " + field);
        }
        return p;
    }

    public FieldErrors errors() {
        return errors;
    }

    public boolean isAdmin() {
        return admin;
    }

    public long version() {
        return version;
    }

    public BooleanProperty loadedProperty() {
        return loaded;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public BooleanProperty savingProperty() {
        return saving;
    }

    public BooleanBinding busyProperty() {
        return busy;
    }

    public StringProperty errorMessageProperty() {
        return errorMessage;
    }

    public StringProperty resultMessageProperty() {
        return resultMessage;
    }
}
