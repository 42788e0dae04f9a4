package org.smilefactory.ui.profiles;

import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.geometry.VPos;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.smilefactory.core.api.profiles.ProfileView;
import org.smilefactory.ui.l10n.Localization;
import org.smilefactory.ui.util.EmptyState;
import org.smilefactory.ui.util.ViewLoader;

/** Binds MemberProfile.fxml to {@link MemberProfileViewModel}: one member's profile, read-only. */
public final class MemberProfileView {

    private final MemberProfileViewModel viewModel;
    private final Localization l10n;
    private final Parent root;

    @FXML private ScrollPane profileScroll;
    @FXML private Label avatar;
    @FXML private Label nameLabel;
    @FXML private Label typeLabel;
    @FXML private Label stateLabel;
    @FXML private Button profileEditButton;
    @FXML private Button reportButton;
    @FXML private Label completionLabel;
    @FXML private ProgressBar completionBar;
    @FXML private GridPane aboutGrid;
    @FXML private Label detailsTitle;
    @FXML private GridPane detailsGrid;
    @FXML private Label noDetailsLabel;
    @FXML private VBox placeholderSlot;
    @FXML private Message profileErrorBanner;
    @FXML private ProgressIndicator loadingIndicator;

    public MemberProfileView(MemberProfileViewModel viewModel, Localization l10n) {
        this.viewModel = viewModel;
        this.l10n = l10n;
        this.root = ViewLoader.load(this, "MemberProfile.fxml", l10n);
    }

    @FXML
    private void initialize() {
        placeholderSlot.getChildren().setAll(new EmptyState(Feather.USER,
                l10n.get("profile.placeholder.title"), l10n.get("profile.placeholder.description")));
        placeholderSlot.visibleProperty().bind(viewModel.profileProperty().isNull()
                .and(viewModel.errorMessageProperty().isEmpty()));
        profileScroll.visibleProperty().bind(viewModel.profileProperty().isNotNull());
        loadingIndicator.visibleProperty().bind(viewModel.loadingProperty());

        profileErrorBanner.getStyleClass().add(Styles.DANGER);
        profileErrorBanner.setGraphic(new FontIcon(Feather.ALERT_TRIANGLE));
        profileErrorBanner.descriptionProperty().bind(viewModel.errorMessageProperty());
        profileErrorBanner.visibleProperty().bind(viewModel.errorMessageProperty().isNotEmpty());

        profileEditButton.getStyleClass().add(Styles.ACCENT);
        profileEditButton.setGraphic(new FontIcon(Feather.EDIT_2));
        profileEditButton.visibleProperty().bind(viewModel.canEditProperty());
        profileEditButton.setOnAction(e -> viewModel.edit());

        reportButton.getStyleClass().addAll(Styles.FLAT, Styles.DANGER);
        reportButton.setGraphic(new FontIcon(Feather.FLAG));
        reportButton.visibleProperty().bind(viewModel.canReportProperty());
        reportButton.managedProperty().bind(reportButton.visibleProperty());
        reportButton.setOnAction(e -> viewModel.report());

        viewModel.profileProperty().addListener((obs, old, profile) -> show(profile));
        viewModel.aboutRows().addListener((ListChangeListener<InfoRow>) c -> fill(aboutGrid, viewModel.aboutRows()));
        viewModel.detailRows().addListener((ListChangeListener<InfoRow>) c -> fill(detailsGrid, viewModel.detailRows()));
    }

    private void show(ProfileView profile) {
        if (profile == null) {
            return;
        }
        nameLabel.setText(profile.displayName());
        avatar.setText(initials(profile));
        typeLabel.setText(viewModel.typeLabel());
        stateLabel.setText(viewModel.stateLabel());
        profileEditButton.setText(viewModel.isOwn() ? l10n.get("directory.editMine") : l10n.get("profile.edit"));
        completionLabel.setText(viewModel.completionText());
        completionBar.setProgress(profile.completion() / 100.0);
        boolean hasType = profile.profileType() != null;
        detailsTitle.setText(hasType ? l10n.format("profile.section.details", viewModel.typeLabel()) : "");
        detailsTitle.setVisible(hasType);
        detailsTitle.setManaged(hasType);
        boolean noDetails = viewModel.detailRows().isEmpty();
        noDetailsLabel.setText(hasType ? l10n.get("profile.details.empty") : l10n.get("profile.noType.description"));
        noDetailsLabel.setVisible(noDetails);
        noDetailsLabel.setManaged(noDetails);
        profileScroll.setVvalue(0);
    }

    private static String initials(ProfileView profile) {
        StringBuilder initials = new StringBuilder();
        for (String part : new String[] {profile.firstName(), profile.lastName()}) {
            if (part != null && !part.isBlank()) {
                initials.appendCodePoint(part.strip().codePointAt(0));
            }
        }
        if (initials.length() == 0 && !profile.displayName().isBlank()) {
            initials.appendCodePoint(profile.displayName().codePointAt(0));
        }
        return initials.toString().toUpperCase(Locale.ROOT);
    }

    private static void fill(GridPane grid, List<InfoRow> rows) {
        grid.getChildren().clear();
        int row = 0;
        for (InfoRow info : rows) {
            Label label = new Label(info.label());
            label.getStyleClass().addAll(Styles.TEXT_MUTED);
            label.setWrapText(true);
            Label value = new Label(info.value());
            value.setWrapText(true);
            GridPane.setValignment(label, VPos.TOP);
            grid.add(label, 0, row);
            grid.add(value, 1, row);
            row++;
        }
    }

    public Parent root() {
        return root;
    }

    /** Adds another feature's actions (e.g. connection buttons) next to the Edit button. */
    public void addAction(javafx.scene.Node action) {
        javafx.scene.layout.Pane header = (javafx.scene.layout.Pane) profileEditButton.getParent();
        header.getChildren().add(header.getChildren().indexOf(profileEditButton), action);
    }
}
