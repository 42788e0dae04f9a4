package org.smilefactory.ui.shell;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/** The navigation icon of each area (a view concern, so not on {@link Area} itself). */
public final class AreaIcons {

    private AreaIcons() {
    }

    public static Ikon of(Area area) {
        return switch (area) {
            case DASHBOARD -> Feather.HOME;
            case FEED -> Feather.RSS;
            case PROFILES -> Feather.USERS;
            case BLOG -> Feather.BOOK_OPEN;
            case EVENTS -> Feather.CALENDAR;
            case GROUPS -> Feather.LAYERS;
            case MARKETPLACE -> Feather.SHOPPING_BAG;
            case MESSAGES -> Feather.MESSAGE_SQUARE;
            case SUGGESTIONS -> Feather.ZAP;
            case ADMIN -> Feather.SHIELD;
        };
    }
}
