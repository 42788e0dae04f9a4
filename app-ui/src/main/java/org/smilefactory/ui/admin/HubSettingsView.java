package org.smilefactory.ui.admin;

import atlantafx.base.theme.Styles;
import java.time.ZoneId;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.smilefactory.ui.l10n.Localization;
import org.smilefactory.ui.util.Forms;

/** Binds Admin → Settings to its {@link HubSettingsViewModel}, with the retention card under it. */
public final class HubSettingsView {

    private final HubSettingsViewModel vm;
    private final Localization l10n;
    private final VBox root = new VBox(16);
    private final GridPane grid = new GridPane();
    private int row;

    public HubSettingsView(HubSettingsViewModel vm, Localization l10n, Node retentionCard) {
        this.vm = vm;
        this.l10n = l10n;
        root.setId("hubSettings");
        grid.setHgap(10);
        grid.setVgap(6);
        Label title = new Label(l10n.get("hubSettings.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        text("hubName", vm.hubNameProperty());
        ComboBox<String> zone = new ComboBox<>(FXCollections.observableArrayList(ZoneId.getAvailableZoneIds()).sorted());
        zone.setId("hubSettings-timeZone");
        zone.setEditable(true);
        zone.valueProperty().bindBidirectional(vm.timeZoneProperty());
        field("timeZone", zone);
        text("currency", vm.currencyProperty());
        Spinner<Integer> seconds = new Spinner<>(1, 60, vm.resultSecondsProperty().get());
        seconds.setId("hubSettings-resultSeconds");
        seconds.valueProperty().addListener((o, a, b) -> vm.resultSecondsProperty().set(b));
        vm.resultSecondsProperty().addListener((o, a, b) -> seconds.getValueFactory().setValue(b.intValue()));
        field("kiosk.resultSeconds", seconds);
        CheckBox walkIns = new CheckBox(l10n.get("hubSettings.field.walkIns"));
        walkIns.selectedProperty().bindBidirectional(vm.walkInsProperty());
        CheckBox badges = new CheckBox(l10n.get("hubSettings.field.badgePrinting"));
        badges.selectedProperty().bindBidirectional(vm.badgePrintingProperty());
        grid.add(walkIns, 1, row++);
        grid.add(badges, 1, row++);
        text("chatUrl", vm.chatUrlProperty());
        text("chatModel", vm.chatModelProperty());
        text("embeddingUrl", vm.embeddingUrlProperty());
        text("embeddingModel", vm.embeddingModelProperty());
        Label result = new Label();
        result.getStyleClass().add(Styles.SUCCESS);
        result.textProperty().bind(vm.resultMessageProperty());
        Label error = new Label();
        error.setId("hubSettingsError");
        error.setWrapText(true);
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(vm.errorMessageProperty());
        Button save = new Button(l10n.get("hubSettings.save"));
        save.setId("hubSettingsSave");
        save.getStyleClass().add(Styles.ACCENT);
        save.setOnAction(e -> vm.save());
        save.setVisible(vm.isAdmin());
        save.disableProperty().bind(vm.busyProperty().or(vm.loadedProperty().not()));
        Button revert = new Button(l10n.get("hubSettings.revert"));
        revert.setOnAction(e -> vm.revert());
        revert.disableProperty().bind(vm.busyProperty());
        VBox card = new VBox(12, title, grid, new HBox(8, save, revert), result, error);
        card.getStyleClass().add("dashboard-card");
        root.getChildren().add(card);
        if (retentionCard != null) {
            root.getChildren().add(retentionCard);
        }
    }

    private void text(String field, javafx.beans.property.StringProperty property) {
        TextField input = new TextField();
        input.setId("hubSettings-" + field);
        input.textProperty().bindBidirectional(property);
        input.setEditable(vm.isAdmin());
        field(field, input);
    }

    private void field(String field, javafx.scene.control.Control input) {
        Label label = new Label(l10n.get("hubSettings.field." + field));
        label.setLabelFor(input);
        Label error = new Label();
        Forms.bindError(input, error, vm.errors().of(field));
        input.disableProperty().bind(vm.busyProperty());
        grid.addRow(row++, label, input, error);
    }

    public VBox root() {
        return root;
    }
}
