package org.smilefactory.ui.sync;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import org.smilefactory.ui.l10n.HubTime;

/**
 * "14:05" today, "3 Nov 2026, 14:05" on another day, in the hub's time zone and the member's locale
 * ({@link HubTime}, decision 0025): the sync times sit next to the times of the changes they carry.
 */
final class TimeText {

    private final Clock clock;
    private final HubTime hubTime;

    TimeText(Clock clock, HubTime hubTime) {
        this.clock = Objects.requireNonNull(clock);
        this.hubTime = Objects.requireNonNull(hubTime);
    }

    String format(Instant instant) {
        return hubTime.timeOrDateTime(instant, clock);
    }
}
