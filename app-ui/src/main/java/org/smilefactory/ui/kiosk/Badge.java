package org.smilefactory.ui.kiosk;

import javafx.print.PageLayout;
import javafx.print.PrinterJob;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.transform.Scale;
import javafx.stage.Window;
import org.smilefactory.core.api.events.AttendeeRole;
import org.smilefactory.ui.l10n.Localization;

/**
 * A name badge: the preview on screen is the very node that is printed, so what staff see is what
 * comes out of the printer. Printing goes through the system print dialog (JavaFX {@link PrinterJob}).
 */
public final class Badge {

    private Badge() {
    }

    public static VBox node(String eventTitle, String name, AttendeeRole role, Localization l10n) {
        Label event = new Label(eventTitle);
        event.getStyleClass().add("badge-event");
        Label person = new Label(name);
        person.getStyleClass().add("badge-name");
        person.setWrapText(true);
        Label roleLabel = new Label(l10n.label(role));
        roleLabel.getStyleClass().add("badge-role");
        VBox badge = new VBox(event, person, roleLabel);
        badge.getStyleClass().add("badge");
        badge.setId("badgePreview");
        return badge;
    }

    /**
     * Shows the print dialog and prints the badge scaled to the page; false when there is no printer
     * or the user cancelled.
     */
    public static boolean print(Node badge, Window owner) {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            return false;
        }
        if (!job.showPrintDialog(owner)) {
            job.cancelJob();
            return false;
        }
        PageLayout page = job.getJobSettings().getPageLayout();
        double scale = Math.min(1, Math.min(page.getPrintableWidth() / badge.getBoundsInParent().getWidth(),
                page.getPrintableHeight() / badge.getBoundsInParent().getHeight()));
        Scale fit = new Scale(scale, scale);
        badge.getTransforms().add(fit);
        try {
            boolean printed = job.printPage(badge);
            return printed && job.endJob();
        } finally {
            badge.getTransforms().remove(fit);
        }
    }
}
