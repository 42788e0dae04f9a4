package org.smilefactory.ui.dashboard;

import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.smilefactory.ui.demo.DemoDataView;
import org.smilefactory.ui.l10n.Localization;
import org.smilefactory.ui.shell.AreaView;
import org.smilefactory.ui.util.ViewLoader;

/** Binds Dashboard.fxml to {@link DashboardViewModel}: one card per member state, plus the demo card. */
public final class DashboardView implements AreaView {

    private final DashboardViewModel viewModel;
    private final DemoDataView demoView;
    /** The hub's numbers with charts, for staff only (null for members). */
    private final StaffStatsView staffView;
    private final Parent root;

    @FXML private Label greetingLabel;
    @FXML private StackPane loadingPane;
    @FXML private Message dashboardErrorBanner;
    @FXML private VBox newCard;
    @FXML private Label newIcon;
    @FXML private Button chooseTypeButton;
    @FXML private VBox incompleteCard;
    @FXML private Label incompleteIcon;
    @FXML private Label incompleteTitle;
    @FXML private ProgressBar dashboardCompletionBar;
    @FXML private FlowPane missingPane;
    @FXML private Button completeButton;
    @FXML private VBox completeCard;
    @FXML private Label completeIcon;
    @FXML private Label summaryLabel;
    @FXML private Button dashboardEditButton;
    @FXML private StackPane demoSlot;
    @FXML private StackPane staffSlot;

    public DashboardView(DashboardViewModel viewModel, DemoDataView demoView, Localization l10n) {
        this(viewModel, demoView, null, l10n);
    }

    public DashboardView(DashboardViewModel viewModel, DemoDataView demoView, StaffStatsView staffView, Localization l10n) {
        this.viewModel = viewModel;
        this.demoView = demoView;
        this.staffView = staffView;
        this.root = ViewLoader.load(this, "Dashboard.fxml", l10n);
    }

    @FXML
    private void initialize() {
        greetingLabel.setText(viewModel.greeting());
        showWhen(loadingPane, DashboardViewModel.State.LOADING);
        showWhen(dashboardErrorBanner, DashboardViewModel.State.ERROR);
        showWhen(newCard, DashboardViewModel.State.NEW);
        showWhen(incompleteCard, DashboardViewModel.State.INCOMPLETE);
        showWhen(completeCard, DashboardViewModel.State.COMPLETE);

        dashboardErrorBanner.getStyleClass().add(Styles.DANGER);
        dashboardErrorBanner.setGraphic(new FontIcon(Feather.ALERT_TRIANGLE));
        dashboardErrorBanner.descriptionProperty().bind(viewModel.errorMessageProperty());

        newIcon.setGraphic(new FontIcon(Feather.USER_PLUS));
        chooseTypeButton.getStyleClass().add(Styles.ACCENT);
        chooseTypeButton.setGraphic(new FontIcon(Feather.ARROW_RIGHT));
        chooseTypeButton.setOnAction(e -> viewModel.editProfile());

        incompleteIcon.setGraphic(new FontIcon(Feather.EDIT_3));
        incompleteTitle.textProperty().bind(viewModel.completionTextProperty());
        dashboardCompletionBar.progressProperty().bind(viewModel.completionProperty());
        viewModel.missingFields().addListener((ListChangeListener<String>) change -> showMissing());
        showMissing();
        completeButton.getStyleClass().add(Styles.ACCENT);
        completeButton.setGraphic(new FontIcon(Feather.ARROW_RIGHT));
        completeButton.setOnAction(e -> viewModel.editProfile());

        completeIcon.setGraphic(new FontIcon(Feather.CHECK_CIRCLE));
        summaryLabel.textProperty().bind(viewModel.summaryProperty());
        dashboardEditButton.setGraphic(new FontIcon(Feather.EDIT_2));
        dashboardEditButton.setOnAction(e -> viewModel.editProfile());

        demoSlot.getChildren().setAll(demoView.root());
        demoSlot.visibleProperty().bind(demoView.relevantProperty());
        demoSlot.managedProperty().bind(demoSlot.visibleProperty());

        if (staffView != null) {
            staffSlot.getChildren().setAll(staffView.root());
        }
        staffSlot.setVisible(staffView != null);
        staffSlot.setManaged(staffView != null);
    }

    private void showWhen(Node node, DashboardViewModel.State state) {
        node.visibleProperty().bind(viewModel.stateProperty().isEqualTo(state));
        node.managedProperty().bind(node.visibleProperty());
    }

    private void showMissing() {
        missingPane.getChildren().setAll(viewModel.missingFields().stream().map(field -> {
            Label chip = new Label(field);
            chip.getStyleClass().add("chip-warning");
            return chip;
        }).toList());
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void onShown() {
        viewModel.refresh();
        if (staffView != null) {
            staffView.refresh();
        }
    }
}
