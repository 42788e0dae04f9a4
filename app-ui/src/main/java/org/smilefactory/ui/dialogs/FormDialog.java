package org.smilefactory.ui.dialogs;

import atlantafx.base.theme.Styles;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import org.smilefactory.ui.util.FieldErrors;

/**
 * The parts every form dialog shares: a message next to a field, a banner for what belongs to no
 * field, and an action button that keeps the dialog open until the backend has accepted the form, so
 * a bad field is marked in place rather than lost with the dialog.
 */
public final class FormDialog {

    private FormDialog() {
    }

    /** The message of {@code field}, shown only while there is one. */
    public static Label fieldError(String id, FieldErrors errors, String field) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        label.textProperty().bind(errors.of(field));
        label.visibleProperty().bind(errors.of(field).isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    /** A problem that belongs to no field (already reported, the server out of reach, ...). */
    public static Label banner(String id, ObservableStringValue text) {
        Label banner = new Label();
        banner.setId(id);
        banner.setWrapText(true);
        banner.getStyleClass().add(Styles.DANGER);
        banner.textProperty().bind(text);
        banner.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(text));
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }

    /**
     * Makes {@code action} run {@code submit} instead of closing the dialog; the button is disabled
     * while {@code busy}, and the dialog closes once {@code done} turns true.
     */
    public static Button submitOnly(Dialog<Void> dialog, ButtonType action, String id, ObservableBooleanValue busy,
                                    ObservableBooleanValue done, Runnable submit) {
        Button button = (Button) dialog.getDialogPane().lookupButton(action);
        button.setId(id);
        button.disableProperty().bind(busy);
        button.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            submit.run();
        });
        done.addListener((obs, was, is) -> {
            if (is) {
                dialog.setResult(null);
                dialog.close();
            }
        });
        return button;
    }
}
