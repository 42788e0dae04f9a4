package org.smilefactory.ui.util;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import org.smilefactory.ui.l10n.Localization;

/**
 * Loads {@code Xxx.fxml} from the view's own package (under resources) with the view as controller and
 * the message bundle for {@code %key} texts.
 */
public final class ViewLoader {

    private ViewLoader() {
    }

    public static <T extends Parent> T load(Object view, String fxml, Localization l10n) {
        URL location = view.getClass().getResource(fxml);
        if (location == null) {
            throw new IllegalStateException(fxml + " not found next to " + view.getClass().getName());
        }
        FXMLLoader loader = new FXMLLoader(location, l10n.bundle());
        loader.setController(view);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not load " + fxml, e);
        }
    }
}
