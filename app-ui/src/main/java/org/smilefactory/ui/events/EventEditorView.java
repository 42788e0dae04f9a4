package org.smilefactory.ui.events;

import atlantafx.base.theme.Styles;
import java.time.ZoneId;
import javafx.beans.property.Property;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.smilefactory.core.api.events.EventType;
import org.smilefactory.ui.l10n.Localization;

/** The event form: each input with its error right under it. */
public final class EventEditorView {

    private final EventEditorViewModel viewModel;
    private final Localization l10n;
    private final GridPane grid = new GridPane();
    private final ScrollPane root;
    private final Label heading = new Label();
    private final TextField titleField = new TextField();
    private int row;

    public EventEditorView(EventEditorViewModel viewModel, Localization l10n, Runnable onBack) {
        this.viewModel = viewModel;
        this.l10n = l10n;
        grid.getStyleClass().add("event-form");
        heading.getStyleClass().add(Styles.TITLE_2);
        grid.add(heading, 0, row++, 2, 1);

        titleField.setId("eventTitleField");
        text(titleField, viewModel.titleProperty());
        add("events.editor.title", titleField, "title");
        TextArea description = new TextArea();
        description.setId("eventDescriptionField");
        description.setPrefRowCount(4);
        description.setWrapText(true);
        description.textProperty().bindBidirectional(viewModel.descriptionProperty());
        add("events.editor.description", description, "description");
        ComboBox<EventType> type = new ComboBox<>();
        type.setId("eventTypeBox");
        type.getItems().setAll(EventType.values());
        type.setConverter(labels());
        type.valueProperty().bindBidirectional(viewModel.typeProperty());
        add("events.editor.type", type, "type");
        add("events.editor.start", dateTime("eventStart", viewModel.startDateProperty(), viewModel.startTimeProperty()), "start");
        add("events.editor.end", dateTime("eventEnd", viewModel.endDateProperty(), viewModel.endTimeProperty()), "end");
        ComboBox<String> zone = new ComboBox<>();
        zone.setId("eventTimeZoneBox");
        zone.getItems().setAll(ZoneId.getAvailableZoneIds().stream().filter(z -> z.contains("/")).sorted().toList());
        zone.setVisibleRowCount(12);
        zone.valueProperty().bindBidirectional(viewModel.timeZoneProperty());
        add("events.editor.timeZone", zone, "timeZone");
        add("events.editor.location", field("eventLocationField", viewModel.locationProperty()), "location");
        CheckBox online = new CheckBox(l10n.get("events.editor.online"));
        online.setId("eventOnlineCheck");
        online.selectedProperty().bindBidirectional(viewModel.onlineProperty());
        grid.add(online, 1, row++);
        add("events.editor.url", field("eventUrlField", viewModel.urlProperty()), "virtualMeetingUrl");
        add("events.editor.capacity", field("eventCapacityField", viewModel.capacityProperty()), "capacity");
        add("events.editor.deadline", dateTime("eventDeadline", viewModel.deadlineDateProperty(), viewModel.deadlineTimeProperty()),
                "registrationDeadline");
        add("events.editor.price", field("eventPriceField", viewModel.priceProperty()), "price");
        add("events.editor.currency", field("eventCurrencyField", viewModel.currencyProperty()), "currency");
        add("events.editor.tags", field("eventTagsField", viewModel.tagsProperty()), "tags");

        Label formError = new Label();
        formError.setId("eventFormError");
        formError.getStyleClass().add("field-error");
        formError.textProperty().bind(viewModel.formErrorProperty());
        grid.add(formError, 1, row++);
        Button save = new Button(l10n.get("events.editor.save"), new FontIcon(Feather.SAVE));
        save.setId("saveEventButton");
        save.getStyleClass().add(Styles.ACCENT);
        save.setDefaultButton(true);
        save.disableProperty().bind(viewModel.savingProperty());
        save.setOnAction(e -> viewModel.save());
        Button back = new Button(l10n.get("events.editor.cancel"), new FontIcon(Feather.ARROW_LEFT));
        back.setId("cancelEditButton");
        back.setOnAction(e -> onBack.run());
        HBox buttons = new HBox(12, save, back);
        grid.add(buttons, 1, row++);

        root = new ScrollPane(grid);
        root.setFitToWidth(true);
        root.getStylesheets().add(EventEditorView.class.getResource("events.css").toExternalForm());
    }

    private StringConverter<EventType> labels() {
        return new StringConverter<>() {
            @Override
            public String toString(EventType t) {
                return t == null ? "" : l10n.label(t);
            }

            @Override
            public EventType fromString(String s) {
                return null;
            }
        };
    }

    private static void text(TextField field, javafx.beans.property.StringProperty value) {
        field.textProperty().bindBidirectional(value);
    }

    private static TextField field(String id, javafx.beans.property.StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        text(field, value);
        return field;
    }

    private Node dateTime(String id, Property<java.time.LocalDate> date, javafx.beans.property.StringProperty time) {
        DatePicker picker = new DatePicker();
        picker.setId(id + "Date");
        picker.valueProperty().bindBidirectional(date);
        TextField clock = field(id + "Time", time);
        clock.setPromptText(l10n.get("events.editor.time.prompt"));
        clock.setPrefColumnCount(5);
        HBox box = new HBox(8, picker, clock);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private void add(String labelKey, Node input, String field) {
        Label label = new Label(l10n.get(labelKey));
        if (input instanceof javafx.scene.control.Control c) {
            label.setLabelFor(c);
        }
        Label error = new Label();
        error.setId("error-" + field);
        error.getStyleClass().add("field-error");
        error.textProperty().bind(viewModel.errors().of(field));
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        grid.add(label, 0, row);
        grid.add(new VBox(2, input, error), 1, row++);
    }

    /** Called when the editor opens. */
    public void opened() {
        heading.setText(l10n.get(viewModel.isNew() ? "events.editor.newTitle" : "events.editor.editTitle"));
        titleField.requestFocus();
    }

    public Parent root() {
        return root;
    }
}
