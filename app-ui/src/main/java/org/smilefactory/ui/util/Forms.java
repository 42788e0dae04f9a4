package org.smilefactory.ui.util;

import atlantafx.base.theme.Styles;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Label;

/**
 * View-side helpers for showing a field's error: the message in a label under the input (only taking
 * space when there is one) and the input marked with AtlantaFX's {@code :danger} pseudo-class.
 */
public final class Forms {

    private Forms() {
    }

    public static void bindError(Node input, Label errorLabel, ObservableStringValue error) {
        errorLabel.getStyleClass().addAll("field-error", Styles.DANGER, Styles.TEXT_SMALL);
        errorLabel.setWrapText(true);
        errorLabel.textProperty().bind(error);
        errorLabel.visibleProperty().bind(errorLabel.textProperty().isNotEmpty());
        errorLabel.managedProperty().bind(errorLabel.visibleProperty());
        update(input, error.get());
        error.addListener((obs, old, message) -> update(input, message));
    }

    private static void update(Node input, String message) {
        input.pseudoClassStateChanged(Styles.STATE_DANGER, message != null && !message.isEmpty());
    }
}
