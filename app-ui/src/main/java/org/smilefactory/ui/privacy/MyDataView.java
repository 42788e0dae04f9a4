package org.smilefactory.ui.privacy;

import atlantafx.base.theme.Styles;
import java.io.File;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.smilefactory.ui.l10n.Localization;
import org.smilefactory.ui.util.FileDialogs;

/**
 * Binds {@link MyDataViewModel} to a "My data" menu next to the Edit button of the member's own
 * profile: export (a save dialog, then progress), delete my account, withdraw the request.
 */
public final class MyDataView {

    private final MyDataViewModel viewModel;
    private final Localization l10n;
    private final HBox root;

    /** @param shown when the menu shows (the profile on screen is the member's own) */
    public MyDataView(MyDataViewModel viewModel, Localization l10n, ObservableBooleanValue shown) {
        this.viewModel = viewModel;
        this.l10n = l10n;
        this.root = build();
        root.visibleProperty().bind(shown);
        root.managedProperty().bind(root.visibleProperty());
    }

    private HBox build() {
        MenuItem export = new MenuItem(l10n.get("privacy.menu.export"), new FontIcon(Feather.DOWNLOAD));
        export.setId("exportMyDataItem");
        export.disableProperty().bind(viewModel.exportingProperty());
        export.setOnAction(e -> chooseAndExport());
        MenuItem erase = new MenuItem(l10n.get("privacy.menu.erase"), new FontIcon(Feather.USER_X));
        erase.setId("deleteMyAccountItem");
        erase.visibleProperty().bind(viewModel.pendingProperty().not());
        erase.disableProperty().bind(viewModel.workingProperty());
        erase.setOnAction(e -> viewModel.requestErasure());
        MenuItem withdraw = new MenuItem(l10n.get("privacy.menu.withdraw"), new FontIcon(Feather.ROTATE_CCW));
        withdraw.setId("withdrawErasureItem");
        withdraw.visibleProperty().bind(viewModel.pendingProperty());
        withdraw.disableProperty().bind(viewModel.workingProperty());
        withdraw.setOnAction(e -> viewModel.withdraw());

        MenuButton menu = new MenuButton(l10n.get("privacy.menu"), new FontIcon(Feather.SHIELD), export, erase, withdraw);
        menu.setId("myDataMenu");
        menu.getStyleClass().add(Styles.FLAT);
        menu.setOnShowing(e -> viewModel.refresh());

        ProgressIndicator busy = new ProgressIndicator(-1);
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(viewModel.exportingProperty());
        busy.managedProperty().bind(busy.visibleProperty());
        Label progress = new Label();
        progress.setId("exportProgressLabel");
        progress.getStyleClass().add(Styles.TEXT_MUTED);
        progress.textProperty().bind(viewModel.progressProperty());
        progress.visibleProperty().bind(viewModel.exportingProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        Label pending = new Label(l10n.get("privacy.erase.pendingBadge"));
        pending.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.WARNING);
        pending.visibleProperty().bind(viewModel.pendingProperty());
        pending.managedProperty().bind(pending.visibleProperty());

        HBox box = new HBox(8, busy, progress, pending, menu);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        viewModel.refresh();
        return box;
    }

    private void chooseAndExport() {
        FileChooser chooser = FileDialogs.chooser(l10n.get("privacy.export.chooserTitle"));
        chooser.setInitialFileName(viewModel.suggestedFileName());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(l10n.get("privacy.export.zipFiles"), "*.zip"));
        File file = chooser.showSaveDialog(root.getScene() == null ? null : root.getScene().getWindow());
        if (file != null) {
            viewModel.exportTo(file.toPath());
        }
    }

    public Node root() {
        return root;
    }
}
