package org.smilefactory.ui.util;

import atlantafx.base.theme.Styles;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * "Nothing here yet, and this is what to do next": an icon, a title, a sentence and optionally an
 * action. Used wherever a list or an area can be empty, so no screen is ever just blank.
 */
public final class EmptyState extends VBox {

    private final Label title = new Label();
    private final Label description = new Label();

    public EmptyState(Ikon icon) {
        getStyleClass().add("empty-state");
        setAlignment(Pos.CENTER);
        setSpacing(10);
        setFillWidth(false);
        FontIcon graphic = new FontIcon(icon);
        graphic.getStyleClass().add("empty-state-icon");
        title.getStyleClass().add(Styles.TITLE_3);
        title.setWrapText(true);
        title.setTextAlignment(TextAlignment.CENTER);
        description.getStyleClass().add(Styles.TEXT_MUTED);
        description.setWrapText(true);
        description.setTextAlignment(TextAlignment.CENTER);
        description.setMaxWidth(460);
        getChildren().addAll(graphic, title, description);
    }

    public EmptyState(Ikon icon, String titleText, String descriptionText) {
        this(icon);
        title.setText(titleText);
        description.setText(descriptionText);
    }

    public EmptyState bind(ObservableStringValue titleText, ObservableStringValue descriptionText) {
        title.textProperty().bind(titleText);
        description.textProperty().bind(descriptionText);
        return this;
    }

    public EmptyState withAction(Node action) {
        getChildren().add(action);
        return this;
    }
}
