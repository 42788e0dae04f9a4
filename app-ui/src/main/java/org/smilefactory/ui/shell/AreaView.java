package org.smilefactory.ui.shell;

import javafx.scene.Node;

/** One area of the main window (Dashboard, Profiles, ...). */
public interface AreaView {

    Node root();

    /** Called each time the area is shown, e.g. to refresh what may have changed elsewhere. */
    default void onShown() {
    }

    /** A window-wide shortcut the area may act on; returns true when it did. */
    default boolean onShortcut(Shortcut shortcut) {
        return false;
    }

    /** Shortcuts the main window routes to the visible area. */
    enum Shortcut {
        FIND, SAVE, NEW
    }
}
