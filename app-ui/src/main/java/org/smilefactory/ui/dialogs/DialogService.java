package org.smilefactory.ui.dialogs;

/**
 * Dialogs and notifications behind an interface (as JabRef's {@code DialogService}), so ViewModels
 * can ask questions without touching controls, and tests can answer them.
 */
public interface DialogService {

    /** Asks a yes/no question; returns true when the user chose {@code okLabel}. */
    boolean confirm(String title, String message, String okLabel, String cancelLabel);

    void showError(String title, String message);

    /** A short, self-dismissing notice (e.g. "Profile saved"). */
    void notify(String message);

    /** A notice that something needs a look (e.g. "2 changes need your attention"); stays a little longer. */
    default void warn(String message) {
        notify(message);
    }
}
