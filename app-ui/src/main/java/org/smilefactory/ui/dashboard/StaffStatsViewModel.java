package org.smilefactory.ui.dashboard;

import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.smilefactory.core.api.stats.HubStats;
import org.smilefactory.core.api.stats.HubStatsService;
import org.smilefactory.ui.l10n.Localization;
import org.smilefactory.ui.util.BackgroundTask;
import org.smilefactory.ui.util.Errors;
import org.smilefactory.ui.util.TaskExecutor;

/** The staff part of the dashboard: the hub's numbers, loaded off the FX thread each time the dashboard shows. */
public final class StaffStatsViewModel {

    public static final int WEEKS = 12;
    public static final int EVENTS = 8;

    private final HubStatsService stats;
    private final TaskExecutor executor;
    private final Localization l10n;
    private final ObjectProperty<HubStats> current = new SimpleObjectProperty<>();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final StringProperty errorMessage = new SimpleStringProperty("");
    private long generation;

    public StaffStatsViewModel(HubStatsService stats, TaskExecutor executor, Localization l10n) {
        this.stats = Objects.requireNonNull(stats);
        this.executor = Objects.requireNonNull(executor);
        this.l10n = Objects.requireNonNull(l10n);
    }

    public void refresh() {
        long mine = ++generation;
        BackgroundTask.wrap(() -> stats.load(WEEKS, EVENTS))
                .onRunning(() -> loading.set(true))
                .onSuccess(s -> {
                    if (mine == generation) {
                        current.set(s);
                        errorMessage.set("");
                    }
                })
                .onFailure(error -> {
                    if (mine == generation) {
                        errorMessage.set(Errors.messageOf(error, l10n));
                    }
                })
                .onFinished(() -> loading.set(false))
                .executeWith(executor);
    }

    public ObjectProperty<HubStats> statsProperty() {
        return current;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public StringProperty errorMessageProperty() {
        return errorMessage;
    }
}
