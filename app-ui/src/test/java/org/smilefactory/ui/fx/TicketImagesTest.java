package org.smilefactory.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.UUID;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.smilefactory.core.api.events.AttendeeRole;
import org.smilefactory.core.api.events.RegistrationStatus;
import org.smilefactory.core.api.events.Ticket;
import org.smilefactory.ui.events.TicketImages;
import org.smilefactory.ui.l10n.Localization;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The QR code on a ticket, and in the saved PNG, reads back as exactly the ticket code. */
@ExtendWith(ApplicationExtension.class)
class TicketImagesTest {

    private static final String CODE = "q3Zr-8_KxYw0aB1cD2eF3gH4";

    @Start
    void start(Stage stage) {
        // only the toolkit is needed
    }

    private static String decode(BufferedImage image) throws Exception {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] pixels = image.getRGB(0, 0, w, h, null, 0, w);
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(w, h, pixels)))).getText();
    }

    @Test
    void theQrCodeCarriesTheTicketCode(FxRobot robot) throws Exception {
        WritableImage[] holder = new WritableImage[1];
        robot.interact(() -> holder[0] = TicketImages.qr(CODE, 240));
        WritableImage image = holder[0];
        BufferedImage buffered = new BufferedImage((int) image.getWidth(), (int) image.getHeight(), BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < buffered.getHeight(); y++) {
            for (int x = 0; x < buffered.getWidth(); x++) {
                buffered.setRGB(x, y, image.getPixelReader().getArgb(x, y));
            }
        }
        assertThat(decode(buffered)).isEqualTo(CODE);
    }

    @Test
    void theSavedTicketIsAPngWhoseQrCodeScans(FxRobot robot) throws Exception {
        Ticket ticket = new Ticket(UUID.randomUUID(), "Founders breakfast", Instant.parse("2026-12-02T07:00:00Z"),
                "Africa/Harare", "Harare Innovation Hub", UUID.randomUUID(), "Grace Guest", AttendeeRole.ATTENDEE,
                RegistrationStatus.CONFIRMED, CODE);
        byte[][] png = new byte[1][];
        robot.interact(() -> png[0] = TicketImages.png(ticket, Localization.english()));
        assertThat(png[0]).startsWith(0x89, 'P', 'N', 'G');
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(png[0]));
        assertThat(read.getWidth()).isGreaterThan(240);
        assertThat(decode(read)).isEqualTo(CODE);
    }
}
