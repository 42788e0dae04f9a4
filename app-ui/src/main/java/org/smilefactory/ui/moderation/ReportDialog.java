package org.smilefactory.ui.moderation;

import atlantafx.base.theme.Styles;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.smilefactory.core.api.moderation.ModerationService;
import org.smilefactory.core.api.moderation.ReportReason;
import org.smilefactory.ui.dialogs.FormDialog;
import org.smilefactory.ui.l10n.Localization;

/**
 * The report form as a dialog over the main window. The Send button stays on the form until the
 * backend has accepted the report, so a bad field is marked in place rather than lost with the dialog.
 */
public final class ReportDialog {

    private final ReportViewModel viewModel;
    private final Localization l10n;

    public ReportDialog(ReportViewModel viewModel, Localization l10n) {
        this.viewModel = viewModel;
        this.l10n = l10n;
    }

    public void show(Window owner, String targetName) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(l10n.get("report.title"));
        dialog.setHeaderText(l10n.format("report.header", targetName));
        ButtonType send = new ButtonType(l10n.get("report.send"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(send, ButtonType.CANCEL);

        ComboBox<ReportReason> reason = new ComboBox<>(FXCollections.observableArrayList(ReportReason.values()));
        reason.setId("reportReasonBox");
        reason.setPromptText(l10n.get("report.reason.prompt"));
        reason.setMaxWidth(Double.MAX_VALUE);
        reason.setCellFactory(l -> new ReasonCell());
        reason.setButtonCell(new ReasonCell());
        reason.valueProperty().bindBidirectional(viewModel.reasonProperty());
        Label reasonError = FormDialog.fieldError("reportReasonError", viewModel.errors(), "reason");

        TextArea details = new TextArea();
        details.setId("reportDetailsField");
        details.setPromptText(l10n.get("report.details.prompt"));
        details.setWrapText(true);
        details.setPrefRowCount(5);
        details.textProperty().bindBidirectional(viewModel.detailsProperty());
        Label detailsError = FormDialog.fieldError("reportDetailsError", viewModel.errors(), "details");
        Label detailsCount = new Label();
        detailsCount.setId("reportDetailsCount");
        detailsCount.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        detailsCount.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> l10n.format(
                "report.details.count", details.getText() == null ? 0 : details.getText().length(),
                ModerationService.MAX_DETAILS), details.textProperty()));

        Label banner = FormDialog.banner("reportBanner", viewModel.bannerProperty());

        Label hint = new Label(l10n.get("report.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        VBox form = new VBox(6, new Label(l10n.get("report.reason")), reason, reasonError,
                new Label(l10n.get("report.details")), details, detailsCount, detailsError, hint, banner);
        form.setPrefWidth(440);
        dialog.getDialogPane().setContent(form);

        Button sendButton = FormDialog.submitOnly(dialog, send, "reportSendButton", viewModel.busyProperty(),
                viewModel.doneProperty(), viewModel::submit);
        sendButton.getStyleClass().add(Styles.DANGER);
        dialog.setOnShown(e -> reason.requestFocus());
        dialog.show();
    }

    private final class ReasonCell extends ListCell<ReportReason> {
        @Override
        protected void updateItem(ReportReason item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? l10n.get("report.reason.prompt") : l10n.label(item));
        }
    }

    /** A small factory so screens only need the service and the window to offer "Report". */
    public interface Opener {
        void open(org.smilefactory.core.api.moderation.ReportTargetType type, java.util.UUID id, String name);
    }

    public static Opener opener(ModerationService moderation, org.smilefactory.ui.util.TaskExecutor executor,
                                Localization l10n, org.smilefactory.ui.dialogs.DialogService dialogs,
                                java.util.function.Supplier<Window> owner) {
        return (type, id, name) -> new ReportDialog(new ReportViewModel(moderation, executor, l10n, dialogs, type, id), l10n)
                .show(owner.get(), name);
    }
}
