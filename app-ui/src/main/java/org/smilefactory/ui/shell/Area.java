package org.smilefactory.ui.shell;

/** The main window's navigation entries, in their order (Ctrl+1..9 follow this order). */
public enum Area {
    DASHBOARD(true, false),
    FEED(true, false),
    PROFILES(true, false),
    BLOG(true, false),
    EVENTS(true, false),
    GROUPS(true, false),
    MARKETPLACE(true, false),
    MESSAGES(true, false),
    SUGGESTIONS(true, false),
    ADMIN(true, true);

    private final boolean built;
    private final boolean staffOnly;

    Area(boolean built, boolean staffOnly) {
        this.built = built;
        this.staffOnly = staffOnly;
    }

    /** False for areas that arrive in a coming release; they show an honest empty state, no fake data. */
    public boolean isBuilt() {
        return built;
    }

    public boolean isStaffOnly() {
        return staffOnly;
    }

    /** The key used for this area's texts in the bundle, e.g. {@code area.profiles}. */
    public String key() {
        return "area." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
