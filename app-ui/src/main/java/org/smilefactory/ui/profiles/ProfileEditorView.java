package org.smilefactory.ui.profiles;

import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import javafx.beans.binding.Bindings;
import javafx.collections.SetChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Callback;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.smilefactory.core.api.profiles.Gender;
import org.smilefactory.core.api.profiles.ProfileState;
import org.smilefactory.core.api.profiles.ProfileType;
import org.smilefactory.core.api.profiles.ProfileVisibility;
import org.smilefactory.ui.l10n.Localization;
import org.smilefactory.ui.util.Forms;
import org.smilefactory.ui.util.ViewLoader;

/**
 * Binds ProfileEditor.fxml to {@link ProfileEditorViewModel}. The common fields are in the FXML; the
 * type-specific section is generated from the chosen type's {@link DetailsForm} (one control per field
 * kind) and kept per form, so switching types back and forth keeps what was typed.
 */
public final class ProfileEditorView {

    private final ProfileEditorViewModel viewModel;
    private final Localization l10n;
    private final FieldLabels labels;
    private final Runnable onBack;
    private final Parent root;
    private final Map<DetailsForm, Node> detailSections = new WeakHashMap<>();

    @FXML private Button backButton;
    @FXML private Label editorTitleLabel;
    @FXML private Label editorStateLabel;
    @FXML private Label editorCompletionLabel;
    @FXML private ProgressBar editorCompletionBar;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Button publishButton;
    @FXML private Button saveButton;
    @FXML private ScrollPane formScroll;
    @FXML private VBox form;
    @FXML private VBox conflictBox;
    @FXML private Message conflictBanner;
    @FXML private Button reloadButton;
    @FXML private Message editorErrorBanner;
    @FXML private ComboBox<ProfileType> typeBox;
    @FXML private Label typeDescription;
    @FXML private Label typeError;
    @FXML private TextField firstNameField;
    @FXML private TextField lastNameField;
    @FXML private TextField profileNameField;
    @FXML private TextField locationField;
    @FXML private TextField phoneCodeField;
    @FXML private TextField phoneNumberField;
    @FXML private ComboBox<Gender> genderBox;
    @FXML private ComboBox<ProfileVisibility> visibilityBox;
    @FXML private Label emailLabel;
    @FXML private TextField emailField;
    @FXML private Label emailHint;
    @FXML private TextArea bioArea;
    @FXML private Label firstNameError;
    @FXML private Label lastNameError;
    @FXML private Label profileNameError;
    @FXML private Label locationError;
    @FXML private Label phoneCodeError;
    @FXML private Label phoneNumberError;
    @FXML private Label genderError;
    @FXML private Label visibilityError;
    @FXML private Label bioError;
    @FXML private Label editorDetailsTitle;
    @FXML private StackPane detailsSlot;
    @FXML private Label detailsError;
    @FXML private ProgressIndicator editorLoadingIndicator;

    public ProfileEditorView(ProfileEditorViewModel viewModel, Localization l10n, Runnable onBack) {
        this.viewModel = viewModel;
        this.l10n = l10n;
        this.labels = new FieldLabels(l10n);
        this.onBack = onBack;
        this.root = ViewLoader.load(this, "ProfileEditor.fxml", l10n);
    }

