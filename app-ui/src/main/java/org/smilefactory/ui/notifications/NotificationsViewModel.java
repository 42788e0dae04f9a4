package org.smilefactory.ui.notifications;

import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.smilefactory.core.api.notifications.NotificationService;
import org.smilefactory.core.api.notifications.NotificationView;
import org.smilefactory.ui.l10n.Localization;
import org.smilefactory.ui.util.BackgroundTask;
import org.smilefactory.ui.util.Errors;
import org.smilefactory.ui.util.TaskExecutor;

/** The bell in the top bar: the unread count, the newest notifications, marking read and opening one. */
public final class NotificationsViewModel {

    static final int SHOWN = 30;

    private final NotificationService notifications;
    private final TaskExecutor executor;
    private final Localization l10n;
    private final Consumer<NotificationView> opener;

    private final IntegerProperty unread = new SimpleIntegerProperty();
    private final ObservableList<NotificationView> items = FXCollections.observableArrayList();
    private final StringProperty error = new SimpleStringProperty("");
    private boolean counting;

    /** @param opener shows what a notification is about (a member's profile, a conversation...) */
    public NotificationsViewModel(NotificationService notifications, TaskExecutor executor, Localization l10n,
                                  Consumer<NotificationView> opener) {
        this.notifications = Objects.requireNonNull(notifications);
        this.executor = Objects.requireNonNull(executor);
        this.l10n = Objects.requireNonNull(l10n);
        this.opener = Objects.requireNonNull(opener);
    }

    /** Refreshes the badge; a failed refresh keeps the last count (the hub may be briefly unreachable). */
    public void refreshCount() {
        if (counting) {
            return;
        }
        counting = true;
        BackgroundTask.wrap(notifications::unreadCount)
                .onSuccess(unread::set)
                .onFailure(error -> {
                    // working offline, notifications wait for the server: not an error worth a stack trace
                    if (!(Errors.unwrap(error) instanceof org.smilefactory.core.api.BackendUnavailableException)) {
                        Errors.log(error);
                    }
                })
                .onFinished(() -> counting = false)
                .executeWith(executor);
    }

    /** Loads the newest notifications (when the popup opens). */
    public void load() {
        BackgroundTask.wrap(() -> notifications.list(null, SHOWN))
                .onSuccess(page -> {
                    error.set("");
                    items.setAll(page.notifications());
                    unread.set((int) Math.max(unread.get(), page.notifications().stream().filter(NotificationView::unread).count()));
                    refreshCount();
                })
                .onFailure(e -> error.set(Errors.messageOf(e, l10n)))
                .executeWith(executor);
    }

    /** Marks it read and opens what it is about. */
    public void open(NotificationView notification) {
        if (notification.unread()) {
            BackgroundTask.run(() -> notifications.markRead(notification.id()))
                    .onSuccess(v -> load())
                    .onFailure(e -> error.set(Errors.messageOf(e, l10n)))
                    .executeWith(executor);
        }
        opener.accept(notification);
    }

    public void markAllRead() {
        BackgroundTask.run(notifications::markAllRead)
                .onSuccess(v -> load())
                .onFailure(e -> error.set(Errors.messageOf(e, l10n)))
                .executeWith(executor);
    }

    public ReadOnlyIntegerProperty unreadProperty() {
        return unread;
    }

    public ObservableList<NotificationView> items() {
        return items;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }
}
