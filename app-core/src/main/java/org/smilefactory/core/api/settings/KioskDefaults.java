package org.smilefactory.core.api.settings;

/**
 * How door kiosks behave unless an event says otherwise (the knobs the kiosk screen has).
 *
 * @param resultSeconds how long a check-in result stays on screen before the kiosk is ready for the
 *                      next person ({@value #MIN_RESULT_SECONDS}–{@value #MAX_RESULT_SECONDS})
 * @param walkIns       whether the kiosk offers walk-in registration while the event has places
 * @param badgePrinting whether the kiosk offers to print a name badge after a check-in
 */
public record KioskDefaults(int resultSeconds, boolean walkIns, boolean badgePrinting) {

    public static final int MIN_RESULT_SECONDS = 1;
    public static final int MAX_RESULT_SECONDS = 60;
    /** What a hub that never saved its settings gets (the kiosk's behaviour before issue 15). */
    public static final KioskDefaults DEFAULTS = new KioskDefaults(4, true, true);
}
