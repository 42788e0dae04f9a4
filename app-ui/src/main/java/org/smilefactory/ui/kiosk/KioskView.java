package org.smilefactory.ui.kiosk;

import atlantafx.base.theme.Styles;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.smilefactory.core.api.events.CheckInResult;
import org.smilefactory.core.api.events.Registration;
import org.smilefactory.ui.l10n.Localization;
import org.smilefactory.ui.kiosk.KioskViewModel.Mode;
import org.smilefactory.ui.util.FieldErrors;

/**
 * Binds the kiosk screen to {@link KioskViewModel}. Built in code rather than FXML: it is one screen
 * whose panels swap by mode, and every node it has is listed here. The input keeps the focus
 * whenever nobody is typing in a form, so a scanner's keystrokes always land in it.
 */
public final class KioskView {

    private final KioskViewModel viewModel;
    private final Localization l10n;
    private final StackPane root = new StackPane();
    private final TextField input = new TextField();
    private final StackPane overlay = new StackPane();

    public KioskView(KioskViewModel viewModel, Localization l10n) {
        this.viewModel = viewModel;
        this.l10n = l10n;
        build();
    }

    private void build() {
        root.setId("kioskRoot");
        root.getStyleClass().add("kiosk-root");
        root.getStylesheets().add(KioskView.class.getResource("kiosk.css").toExternalForm());

        Label title = new Label();
        title.setId("kioskEventTitle");
        title.getStyleClass().add("kiosk-event-title");
        title.textProperty().bind(viewModel.eventTitleProperty());
        Label places = new Label();
        places.setId("kioskPlaces");
        places.getStyleClass().add("kiosk-places");
        places.textProperty().bind(viewModel.placesTextProperty());
        Button exit = new Button(l10n.get("kiosk.exit"), new FontIcon(Feather.LOCK));
        exit.setId("kioskExitButton");
        exit.getStyleClass().add(Styles.FLAT);
        exit.setFocusTraversable(false);
        exit.setOnAction(e -> viewModel.askExit());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Label offline = new Label(null, new FontIcon(Feather.WIFI_OFF));
        offline.setId("kioskOffline");
        offline.getStyleClass().add("kiosk-offline");
        offline.setWrapText(true);
        offline.setMaxWidth(520);
        offline.textProperty().bind(viewModel.offlineNoticeProperty());
        offline.visibleProperty().bind(viewModel.offlineNoticeProperty().isNotEmpty());
        offline.managedProperty().bind(offline.visibleProperty());
        HBox top = new HBox(16, new VBox(4, title, places), grow, offline, exit);
        top.setAlignment(Pos.CENTER_LEFT);

        input.setId("kioskInput");
        input.getStyleClass().add("kiosk-input");
        input.setPromptText(l10n.get("kiosk.prompt"));
        input.textProperty().bindBidirectional(viewModel.inputProperty());
        input.setOnAction(e -> viewModel.submit());
        input.disableProperty().bind(viewModel.modeProperty().isEqualTo(Mode.BROKEN)
                .or(viewModel.modeProperty().isEqualTo(Mode.LOADING)));
        input.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                keepFocus();
            }
        });

        StackPane center = new StackPane(readyPanel(), resultPanel(), searchPanel(), walkInPanel(), workingPanel());
        // the hidden panels must not make the screen taller than the window: each may shrink
        center.getChildren().forEach(panel -> ((Region) panel).setMinSize(0, 0));
        center.setMinSize(0, 0);
        VBox.setVgrow(center, Priority.ALWAYS);
        BorderPane layout = new BorderPane(center);
        layout.setTop(top);
        layout.setBottom(input);
        BorderPane.setMargin(center, new javafx.geometry.Insets(24, 0, 24, 0));

        overlay.setId("kioskOverlay");
        overlay.setStyle("-fx-background-color: rgba(0,0,0,0.35);");
        overlay.setVisible(false);
        overlay.getChildren().add(pinPanel());
        overlay.visibleProperty().bind(viewModel.modeProperty().isEqualTo(Mode.EXIT_PIN));
        root.getChildren().addAll(layout, overlay);

        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                if (viewModel.modeProperty().get() == Mode.EXIT_PIN) {
                    viewModel.cancelExit();
                } else {
                    viewModel.askExit();
                }
            }
        });
        viewModel.modeProperty().addListener((obs, old, mode) -> keepFocus());
    }

    /** Puts the focus back into the scan input unless a form (walk-in, PIN, badge) needs it. */
    private void keepFocus() {
        Mode mode = viewModel.modeProperty().get();
        boolean formOpen = mode == Mode.WALK_IN || mode == Mode.EXIT_PIN || badgeOpen();
        if (!formOpen) {
            Platform.runLater(() -> {
                if (!input.isFocused() && !input.isDisabled()) {
                    input.requestFocus();
                }
            });
        }
    }

    private boolean badgeOpen() {
        return root.getChildren().size() > 2;
    }

    private VBox panel(String id, Mode mode) {
        VBox panel = new VBox();
        panel.setId(id);
        panel.getStyleClass().add("kiosk-panel");
        panel.visibleProperty().bind(viewModel.modeProperty().isEqualTo(mode));
        return panel;
    }

    private Node readyPanel() {
        VBox panel = panel("kioskReady", Mode.READY);
        panel.getStyleClass().add("kiosk-ready");
        Label title = new Label(l10n.get("kiosk.ready.title"));
        title.getStyleClass().add("kiosk-title");
        Label detail = new Label(l10n.get("kiosk.ready.description"));
        detail.getStyleClass().add("kiosk-detail");
        FontIcon icon = new FontIcon(Feather.MAXIMIZE);
        icon.getStyleClass().add("kiosk-icon");
        panel.getChildren().addAll(icon, title, detail);
        return panel;
    }

    private Node workingPanel() {
        VBox panel = panel("kioskWorking", Mode.WORKING);
        panel.getStyleClass().add("kiosk-ready");
        Label label = new Label(l10n.get("kiosk.working"));
        label.getStyleClass().add("kiosk-detail");
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(96, 96);
        panel.getChildren().addAll(progress, label);
        return panel;
    }

    private Node resultPanel() {
        VBox panel = new VBox();
        panel.setId("kioskResult");
        panel.getStyleClass().add("kiosk-panel");
        panel.visibleProperty().bind(viewModel.modeProperty().isEqualTo(Mode.RESULT)
                .or(viewModel.modeProperty().isEqualTo(Mode.BROKEN)));
        FontIcon icon = new FontIcon(Feather.CHECK_CIRCLE);
        icon.setId("kioskResultIcon");
        icon.getStyleClass().add("kiosk-icon");
        Label title = new Label();
        title.setId("kioskResultTitle");
        title.getStyleClass().add("kiosk-title");
        title.textProperty().bind(viewModel.resultTitleProperty());
        Label detail = new Label();
        detail.setId("kioskResultDetail");
        detail.getStyleClass().add("kiosk-detail");
        detail.textProperty().bind(viewModel.resultDetailProperty());

        Button walkIn = new Button(l10n.get("kiosk.walkIn.offer"), new FontIcon(Feather.USER_PLUS));
        walkIn.setId("kioskWalkInButton");
        walkIn.getStyleClass().add("kiosk-big-button");
        walkIn.setFocusTraversable(false);
        walkIn.visibleProperty().bind(viewModel.walkInOfferedProperty());
        walkIn.managedProperty().bind(walkIn.visibleProperty());
        walkIn.setOnAction(e -> viewModel.startWalkIn());
        Button badge = new Button(l10n.get("kiosk.badge.print"), new FontIcon(Feather.PRINTER));
        badge.setId("kioskBadgeButton");
        badge.getStyleClass().add("kiosk-big-button");
        badge.setFocusTraversable(false);
        badge.visibleProperty().bind(viewModel.badgePrintableProperty());
        badge.managedProperty().bind(badge.visibleProperty());
        badge.setOnAction(e -> showBadge());
        HBox actions = new HBox(16, walkIn, badge);
        actions.setAlignment(Pos.CENTER);
        panel.getChildren().addAll(icon, title, detail, actions);

        viewModel.toneProperty().addListener((obs, old, tone) -> applyTone(panel, icon, tone));
        viewModel.resultProperty().addListener((obs, old, r) -> applyTone(panel, icon, viewModel.toneProperty().get()));
        applyTone(panel, icon, viewModel.toneProperty().get());
        return panel;
    }

    private void applyTone(VBox panel, FontIcon icon, KioskViewModel.Tone tone) {
        panel.getStyleClass().removeAll("kiosk-success", "kiosk-warning", "kiosk-danger", "kiosk-neutral");
        panel.getStyleClass().add("kiosk-" + tone.name().toLowerCase(java.util.Locale.ROOT));
        CheckInResult r = viewModel.resultProperty().get();
        Feather glyph;
        if (r == null) {
            glyph = tone == KioskViewModel.Tone.DANGER ? Feather.X_OCTAGON : Feather.INFO;
        } else {
            glyph = switch (r.outcome()) {
                case CHECKED_IN -> Feather.CHECK_CIRCLE;
                case ALREADY_CHECKED_IN -> Feather.CLOCK;
                case WAITLISTED -> Feather.PAUSE_CIRCLE;
                case CANCELLED -> Feather.SLASH;
                case NOT_REGISTERED, UNKNOWN_CODE -> Feather.X_OCTAGON;
            };
        }
        icon.setIconCode(glyph);
    }

    private Node searchPanel() {
        VBox panel = panel("kioskSearch", Mode.SEARCH);
        panel.getStyleClass().add("kiosk-ready");
        Label title = new Label(l10n.get("kiosk.search.title"));
        title.getStyleClass().add("kiosk-detail");
        ListView<Registration> list = new ListView<>(viewModel.matches());
        list.setId("kioskMatches");
        list.setFocusTraversable(false);
        list.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(Registration r, boolean empty) {
                super.updateItem(r, empty);
                if (empty || r == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                Label name = new Label(r.memberName());
                name.setStyle("-fx-font-weight: bold;");
                Label email = new Label(r.email());
                email.getStyleClass().add(Styles.TEXT_MUTED);
                Label status = new Label(l10n.label(r.status()));
                Region grow = new Region();
                HBox.setHgrow(grow, Priority.ALWAYS);
                Button checkIn = new Button(l10n.get("kiosk.search.checkIn"), new FontIcon(Feather.CHECK));
                checkIn.getStyleClass().addAll("kiosk-check-in", Styles.SUCCESS);
                checkIn.setFocusTraversable(false);
                checkIn.setOnAction(e -> viewModel.checkIn(r));
                HBox row = new HBox(16, new VBox(2, name, email), status, grow, checkIn);
                row.getStyleClass().add("kiosk-match");
                setGraphic(row);
                setText(null);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        panel.getChildren().addAll(title, list);
        return panel;
    }

    private Node walkInPanel() {
        VBox panel = panel("kioskWalkIn", Mode.WALK_IN);
        panel.getStyleClass().add("kiosk-ready");
        VBox form = new VBox(8);
        form.getStyleClass().add("kiosk-overlay");
        Label title = new Label(l10n.get("kiosk.walkIn.title"));
        title.getStyleClass().add(Styles.TITLE_2);
        FieldErrors errors = viewModel.walkInErrors();
        form.getChildren().add(title);
        TextField first = field(form, "walkInFirstName", "kiosk.walkIn.firstName", viewModel.walkInFirstNameProperty(), errors, "firstName");
        field(form, "walkInLastName", "kiosk.walkIn.lastName", viewModel.walkInLastNameProperty(), errors, "lastName");
        TextField email = field(form, "walkInEmail", "kiosk.walkIn.email", viewModel.walkInEmailProperty(), errors, "email");
        email.setOnAction(e -> viewModel.submitWalkIn());
        Button submit = new Button(l10n.get("kiosk.walkIn.submit"), new FontIcon(Feather.USER_CHECK));
        submit.setId("walkInSubmit");
        submit.getStyleClass().addAll(Styles.SUCCESS, "kiosk-big-button");
        submit.setDefaultButton(true);
        submit.setOnAction(e -> viewModel.submitWalkIn());
        Button back = new Button(l10n.get("kiosk.walkIn.cancel"));
        back.setId("walkInCancel");
        back.getStyleClass().add("kiosk-big-button");
        back.setOnAction(e -> viewModel.ready());
        form.getChildren().add(new HBox(12, submit, back));
        panel.getChildren().add(form);
        viewModel.modeProperty().addListener((obs, old, mode) -> {
            if (mode == Mode.WALK_IN) {
                Platform.runLater(first::requestFocus);
            }
        });
        return panel;
    }

    private TextField field(VBox form, String id, String labelKey, javafx.beans.property.StringProperty value,
                            FieldErrors errors, String errorField) {
        Label label = new Label(l10n.get(labelKey));
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        label.setLabelFor(field);
        Label error = new Label();
        error.setId(id + "Error");
        error.getStyleClass().add("field-error");
        error.textProperty().bind(errors.of(errorField));
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        form.getChildren().addAll(label, field, error);
        return field;
    }

    private Node pinPanel() {
        VBox box = new VBox();
        box.getStyleClass().add("kiosk-overlay");
        box.setMaxSize(560, Region.USE_PREF_SIZE);
        Label title = new Label(l10n.get("kiosk.exit.title"));
        title.getStyleClass().add(Styles.TITLE_2);
        Label prompt = new Label(l10n.get("kiosk.exit.prompt"));
        PasswordField pin = new PasswordField();
        pin.setId("kioskPinField");
        pin.textProperty().bindBidirectional(viewModel.pinProperty());
        pin.setOnAction(e -> viewModel.confirmExit());
        Label error = new Label();
        error.setId("kioskPinError");
        error.getStyleClass().add("field-error");
        error.textProperty().bind(viewModel.pinErrorProperty());
        Button confirm = new Button(l10n.get("kiosk.exit.confirm"), new FontIcon(Feather.UNLOCK));
        confirm.setId("kioskPinConfirm");
        confirm.getStyleClass().add(Styles.DANGER);
        confirm.setOnAction(e -> viewModel.confirmExit());
        Button cancel = new Button(l10n.get("kiosk.exit.cancel"));
        cancel.setId("kioskPinCancel");
        cancel.setOnAction(e -> viewModel.cancelExit());
        box.getChildren().addAll(title, prompt, pin, error, new HBox(12, confirm, cancel));
        viewModel.modeProperty().addListener((obs, old, mode) -> {
            if (mode == Mode.EXIT_PIN) {
                Platform.runLater(pin::requestFocus);
            }
        });
        return box;
    }

    /** The badge of the current result in a preview, with the system print dialog one click away. */
    private void showBadge() {
        CheckInResult r = viewModel.resultProperty().get();
        if (r == null) {
            return;
        }
        viewModel.stop();
        VBox badge = Badge.node(viewModel.eventTitleProperty().get(), r.memberName(), r.role(), l10n);
        Label heading = new Label(l10n.get("kiosk.badge.preview"));
        heading.getStyleClass().add(Styles.TITLE_3);
        Label message = new Label();
        message.getStyleClass().add("field-error");
        Button print = new Button(l10n.get("kiosk.badge.printNow"), new FontIcon(Feather.PRINTER));
        print.setId("badgePrintButton");
        print.getStyleClass().add(Styles.ACCENT);
        Button close = new Button(l10n.get("kiosk.badge.close"));
        close.setId("badgeCloseButton");
        VBox box = new VBox(heading, badge, message, new HBox(12, print, close));
        box.getStyleClass().add("kiosk-overlay");
        box.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        StackPane layer = new StackPane(box);
        layer.setId("badgeLayer");
        layer.setStyle("-fx-background-color: rgba(0,0,0,0.35);");
        Runnable closeLayer = () -> {
            root.getChildren().remove(layer);
            viewModel.ready();
            keepFocus();
        };
        print.setOnAction(e -> {
            if (Badge.print(badge, root.getScene().getWindow())) {
                closeLayer.run();
            } else if (javafx.print.Printer.getDefaultPrinter() == null) {
                message.setText(l10n.get("kiosk.badge.noPrinter"));
            }
        });
        close.setOnAction(e -> closeLayer.run());
        root.getChildren().add(layer);
    }

    public Parent root() {
        return root;
    }

    public void focusInput() {
        Platform.runLater(input::requestFocus);
    }
}
