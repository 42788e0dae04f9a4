package org.smilefactory.ui.events;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelReader;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javax.imageio.ImageIO;
import org.smilefactory.core.api.events.Ticket;
import org.smilefactory.ui.l10n.HubTime;
import org.smilefactory.ui.l10n.Localization;

/**
 * Tickets as pictures: the QR code (ZXing encodes, we paint the modules) and the ticket card that is
 * shown in the app and saved as PNG — the PNG is a snapshot of the same card, so the saved ticket is
 * what the member saw.
 */
public final class TicketImages {


    private TicketImages() {
    }

    /** The code as a QR image, {@code size} pixels square, with the quiet zone scanners need. */
    public static WritableImage qr(String code, int size) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(code, BarcodeFormat.QR_CODE, size, size,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode the ticket code as a QR code", e);
        }
        WritableImage image = new WritableImage(matrix.getWidth(), matrix.getHeight());
        PixelWriter pixels = image.getPixelWriter();
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                pixels.setColor(x, y, matrix.get(x, y) ? Color.BLACK : Color.WHITE);
            }
        }
        return image;
    }

    /** The ticket card: event, time in the event's zone, member, role and the QR code. */
    public static VBox card(Ticket ticket, Localization l10n) {
        Label event = new Label(ticket.eventTitle());
        event.getStyleClass().add("ticket-event");
        event.setWrapText(true);
        ZoneId zone = ZoneId.of(ticket.timeZone());
        Label when = new Label(HubTime.inZone(ticket.start(), zone, Locale.getDefault(Locale.Category.FORMAT))
                + " (" + zone.getId() + ")");
        Label where = new Label(ticket.location() == null ? "" : ticket.location());
        where.setVisible(ticket.location() != null);
        where.setManaged(ticket.location() != null);
        Label name = new Label(ticket.memberName());
        name.getStyleClass().add("ticket-name");
        Label role = new Label(l10n.format("events.ticket.role", l10n.label(ticket.role()), l10n.label(ticket.status())));
        ImageView qr = new ImageView(qr(ticket.code(), 240));
        qr.setId("ticketQr");
        Label code = new Label(ticket.code());
        code.getStyleClass().add("ticket-code");
        VBox card = new VBox(event, when, where, qr, name, role, code);
        card.setId("ticketCard");
        card.getStyleClass().add("ticket-card");
        card.getStylesheets().add(TicketImages.class.getResource("events.css").toExternalForm());
        card.setMaxWidth(420);
        return card;
    }

    /** PNG bytes of a card that is not on screen (laid out in a scene of its own first). Call on the FX thread. */
    public static byte[] png(Ticket ticket, Localization l10n) {
        VBox card = card(ticket, l10n);
        new Scene(new Group(card));
        card.applyCss();
        card.layout();
        return png(card.snapshot(null, null));
    }

    /** Encodes a JavaFX image as PNG without javafx-swing: pixels are copied into a BufferedImage. */
    static byte[] png(WritableImage image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage buffered = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader reader = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                buffered.setRGB(x, y, reader.getArgb(x, y));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(buffered, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
