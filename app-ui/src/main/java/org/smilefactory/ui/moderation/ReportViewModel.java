package org.smilefactory.ui.moderation;

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
import org.smilefactory.core.api.ValidationException;
import org.smilefactory.core.api.Violation;
import org.smilefactory.core.api.moderation.ModerationService;
import org.smilefactory.core.api.moderation.NewReport;
import org.smilefactory.core.api.moderation.ReportReason;
import org.smilefactory.core.api.moderation.ReportTargetType;
import org.smilefactory.ui.dialogs.DialogService;
import org.smilefactory.ui.l10n.Localization;
import org.smilefactory.ui.util.BackgroundTask;
import org.smilefactory.ui.util.Errors;
import org.smilefactory.ui.util.FieldErrors;
import org.smilefactory.ui.util.TaskExecutor;

/**
 * The report form for one post, comment or member: a reason and optional details, checked on the
 * backend; violations land next to their fields, anything else (already reported, not visible) in
 * the form's banner. {@link #doneProperty()} turns true once the report is in.
 */
public final class ReportViewModel {

    private final ModerationService moderation;
    private final TaskExecutor executor;
    private final Localization l10n;
    private final DialogService dialogs;
    private final ReportTargetType targetType;
    private final UUID targetId;

    private final ObjectProperty<ReportReason> reason = new SimpleObjectProperty<>();
    private final StringProperty details = new SimpleStringProperty("");
    private final FieldErrors errors = new FieldErrors("reason", "details");
    private final StringProperty banner = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty done = new SimpleBooleanProperty();

    public ReportViewModel(ModerationService moderation, TaskExecutor executor, Localization l10n, DialogService dialogs,
                           ReportTargetType targetType, UUID targetId) {
        this.moderation = Objects.requireNonNull(moderation);
        this.executor = Objects.requireNonNull(executor);
        this.l10n = Objects.requireNonNull(l10n);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.targetType = Objects.requireNonNull(targetType);
        this.targetId = Objects.requireNonNull(targetId);
        errors.clearOnChange(reason, "reason");
        errors.clearOnChange(details, "details");
    }

    public void submit() {
        if (busy.get()) {
            return;
        }
        errors.clear();
        banner.set("");
        NewReport report = new NewReport(targetType, targetId, reason.get(),
                details.get() == null || details.get().isBlank() ? null : details.get());
        BackgroundTask.wrap(() -> moderation.report(report))
                .onRunning(() -> busy.set(true))
                .onSuccess(r -> {
                    done.set(true);
                    dialogs.notify(l10n.get("report.sent"));
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

    public ObjectProperty<ReportReason> reasonProperty() {
        return reason;
    }

    public StringProperty detailsProperty() {
        return details;
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

    public ReportTargetType targetType() {
        return targetType;
    }
}
