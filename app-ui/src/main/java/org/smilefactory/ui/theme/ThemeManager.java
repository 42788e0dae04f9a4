package org.smilefactory.ui.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Objects;
import javafx.application.Application;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;

/**
 * The one place that knows about themes: AtlantaFX Primer Light or Dark as the user-agent stylesheet,
 * plus our own stylesheet (which only uses AtlantaFX {@code -color-*} variables, so it follows the
 * theme without a dark variant of its own).
 */
public final class ThemeManager {

    public static final String APP_STYLESHEET = "/org/smilefactory/ui/app.css";

    private final ThemeStore store;
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark");

    public ThemeManager(ThemeStore store) {
        this.store = Objects.requireNonNull(store);
        dark.set(store.loadDark());
        dark.addListener((obs, was, isDark) -> {
            apply();
            store.saveDark(isDark);
        });
    }

    /** Sets the user-agent stylesheet for the current choice; call once at start-up. */
    public void apply() {
        Application.setUserAgentStylesheet(dark.get()
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    /** Adds the app's own stylesheet to a scene (every window calls this once). */
    public void install(Scene scene) {
        String css = Objects.requireNonNull(ThemeManager.class.getResource(APP_STYLESHEET)).toExternalForm();
        if (!scene.getStylesheets().contains(css)) {
            scene.getStylesheets().add(css);
        }
    }

    public BooleanProperty darkProperty() {
        return dark;
    }

    public boolean isDark() {
        return dark.get();
    }

    public void toggle() {
        dark.set(!dark.get());
    }
}
