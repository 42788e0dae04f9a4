package org.smilefactory.ui.fx;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.smilefactory.ui.theme.ThemeManager;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * PNGs of a window in the light and the dark theme, to look at, when {@code -Dshots.dir} is given
 * (flow tests take them at their interesting moments; without the property they take none).
 */
final class Shots {

    private Shots() {
    }

    static void take(FxRobot robot, ThemeManager theme, Window window, String name) {
        String dir = System.getProperty("shots.dir");
        if (dir == null || dir.isBlank()) {
            return;
        }
        boolean wasDark = theme.isDark();
        for (boolean dark : new boolean[] {false, true}) {
            robot.interact(() -> theme.darkProperty().set(dark));
            WaitForAsyncUtils.waitForFxEvents(4);
            WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
            Scene scene = window.getScene();
            WritableImage image = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)));
            write(image, Path.of(dir).resolve(name + (dark ? "-dark" : "-light") + ".png"));
        }
        robot.interact(() -> theme.darkProperty().set(wasDark));
    }

    private static void write(WritableImage image, Path file) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage buffered = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                buffered.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        try {
            Files.createDirectories(file.getParent());
            ImageIO.write(buffered, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
