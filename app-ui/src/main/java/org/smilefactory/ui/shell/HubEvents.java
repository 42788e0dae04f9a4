package org.smilefactory.ui.shell;

import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;

/**
 * What one part of a session tells the others: "profiles changed" (a save, a publish, demo data), so
 * the directory and the dashboard reload. A counter per session, not a global event bus.
 */
public final class HubEvents {

    private final ReadOnlyLongWrapper profilesChanged = new ReadOnlyLongWrapper(this, "profilesChanged");

    public void profilesChanged() {
        profilesChanged.set(profilesChanged.get() + 1);
    }

    public ReadOnlyLongProperty profilesChangedProperty() {
        return profilesChanged.getReadOnlyProperty();
    }
}