    @FXML
    private void initialize() {
        backButton.getStyleClass().add(Styles.FLAT);
        backButton.setGraphic(new FontIcon(Feather.ARROW_LEFT));
        backButton.setOnAction(e -> onBack.run());
        editorTitleLabel.textProperty().bind(viewModel.title());
        editorStateLabel.textProperty().bind(viewModel.stateText());
        editorCompletionLabel.textProperty().bind(viewModel.completionText());
        editorCompletionBar.progressProperty().bind(viewModel.completionProperty());
        busyIndicator.visibleProperty().bind(viewModel.savingProperty());

        saveButton.getStyleClass().add(Styles.ACCENT);
        saveButton.setTooltip(new javafx.scene.control.Tooltip(l10n.get("editor.save.tooltip")));
        saveButton.setGraphic(new FontIcon(Feather.SAVE));
        saveButton.disableProperty().bind(viewModel.busyProperty().or(viewModel.loadedProperty().not()));
        saveButton.setOnAction(e -> viewModel.save());
        publishButton.getStyleClass().add(Styles.BUTTON_OUTLINED);
        publishButton.disableProperty().bind(saveButton.disableProperty());
        publishButton.textProperty().bind(Bindings.createStringBinding(() -> l10n.get(
                viewModel.stateProperty().get() == ProfileState.PUBLISHED ? "editor.unpublish" : "editor.publish"),
                viewModel.stateProperty()));
        publishButton.graphicProperty().bind(Bindings.createObjectBinding(() -> new FontIcon(
                viewModel.stateProperty().get() == ProfileState.PUBLISHED ? Feather.EYE_OFF : Feather.EYE),
                viewModel.stateProperty()));
        publishButton.setOnAction(e -> {
            if (viewModel.stateProperty().get() == ProfileState.PUBLISHED) {
                viewModel.unpublish();
            } else {
                viewModel.publish();
            }
        });

        conflictBanner.getStyleClass().add(Styles.WARNING);
        conflictBanner.setGraphic(new FontIcon(Feather.ALERT_CIRCLE));
        conflictBanner.descriptionProperty().bind(Bindings.concat(viewModel.errorMessageProperty(), " ",
                l10n.get("editor.conflict.hint")));
        reloadButton.setGraphic(new FontIcon(Feather.REFRESH_CW));
        reloadButton.getStyleClass().add(Styles.WARNING);
        reloadButton.setOnAction(e -> viewModel.reload());
        conflictBox.visibleProperty().bind(viewModel.conflictProperty());
        conflictBox.managedProperty().bind(conflictBox.visibleProperty());

        editorErrorBanner.getStyleClass().add(Styles.DANGER);
        editorErrorBanner.setGraphic(new FontIcon(Feather.ALERT_TRIANGLE));
        editorErrorBanner.descriptionProperty().bind(viewModel.errorMessageProperty());
        editorErrorBanner.visibleProperty().bind(viewModel.errorMessageProperty().isNotEmpty()
                .and(viewModel.conflictProperty().not()));
        editorErrorBanner.managedProperty().bind(editorErrorBanner.visibleProperty());

        typeBox.getItems().setAll(ProfileType.values());
        configureChoices(typeBox, l10n.get("editor.type.prompt"));
        typeBox.valueProperty().bindBidirectional(viewModel.profileTypeProperty());
        typeDescription.textProperty().bind(Bindings.createStringBinding(
                () -> viewModel.describeType(viewModel.profileTypeProperty().get()), viewModel.profileTypeProperty()));
        Forms.bindError(typeBox, typeError, viewModel.errors().of("profileType"));

        bindText(firstNameField, viewModel.firstNameProperty(), firstNameError, "firstName");
        bindText(lastNameField, viewModel.lastNameProperty(), lastNameError, "lastName");
        bindText(profileNameField, viewModel.profileNameProperty(), profileNameError, "profileName");
        bindText(locationField, viewModel.locationProperty(), locationError, "location");
        bindText(phoneCodeField, viewModel.phoneCountryCodeProperty(), phoneCodeError, "phoneCountryCode");
        bindText(phoneNumberField, viewModel.phoneNumberProperty(), phoneNumberError, "phoneNumber");
        bindText(bioArea, viewModel.bioProperty(), bioError, "bio");

        List<Gender> genders = new ArrayList<>();
        genders.add(null);
        genders.addAll(Arrays.asList(Gender.values()));
        genderBox.getItems().setAll(genders);
        configureChoices(genderBox, l10n.get("field.gender.none"));
        genderBox.valueProperty().bindBidirectional(viewModel.genderProperty());
        Forms.bindError(genderBox, genderError, viewModel.errors().of("gender"));

        visibilityBox.getItems().setAll(ProfileVisibility.values());
        configureChoices(visibilityBox, "");
        visibilityBox.valueProperty().bindBidirectional(viewModel.visibilityProperty());
        Forms.bindError(visibilityBox, visibilityError, viewModel.errors().of("visibility"));

        emailField.textProperty().bind(viewModel.emailProperty());
        for (Node node : new Node[] {emailField, emailLabel, emailHint}) {
            node.visibleProperty().bind(viewModel.emailProperty().isNotEmpty());
        }

        editorDetailsTitle.textProperty().bind(Bindings.createStringBinding(() -> {
            ProfileType type = viewModel.profileTypeProperty().get();
            return type == null ? l10n.get("editor.section.details.none")
                    : l10n.format("profile.section.details", l10n.label(type));
        }, viewModel.profileTypeProperty()));
        Forms.bindError(detailsSlot, detailsError, viewModel.errors().of("details"));
        viewModel.detailsProperty().addListener((obs, old, details) -> showDetails(details));
        showDetails(viewModel.detailsProperty().get());

        form.disableProperty().bind(viewModel.loadedProperty().not());
        editorLoadingIndicator.visibleProperty().bind(viewModel.loadingProperty());
        // A new save attempt with problems: scroll up so the banner (and first errors) are seen.
        viewModel.errorMessageProperty().addListener((obs, old, now) -> {
            if (!now.isEmpty()) {
                formScroll.setVvalue(0);
            }
        });
    }

    private void bindText(TextInputControl input, javafx.beans.property.StringProperty value, Label error,
                          String field) {
        input.textProperty().bindBidirectional(value);
        Forms.bindError(input, error, viewModel.errors().of(field));
    }

