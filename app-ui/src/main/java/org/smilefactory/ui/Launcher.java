package org.smilefactory.ui;

import javafx.application.Application;

/**
 * Plain main class: the app runs from the classpath (no module-info), where a main class that extends
 * {@link Application} itself makes the JavaFX launcher refuse to start ("JavaFX runtime components are
 * missing").
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        Application.launch(HubApp.class, args);
    }
}