    private <E extends Enum<E>> void configureChoices(ComboBox<E> box, String emptyText) {
        Callback<javafx.scene.control.ListView<E>, ListCell<E>> cells = lv -> new ListCell<>() {
            @Override
            protected void updateItem(E item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? emptyText : l10n.label(item));
            }
        };
        box.setCellFactory(cells);
        box.setButtonCell(cells.call(null));
        box.setPromptText(emptyText);
    }

    private void showDetails(DetailsForm details) {
        if (details == null) {
            Label hint = new Label(l10n.get("editor.type.none"));
            hint.getStyleClass().add(Styles.TEXT_MUTED);
            hint.setWrapText(true);
            detailsSlot.getChildren().setAll(hint);
            return;
        }
        detailsSlot.getChildren().setAll(detailSections.computeIfAbsent(details, this::buildDetails));
    }

    /** Short fields side by side, long ones (text areas, lists, multi-choices) across the full width. */
    private Node buildDetails(DetailsForm details) {
        GridPane grid = new GridPane();
        grid.setHgap(20);
        grid.setVgap(12);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        ColumnConstraints otherHalf = new ColumnConstraints();
        otherHalf.setPercentWidth(50);
        grid.getColumnConstraints().setAll(half, otherHalf);
        int row = 0;
        int column = 0;
        for (DetailField field : details.fields()) {
            boolean wide = switch (field.kind()) {
                case LONG_TEXT, LIST, CHOICES -> true;
                default -> false;
            };
            if (wide && column == 1) {
                row++;
                column = 0;
            }
            VBox cell = fieldCell(field);
            if (wide) {
                grid.add(cell, 0, row, 2, 1);
                row++;
            } else {
                grid.add(cell, column, row);
                column = column == 0 ? 1 : 0;
                if (column == 0) {
                    row++;
                }
            }
        }
        return grid;
    }

    private VBox fieldCell(DetailField field) {
        Label label = new Label(labels.label(field.path()));
        Node input = inputFor(field);
        // Stable ids so tests (and screen readers via labelFor) can find a type-specific field.
        input.setId("details-" + field.name());
        label.setLabelFor(input);
        Label error = new Label();
        Forms.bindError(input, error, field.errorProperty());
        // The error sits right under its input; the standing hint below it.
        VBox cell = new VBox(4, label, input, error);
        String hint = labels.hint(field);
        if (!hint.isEmpty()) {
            Label hintLabel = new Label(hint);
            hintLabel.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            hintLabel.setWrapText(true);
            cell.getChildren().add(hintLabel);
        }
        return cell;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Node inputFor(DetailField field) {
        switch (field.kind()) {
            case LONG_TEXT -> {
                TextArea area = new TextArea();
                area.setWrapText(true);
                area.setPrefRowCount(3);
                area.textProperty().bindBidirectional(field.textProperty());
                return area;
            }
            case CHOICE -> {
                ComboBox box = new ComboBox<>();
                List<Enum<?>> options = new ArrayList<>();
                options.add(null);
                options.addAll(field.options());
                box.getItems().setAll(options);
                configureChoices(box, l10n.get("editor.choice.none"));
                box.setMaxWidth(Double.MAX_VALUE);
                box.valueProperty().bindBidirectional(field.choiceProperty());
                return box;
            }
            case CHOICES -> {
                FlowPane boxes = new FlowPane(16, 8);
                for (Enum<?> option : field.options()) {
                    CheckBox check = new CheckBox(l10n.label(option));
                    check.setSelected(field.choices().contains(option));
                    check.selectedProperty().addListener((obs, was, is) -> {
                        if (is) {
                            field.choices().add(option);
                        } else {
                            field.choices().remove(option);
                        }
                    });
                    field.choices().addListener((SetChangeListener<Enum<?>>) change -> {
                        check.setSelected(field.choices().contains(option));
                    });
                    boxes.getChildren().add(check);
                }
                boxes.getStyleClass().add("choices");
                return boxes;
            }
            default -> {
                TextField text = new TextField();
                text.textProperty().bindBidirectional(field.textProperty());
                if (field.kind() == DetailField.Kind.MONEY) {
                    text.setPromptText(l10n.get("editor.money.prompt"));
                } else if (field.kind() == DetailField.Kind.INTEGER) {
                    text.setPromptText(l10n.get("editor.number.prompt"));
                }
                return text;
            }
        }
    }

    public Parent root() {
        return root;
    }

    /** Focus the first field a new member needs: the type if none is chosen, else the first name. */
    public void focusFirstField() {
        if (viewModel.profileTypeProperty().get() == null) {
            typeBox.requestFocus();
        } else {
            firstNameField.requestFocus();
        }
    }
}
